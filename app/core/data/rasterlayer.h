// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcamera.h"
#include "usererror.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <atomic>
#include <memory>

namespace atlas {

/**
 * A raster overlay from any GDAL raster (GeoTIFF, PNG with a world file, COG, …). Only its description is kept in
 * memory; every render warps the part the view shows, at the view's resolution, into Web Mercator with GDAL
 * (so a 10 GB raster costs what the screen shows, not what the file holds). Thread-safe: each render opens its own
 * dataset handle.
 */
class RasterLayer
{
public:
    QString source;
    QString sourceCrs;
    int width = 0, height = 0, bandCount = 0;
    QRectF extent; ///< EPSG:3857 metres
    LonLatBox extentLonLat;

    struct Warped {
        QImage image;     ///< ARGB32 premultiplied; transparent where the raster has no data
        QRectF mercator;  ///< the EPSG:3857 rectangle the image covers (axis-aligned)
        UserError error;
    };

    /**
     * The raster inside `mercatorView`, `pixels` large, resampled bilinearly. Single bands with a colour table use
     * it; other single bands are stretched grey between their minimum and maximum; three or four bands are RGB(A).
     * `targetCrs` (empty: EPSG:3857) is the CRS `mercatorView` is in, for exports in another projection.
     */
    [[nodiscard]] Warped warp(const QRectF &mercatorView, QSize pixels, const std::atomic_bool *cancel,
                              const QString &targetCrs = {}) const;
};

struct RasterLoadResult {
    std::shared_ptr<const RasterLayer> layer;
    UserError error;
};

/** Opens a raster's description; says clearly when the file is not a raster or has no georeferencing. */
[[nodiscard]] RasterLoadResult loadRasterLayer(const QString &source);

} // namespace atlas
