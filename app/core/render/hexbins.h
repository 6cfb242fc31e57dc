// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"

#include <QTransform>

#include <array>
#include <atomic>
#include <span>
#include <vector>

class QPainter;

namespace atlas {

/**
 * A point layer binned into pointy-top hexagons on screen (LayerStyle::aggregation). The grid is anchored to the
 * world's corner at the current zoom, not to the view, so a hexagon keeps its points while the planner pans.
 */
struct HexBinning {
    double radiusPx = 0;  ///< centre to corner
    QPointF originPx;     ///< the world's top-left corner on screen: the grid's (0, 0)
    int firstRow = 0, firstColumn = 0, rows = 0, columns = 0; ///< the part of the grid over the target
    std::vector<uint32_t> counts;      ///< points per cell, row-major over rows × columns
    std::vector<QColor> categoryColours; ///< categorized layers: the colour of each category slot
    std::vector<int> dominant;         ///< categorized layers: per cell, the slot with most points (-1: none)

    [[nodiscard]] QPointF centre(int row, int column) const;
    [[nodiscard]] QPolygonF hexagon(int row, int column) const;
};

/**
 * Bins the points of `order` (rows of `layer`) that fall on the target `targetPx` (logical pixels) or within a
 * cell of it. Multipoints count each point. Stops early when `cancel` becomes true.
 */
[[nodiscard]] HexBinning binPoints(const MapLayer &layer, const QTransform &toScreen, std::span<const int> order,
                                   const QRectF &targetPx, const std::atomic_bool *cancel);

/** Bins and draws the layer's points as hexagons over the painter's target. */
void drawHexagons(QPainter &painter, const MapLayer &layer, const QTransform &toScreen, std::span<const int> order,
                  const std::atomic_bool *cancel);

/** How far beyond the view a hexagon reaches, in EPSG:3857 metres at `zoom`: points there count for edge cells. */
[[nodiscard]] double hexReachMeters(const LayerStyle &style, double zoom);

} // namespace atlas
