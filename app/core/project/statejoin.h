// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attributejoin.h"
#include "maplayer.h"

#include <optional>

namespace atlas {

/**
 * The states with an attribute table's columns joined on, as a layer to add just above them: the table's column
 * `join.field` matched to the state code (INEGI's cve_ent: "09" = 9) or to the state's name (official or short,
 * accents and case ignored, whichever matches more rows). The layer remembers `join`, so a project can make it again.
 * Its id is "join:" and the table's id.
 */
struct StateJoinLayer {
    AttributeJoin join;            ///< counts of what matched; its error when nothing could be joined
    std::optional<MapLayer> layer; ///< set when the join made a layer
};
[[nodiscard]] StateJoinLayer joinTableToStates(const MapLayer &states, const MapLayer &table, const StateJoin &join);

} // namespace atlas
