// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"

#include "identify.h"

#include <QLocale>

#include <cmath>

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

namespace {
// Codes and years read as written ("2024", "140700001"); amounts get thousands separators.
bool isIdentifier(const QString &field)
{
    for (const char *part : {"year", "cve", "code", "id", "fid", "cvegeo"}) {
        if (field.contains(QLatin1String(part), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QVariantList AtlasSession::identify(const QGeoCoordinate &coordinate, qreal zoomLevel) const
{
    if (!coordinate.isValid())
        return {};
    constexpr double tolerancePx = 6;
    MapCamera camera;
    camera.zoom = zoomLevel;
    const QPointF at = webmercator::fromLonLat(coordinate.longitude(), coordinate.latitude());
    const QLocale locale;
    QVariantList result;
    for (const IdentifyHit &hit : identifyAt(m_map.layers, at, tolerancePx / camera.pixelsPerMeter())) {
        QVariantList fields;
        for (const auto &[name, value] : hit.attributes) {
            QString text;
            if (value.isNull())
                text = tr("no data");
            else if (value.typeId() == QMetaType::Double)
                text = locale.toString(value.toDouble(), 'f', value.toDouble() == std::floor(value.toDouble()) ? 0 : 2);
            else if (value.typeId() == QMetaType::LongLong)
                text = isIdentifier(name) ? QString::number(value.toLongLong()) : locale.toString(value.toLongLong());
            else
                text = value.toString();
            const bool link = text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
            fields.append(QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("value"), text},
                                      {QStringLiteral("link"), link}});
        }
        result.append(QVariantMap{{QStringLiteral("layer"), hit.layerId},
                                  {QStringLiteral("title"), hit.layerTitle},
                                  {QStringLiteral("name"), hit.name},
                                  {QStringLiteral("fields"), fields}});
    }
    return result;
}

QVariantMap AtlasSession::homeView(qreal width, qreal height) const
{
    const MapCamera camera = m_map.homeView(QSizeF(width, height)).camera;
    return {{QStringLiteral("center"), QVariant::fromValue(QGeoCoordinate(camera.centerLat, camera.centerLon))},
            {QStringLiteral("zoomLevel"), camera.zoom}};
}

} // namespace atlas
