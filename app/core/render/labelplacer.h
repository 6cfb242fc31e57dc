// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"

class QPainter;

namespace atlas {

/**
 * Draws the labels of every visible layer on top of the map, with halos, placing higher-priority and larger
 * features first and leaving out any label that would overlap one already placed.
 */
void drawLabels(QPainter &painter, const MapSettings &settings, const QTransform &toScreen, const QRectF &visible);

} // namespace atlas
