// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

#include <optional>

namespace atlas {

/** A geographic rectangle in degrees (WGS 84 longitude / latitude). */
struct LonLatBox {
    double west = 0, south = 0, east = 0, north = 0;
    [[nodiscard]] bool isValid() const { return east > west && north > south; }
};

/**
 * The view of a Web Mercator map exactly as Qt Location's Map camera defines it: a centre, a fractional zoom level
 * (the world is 256 * 2^zoom pixels wide), a bearing in degrees clockwise from north, and a viewport size in pixels.
 * Screen and export share this class, so what the Quick item shows and what a snapshot writes line up to the pixel.
 *
 * Its planar space is EPSG:3857 metres. An export in another projected CRS (MapSettings::crs) runs the same camera
 * math on that CRS's coordinates: "mercator" then reads "planar", the centre is `planarCenter` (see fittingPlanar),
 * and geography goes through the CRS (ExportProjection), not through centerLon/centerLat.
 */
struct MapCamera {
    double centerLon = 0;
    double centerLat = 0;
    double zoom = 0;
    double bearing = 0;
    QSizeF size;
    /** Set for a view in another CRS than EPSG:3857: the centre in that CRS's units, used instead of the lon/lat. */
    std::optional<QPointF> planarCenter = std::nullopt;

    /** Pixels per Web Mercator metre at this zoom. */
    [[nodiscard]] double pixelsPerMeter() const;
    /** Web Mercator metres (EPSG:3857) of the view's centre. */
    [[nodiscard]] QPointF centerMercator() const;
    /** Maps EPSG:3857 metres to viewport pixels (y down, origin top-left). */
    [[nodiscard]] QTransform mercatorToScreen() const;
    [[nodiscard]] QPointF lonLatToScreen(double lon, double lat) const;
    [[nodiscard]] QPointF screenToLonLat(QPointF screen) const;
    /** The EPSG:3857 bounding box of everything the viewport shows (rotation included). */
    [[nodiscard]] QRectF visibleMercatorBounds() const;
    /** The same box in degrees. */
    [[nodiscard]] LonLatBox visibleLonLatBox() const;

    /** The camera that shows `box` as large as possible inside `viewport`, keeping `marginPx` free on every side. */
    [[nodiscard]] static MapCamera fitting(const LonLatBox &box, QSizeF viewport, double marginPx);
    /** The same for a rectangle in another CRS's planar units (exports): sets planarCenter. */
    [[nodiscard]] static MapCamera fittingPlanar(const QRectF &planar, QSizeF viewport, double marginPx);

    bool operator==(const MapCamera &) const = default;
};

/** Spherical Web Mercator (EPSG:3857) forward and inverse, in metres. */
namespace webmercator {
inline constexpr double earthRadius = 6378137.0;
inline constexpr double maxLatitude = 85.051128779806604; // where the square world ends
[[nodiscard]] QPointF fromLonLat(double lon, double lat);
[[nodiscard]] QPointF toLonLat(QPointF mercator);
} // namespace webmercator

} // namespace atlas
