// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"

#include <QImage>
#include <QList>
#include <QPair>

#include <atomic>

class QPainter;

namespace atlas {

/** A layer that could not be drawn, and why. The rest of the map is still drawn. */
struct LayerError {
    QString layerId;
    UserError error;
};

struct RenderResult {
    QImage image;              ///< null when cancelled or failed
    QList<LayerError> errors;
    bool cancelled = false;
    /** The render as a whole failed outside any one layer (memory ran out composing it): there is no image. */
    UserError failure;
};

/**
 * Whose render it is: the screen's (the planner is waiting for it, every pan starts one) or one in the background
 * (exports, previews, snapshots). They draw on separate threads so that the second never delays the first.
 */
enum class RenderPriority { Screen, Background };

/**
 * Draws MapSettings with QPainter: one renderer for the screen, PNG, PDF and SVG. Stateless and thread-safe: any
 * number of renders may run at once on the same (immutable, shared) layer data.
 */
class MapRenderer
{
public:
    /**
     * Paints the view onto any paint device, layer after layer on the calling thread: the path for vector
     * output (QPdfWriter, QSvgGenerator), where every symbol must stay a vector shape. The device must be
     * camera.size * devicePixelRatio pixels. Returns false when cancelled; what was drawn must then be thrown away.
     * A layer whose drawing throws is reported in `errors` (when given) and the others are drawn.
     */
    static bool render(QPainter &painter, const MapSettings &settings, const std::atomic_bool *cancel = nullptr,
                       QList<LayerError> *errors = nullptr);

    /**
     * Renders to an image using every core: layers (and large layers in slices of their features) are drawn into
     * separate images on worker threads, then composed in order and labelled. Blocks until done. Never throws: a
     * layer whose drawing throws is reported in `errors` and the others are drawn.
     */
    [[nodiscard]] static RenderResult renderParallel(const MapSettings &settings,
                                                     const std::atomic_bool *cancel = nullptr,
                                                     RenderPriority priority = RenderPriority::Background);

    /** Convenience: renderParallel's image (null when cancelled). */
    [[nodiscard]] static QImage renderImage(const MapSettings &settings, const std::atomic_bool *cancel = nullptr);
};

} // namespace atlas
