// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legend.h"
#include "mapsettings.h"

namespace atlas {

/**
 * True for layers the legend lists: every role but the backdrop (Land, Countries), which frames the map and
 * explains nothing. Planner layers are Data and always listed.
 */
[[nodiscard]] constexpr bool isLegendRole(LayerRole role)
{
    return role != LayerRole::Land && role != LayerRole::Countries;
}

/**
 * The legends a map shows, topmost layer first: every visible layer whose role is listed (isLegendRole) gets at
 * least an entry with its symbol and title; a thematic style gets its keys (legendsFor). Colours chosen only to tell
 * neighbours apart mean nothing in a legend: such a layer gets one swatch row, like a single symbol. The screen
 * and every export use this.
 */
[[nodiscard]] std::vector<Legend> mapLegends(const std::vector<MapLayer> &layers, const QLocale &locale);

} // namespace atlas
