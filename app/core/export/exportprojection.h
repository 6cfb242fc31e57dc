// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"
#include "reprojector.h"
#include "usererror.h"

#include <atomic>
#include <optional>

namespace atlas {

/**
 * The projection of an export in a CRS other than Web Mercator: INEGI's Mexico ITRF2008 / LCC (EPSG:6372) or any
 * CRS GDAL knows. The layers are carried from EPSG:3857 into it once per export (PROJ, through GDAL), and the
 * slide's geography (how long a kilometre is, where north points, what the locator marks) is answered through it.
 * Not thread-safe: each export makes its own.
 */
class ExportProjection
{
public:
    /**
     * The projection into `crs`; nullopt for Web Mercator itself (empty or EPSG:3857: nothing to do) and, with
     * `error` set to GDAL's words, for a CRS GDAL does not know.
     */
    [[nodiscard]] static std::optional<ExportProjection> create(const QString &crs, QString *error);

    [[nodiscard]] const QString &crs() const { return m_crs; }
    /** Planar coordinates of a longitude/latitude; NaN where the CRS cannot show it. */
    [[nodiscard]] QPointF toPlanar(double lon, double lat) const;
    [[nodiscard]] QPointF toLonLat(QPointF planar) const;
    /** The planar bounds of a longitude/latitude box, its edges sampled (they curve in most projections). */
    [[nodiscard]] QRectF planarBounds(const LonLatBox &box) const;
    /**
     * The layers with their vector data in this CRS, keeping only features whose bounds meet `area` (a lon/lat box:
     * what the frame shows, with a margin for symbols and labels across its edges). Filters are applied again to
     * the new rows; features the CRS cannot show whole (the far side of the globe in a conic projection) are left
     * out. Rasters are kept as they are: the renderer warps them into MapSettings::crs. Empty when cancelled.
     */
    [[nodiscard]] std::vector<MapLayer> reproject(const std::vector<MapLayer> &layers, const LonLatBox &area,
                                                  const std::atomic_bool *cancel) const;

private:
    ExportProjection(QString crs, Reprojector fromLonLat, Reprojector toLonLat, Reprojector fromMercator);
    [[nodiscard]] std::shared_ptr<const VectorLayer> reproject(const VectorLayer &data, const QRectF &mercatorArea) const;

    QString m_crs;
    Reprojector m_fromLonLat, m_toLonLat, m_fromMercator;
};

/** What an export draws in its map frame: the settings (layers, camera, CRS) and, off Web Mercator, the projection. */
struct ExportView {
    MapSettings settings;
    std::optional<ExportProjection> projection;

    /** Longitude/latitude under a point of the frame (pixels from its top-left corner), and the reverse. */
    [[nodiscard]] QPointF frameToLonLat(QPointF frame) const;
    [[nodiscard]] QPointF lonLatToFrame(double lon, double lat) const;
    /**
     * The frame's outline in longitude/latitude, `steps` points a side, clockwise from the top-left corner; points
     * the CRS cannot carry back are left out. In another CRS, or turned by a bearing, it is no lon/lat rectangle.
     */
    [[nodiscard]] QPolygonF frameOutlineLonLat(int steps = 16) const;
    /** The longitude/latitude box around the frame's outline. */
    [[nodiscard]] LonLatBox frameLonLatBox() const;
};

/**
 * The view that shows `extent` as large as fits in a frame of `size` pixels, keeping `marginPx` free, with the
 * bearing of `map`'s camera, in `crs` (empty or EPSG:3857: as on screen). Where checkExportCrs() would object, the
 * view falls back to Web Mercator.
 */
[[nodiscard]] ExportView exportView(const MapSettings &map, const LonLatBox &extent, QSizeF size, double marginPx,
                                    const QString &crs, const std::atomic_bool *cancel = nullptr);

/** Why `extent` cannot be exported in `crs`: GDAL does not know the CRS, or nothing of the extent shows in it. */
[[nodiscard]] UserError checkExportCrs(const QString &crs, const LonLatBox &extent);

} // namespace atlas
