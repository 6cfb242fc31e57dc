// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointF>
#include <QString>

class QPainter;

namespace atlas {

/**
 * Map labels on raster targets, each drawn once with its halo into a small image and kept for the next renders.
 * A halo is the text drawn nine times (eight offsets around it, then the text): at country scale that was most
 * of the labels' cost, and the same few hundred names come back on every pan and zoom. The cache is shared by
 * every render thread and bounded in bytes.
 */
class LabelSprites
{
public:
    /** Draws `text` with its baseline origin at `origin` (logical pixels), as drawText would, with a halo. */
    static void draw(QPainter &painter, QPointF origin, const QFont &font, const QString &text, const QColor &colour,
                     const QColor &halo);

    /** Empties the cache (tests, and a bench's cold runs). */
    static void clear();

    /** The halo's reach around the glyphs, in logical pixels. */
    static constexpr double haloRadius = 1.2;
};

} // namespace atlas
