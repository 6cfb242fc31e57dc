// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legend.h"
#include "mapsettings.h"

#include <span>

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

/**
 * `layer` as its legend should read for the features `rows` only (those a frame or view shows), like QGIS's "filter
 * legend by map content": categories and colour keys none of them takes are left out, "Other" only when one of them
 * falls outside the named ones, the "No data" row only when one of them lacks a value, and the row for a collapsed
 * group only when `anyGroupCollapsed`. For the legend only: draw with the layer itself.
 */
[[nodiscard]] MapLayer legendLayerForContent(const MapLayer &layer, std::span<const int> rows, bool anyGroupCollapsed);

} // namespace atlas
