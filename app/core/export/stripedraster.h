// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usererror.h"

#include <QSize>
#include <QString>

#include <array>
#include <atomic>
#include <functional>

class QPainter;

namespace atlas {

/**
 * Paints the whole output through `painter`, which is translated and clipped to one horizontal strip of it; false
 * when cancelled. It is called once per strip, top to bottom.
 */
using StripDrawer = std::function<bool(QPainter &painter)>;

/** Rows per strip for an output `width` pixels wide: about 256 MB of pixels at a time, never more than Qt allows. */
[[nodiscard]] int stripRows(int width);

/**
 * A PNG of any size (libpng allows 2^31 pixels a side, Qt's images stop at 32767) drawn strip by strip, with its DPI
 * in the pHYs chunk. Written under a temporary name and renamed when complete: a failure or cancellation leaves
 * no file. `rowsPerStrip` 0 chooses stripRows().
 */
[[nodiscard]] UserError writeStripedPng(const QString &path, QSize size, int dpi, const StripDrawer &draw,
                                        const std::atomic_bool *cancel, int rowsPerStrip = 0);

/** Georeferencing for writeStripedGeoTiff: GDAL's affine geotransform and the CRS as GDAL reads it. */
struct GeoReference {
    std::array<double, 6> transform{};
    QString crs;
};

/**
 * A tiled, DEFLATE-compressed RGBA GeoTIFF (BigTIFF when needed) of any size, drawn strip by strip, via a temporary
 * name like writeStripedPng.
 */
[[nodiscard]] UserError writeStripedGeoTiff(const QString &path, QSize size, int dpi, const GeoReference &where,
                                            const StripDrawer &draw, const std::atomic_bool *cancel,
                                            int rowsPerStrip = 0);

} // namespace atlas
