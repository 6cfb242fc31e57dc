// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vectorlayer.h"

#include <vector>

namespace atlas {

/** A hub's nearest US port of entry, by geodesic distance (computed from the data, never typed in). */
struct HubAccess {
    QString hubId;
    QString hubName;
    QString portId;
    QString portName;
    double distanceKm = 0;
};

/**
 * For every hub with a location, its geodesically nearest port (straight-line on the WGS 84 ellipsoid, through
 * PROJ; road distance would need a road network). Hubs come from a point layer with fields id and name; ports from
 * a point layer with fields id and name.
 */
[[nodiscard]] std::vector<HubAccess> nearestPorts(const VectorLayer &hubs, const VectorLayer &ports);

} // namespace atlas
