// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubaccess.h"

#include "nearest.h"

namespace atlas {

std::vector<HubAccess> nearestPorts(const VectorLayer &hubs, const VectorLayer &ports)
{
    std::vector<HubAccess> result;
    const QString id = QStringLiteral("id"), name = QStringLiteral("name");
    for (const Feature &hub : hubs.features) {
        const std::vector<QPointF> location = hubs.points(hub);
        if (location.empty())
            continue;
        const QPointF lonLat = webmercator::toLonLat(location.front());
        const auto nearest = nearestPoint(ports, lonLat.x(), lonLat.y());
        if (!nearest)
            continue;
        const Feature &port = ports.features[size_t(nearest->index)];
        result.push_back({hubs.attribute(hub, id).toString(), hubs.attribute(hub, name).toString(),
                          ports.attribute(port, id).toString(), ports.attribute(port, name).toString(),
                          nearest->meters / 1000.0});
    }
    return result;
}

} // namespace atlas
