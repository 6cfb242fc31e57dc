// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"

#include <QImage>

#include <atomic>

class QPainter;

namespace atlas {

/**
 * Draws MapSettings with QPainter onto any paint device: a QImage for the screen and PNG, later QPdfWriter and
 * QSvgGenerator for vector export. Stateless and thread-safe: any number may run at once on shared layer data.
 */
class MapRenderer
{
public:
    /**
     * Paints the view. The painter's device must be camera.size * devicePixelRatio pixels. Stops early (returning
     * false) as soon as `cancel` becomes true; what was drawn so far must then be thrown away.
     */
    static bool render(QPainter &painter, const MapSettings &settings, const std::atomic_bool *cancel = nullptr);

    /** Convenience: a new image of the right size, rendered. Null image when cancelled. */
    [[nodiscard]] static QImage renderImage(const MapSettings &settings, const std::atomic_bool *cancel = nullptr);
};

} // namespace atlas
