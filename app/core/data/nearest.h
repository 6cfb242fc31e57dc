// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vectorlayer.h"

#include <optional>

namespace atlas {

struct NearestFeature {
    int index = -1;      ///< into VectorLayer::features
    double meters = 0;   ///< geodesic distance on WGS 84
};

/**
 * The point feature of `layer` geodesically nearest to (lon, lat), e.g. a hub's nearest port of entry. Distances are
 * ellipsoidal (PROJ), not measured on the map's Web Mercator plane, which stretches them by up to 20 % in Mexico.
 * Empty when the layer has no points.
 */
[[nodiscard]] std::optional<NearestFeature> nearestPoint(const VectorLayer &layer, double lon, double lat);

} // namespace atlas
