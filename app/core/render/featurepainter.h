// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"

#include <atomic>
#include <span>
#include <vector>

class QPainter;

namespace atlas {

/**
 * The features of `layer` to draw for the view `visible` (EPSG:3857) at `zoom`, in drawing order: none below the
 * style's minimum zoom, and no feature whose own minimum zoom is above `zoom`.
 */
[[nodiscard]] std::vector<int> drawOrder(const MapLayer &layer, const QRectF &visible, double zoom);

/**
 * Draws the features `order` of a layer with its style, in screen pixels (`toScreen` maps EPSG:3857 metres to the
 * painter's logical pixels). Raster targets get stamped point symbols and screen-space generalised outlines; vector
 * targets get every symbol as a vector shape. Stops early when `cancel` becomes true.
 */
void drawFeatures(QPainter &painter, const MapLayer &layer, const QTransform &toScreen, std::span<const int> order,
                  const std::atomic_bool *cancel);

/** One point symbol of diameter `diameter` centred on `at`, with the painter's pen and brush. */
void drawMarker(QPainter &painter, MarkerShape shape, QPointF at, double diameter);

/** A hollow point symbol (LayerStyle::hollowBy): a thick outline in `colour` around a white centre, as wide as a
 *  filled one. */
void drawHollowMarker(QPainter &painter, MarkerShape shape, QPointF at, double diameter, const QColor &colour);

} // namespace atlas
