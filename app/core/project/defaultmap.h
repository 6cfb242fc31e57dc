// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"
#include "usererror.h"

#include <QList>

namespace atlas {

/** The map a planner sees when the program opens: the embedded basemap and Mexico's states, and what failed. */
struct DefaultMap {
    std::vector<MapLayer> layers;  ///< bottom first
    LonLatBox homeExtent;          ///< Mexico's 32 states, as read from the data
    QList<UserError> errors;       ///< layers that could not be read (the rest still shows)

    /** Reads the embedded geodata through GDAL. Layers missing from the build are skipped silently. */
    [[nodiscard]] static DefaultMap load();

    /** Settings that show the home extent in a viewport of `size` pixels. */
    [[nodiscard]] MapSettings homeView(QSizeF size) const;

    /** Id of the states layer, for identify and styling. */
    static constexpr auto statesLayerId = "mx_states";
};

} // namespace atlas
