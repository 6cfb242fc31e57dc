// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maprenderer.h"

class QPainter;

namespace atlas {

/**
 * Draws the labels of every visible layer on top of the map, with halos, placing higher-priority and larger
 * features first and leaving out any label that would overlap one already placed. A layer whose labels throw is
 * reported in `errors`; the other layers' labels are still placed.
 */
/** A label as placed: its text and the box it covers (with its halo), in the painter's logical pixels. */
struct PlacedLabel {
    QString text;
    QRectF box;
};

/** …and returns the labels it placed, so that tests can check that none overlaps another or a symbol. */
std::vector<PlacedLabel> drawLabels(QPainter &painter, const MapSettings &settings, const QTransform &toScreen,
                                    const QRectF &visible, QList<LayerError> &errors);

} // namespace atlas
