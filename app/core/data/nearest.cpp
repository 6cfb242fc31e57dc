// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearest.h"

#include "geodistance.h"

namespace atlas {

std::optional<NearestFeature> nearestPoint(const VectorLayer &layer, double lon, double lat)
{
    std::optional<NearestFeature> best;
    for (int i = 0; i < int(layer.features.size()); ++i) {
        for (const QPointF &mercator : layer.points(layer.features[size_t(i)])) {
            const QPointF lonLat = webmercator::toLonLat(mercator);
            const double meters = geodesic::distanceMeters(lon, lat, lonLat.x(), lonLat.y());
            if (!best || meters < best->meters)
                best = NearestFeature{i, meters};
        }
    }
    return best;
}

} // namespace atlas
