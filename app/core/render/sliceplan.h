// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maprenderer.h"

#include <vector>

namespace atlas {

/** One piece of parallel work: some features of one layer, or several small layers, drawn into one image. */
struct Slice {
    struct Part {
        const MapLayer *layer;
        std::vector<int> order; ///< the features to draw, in drawing order (empty for a raster)
    };
    std::vector<Part> parts;
    size_t weight = 0; ///< vertices to draw
    bool labels = false; ///< the map's labels (MapRenderer's last slice) instead of parts
};

/**
 * Splits the visible layers of `settings` into slices of about equal work for `threads` threads, in drawing order
 * (composing the slices' images in order draws the map). Layers that cannot be drawn, or whose planning throws, are
 * reported in `errors` and left out.
 */
[[nodiscard]] std::vector<Slice> planSlices(const MapSettings &settings, const QRectF &visible, int threads,
                                            QList<LayerError> &errors);

/** Reports a layer that has no data to draw; true when it has some. */
bool checkLayer(const MapLayer &layer, QList<LayerError> &errors);

} // namespace atlas
