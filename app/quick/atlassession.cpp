// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"

namespace atlas {

AtlasSession::AtlasSession(QObject *parent)
    : QObject(parent)
    , m_map(DefaultMap::load())
{
}

QStringList AtlasSession::errors() const
{
    QStringList messages;
    for (const UserError &error : m_map.errors)
        messages.append(error.message);
    return messages;
}

QStringList AtlasSession::errorDetails() const
{
    QStringList details;
    for (const UserError &error : m_map.errors)
        details.append(error.detail);
    return details;
}

MapSettings AtlasSession::settingsFor(const MapCamera &camera) const
{
    MapSettings settings;
    settings.camera = camera;
    settings.layers = m_map.layers;
    return settings;
}

QVariantMap AtlasSession::identify(const QGeoCoordinate &coordinate) const
{
    if (!coordinate.isValid())
        return {};
    const QPointF at = webmercator::fromLonLat(coordinate.longitude(), coordinate.latitude());
    for (const MapLayer &layer : m_map.layers) {
        if (layer.id != QLatin1String(DefaultMap::statesLayerId))
            continue;
        for (const int index : layer.data->featuresAt(at, 0.0)) {
            const Feature &feature = layer.data->features[size_t(index)];
            return {{QStringLiteral("layer"), layer.id},
                    {QStringLiteral("title"), layer.title},
                    {QStringLiteral("name"), layer.data->attribute(feature, QStringLiteral("nom_ent"))},
                    {QStringLiteral("shortName"), layer.data->attribute(feature, QStringLiteral("short_name"))},
                    {QStringLiteral("code"), layer.data->attribute(feature, QStringLiteral("cve_ent"))}};
        }
    }
    return {};
}

QVariantMap AtlasSession::homeView(qreal width, qreal height) const
{
    const MapCamera camera = m_map.homeView(QSizeF(width, height)).camera;
    return {{QStringLiteral("center"), QVariant::fromValue(QGeoCoordinate(camera.centerLat, camera.centerLon))},
            {QStringLiteral("zoomLevel"), camera.zoom}};
}

} // namespace atlas
