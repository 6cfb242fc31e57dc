// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maprenderer.h"

namespace atlas {

/**
 * The error for a layer whose drawing threw: a planner-readable message naming the layer, and the exception's
 * what() (or that it was not a std::exception) as the detail. Call it from inside a catch block.
 */
[[nodiscard]] LayerError currentLayerFault(const MapLayer &layer);

/** The exception being handled, for an error's detail: its what(), or that it is not a std::exception. */
[[nodiscard]] QString currentExceptionDetail();

/** Adds `error` unless that layer has one already (a layer drawn in several slices fails in each of them). */
void addLayerError(QList<LayerError> &errors, LayerError error);

/**
 * Runs one layer's share of drawing (or of planning, or of labelling) so that whatever it throws stays with that
 * layer: the error is added to `errors` and the caller goes on with the next layer (the QGIS contract: one
 * try/catch per layer). What the layer drew before it threw stays drawn; the message says it is incomplete.
 * Returns false when the layer failed.
 */
template <typename Work> bool containLayerFault(const MapLayer &layer, QList<LayerError> &errors, Work &&work)
{
    try {
        std::forward<Work>(work)();
        return true;
    } catch (...) {
        addLayerError(errors, currentLayerFault(layer));
        return false;
    }
}

} // namespace atlas
