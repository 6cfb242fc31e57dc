// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"

#include <QList>
#include <QPair>

#include <optional>

namespace atlas {

/** One feature under the cursor: its layer and every attribute, so a planner can follow a figure to its source. */
struct IdentifyHit {
    QString layerId;
    QString layerTitle;
    int featureIndex = -1;
    QString name;                                ///< the feature's own name, from the first name-like field
    QList<QPair<QString, QVariant>> attributes; ///< all fields in their order, nulls included
};

/**
 * The features at `mercator` over all visible vector layers, topmost layer first: points and lines within
 * `toleranceMeters` (a few pixels of the current view), polygons that contain the point. With `zoom` (the view's
 * zoom level), a point of a displaced layer (LayerStyle::displacement) is also found where it is drawn, away from
 * its true place, and a collapsed group's count symbol finds all its members.
 */
[[nodiscard]] QList<IdentifyHit> identifyAt(const std::vector<MapLayer> &layers, QPointF mercator,
                                            double toleranceMeters, std::optional<double> zoom = std::nullopt);

} // namespace atlas
