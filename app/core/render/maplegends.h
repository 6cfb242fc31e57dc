// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legend.h"
#include "mapsettings.h"

namespace atlas {

/**
 * The legends a map shows, topmost layer first: one per visible vector layer whose style carries meaning (not
 * single symbols, and not colours chosen only to tell neighbours apart). The screen and every export use this.
 */
[[nodiscard]] std::vector<Legend> mapLegends(const std::vector<MapLayer> &layers, const QLocale &locale);

} // namespace atlas
