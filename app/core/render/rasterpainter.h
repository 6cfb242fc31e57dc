// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"

#include <atomic>

class QPainter;

namespace atlas {

/**
 * Draws a raster layer for the camera's view: GDAL warps just the visible part at the output's resolution, and
 * the image is placed through the same transform as the vector layers (so it follows any bearing). Returns the
 * error when the raster could not be read or warped; nothing is drawn then.
 */
UserError drawRaster(QPainter &painter, const MapLayer &layer, const MapCamera &camera, double devicePixelRatio,
                     const QString &crs, const std::atomic_bool *cancel);

} // namespace atlas
