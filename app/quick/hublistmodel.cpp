// SPDX-License-Identifier: GPL-3.0-or-later
#include "hublistmodel.h"

#include "atlassession.h"
#include "hubaccess.h"
#include "searchtext.h"

namespace atlas {


HubListModel::HubListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void HubListModel::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    beginResetModel();
    m_all.clear();
    if (m_session) {
        const DefaultMap &map = m_session->document().shipped();
        const MapLayer *hubs = map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
        const MapLayer *ports = map.layer(QLatin1StringView(DefaultMap::portsLayerId));
        if (hubs) {
            const VectorLayer &h = *hubs->data;
            const std::vector<HubAccess> access = ports ? nearestPorts(h, *ports->data) : std::vector<HubAccess>{};
            for (int i = 0; i < int(h.features.size()); ++i) {
                const Feature &f = h.features[size_t(i)];
                const std::vector<QPointF> p = h.points(f);
                if (p.empty())
                    continue;
                const QPointF lonLat = webmercator::toLonLat(p.front());
                Row row{h.attribute(f, QStringLiteral("name")).toString(), h.attribute(f, QStringLiteral("hub")).toString(),
                        h.attribute(f, QStringLiteral("state")).toString(), {}, QGeoCoordinate(lonLat.y(), lonLat.x()),
                        i, -1, {}};
                for (const HubAccess &a : access) {
                    if (a.hubId == h.attribute(f, QStringLiteral("id")).toString()) {
                        row.port = a.portName;
                        row.portKm = a.distanceKm;
                    }
                }
                row.searchKey = foldedForSearch(row.name + u' ' + row.hub + u' ' + row.state + u' ' +
                                           h.attribute(f, QStringLiteral("municipality")).toString());
                m_all.push_back(row);
            }
            std::stable_sort(m_all.begin(), m_all.end(), [](const Row &a, const Row &b) {
                return QString::localeAwareCompare(a.hub + a.name, b.hub + b.name) < 0;
            });
        }
    }
    m_shown.clear();
    endResetModel();
    rebuild();
}

void HubListModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    rebuild();
}

void HubListModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    const QString wanted = foldedForSearch(m_filter.trimmed());
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (wanted.isEmpty() || m_all[size_t(i)].searchKey.contains(wanted))
            m_shown.push_back(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int HubListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant HubListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_all[size_t(m_shown[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case HubRole:
        return row.hub;
    case StateRole:
        return row.state;
    case CoordinateRole:
        return QVariant::fromValue(row.coordinate);
    case FeatureIndexRole:
        return row.featureIndex;
    case PortRole:
        return row.port;
    case PortKmRole:
        return row.portKm;
    default:
        return {};
    }
}

QHash<int, QByteArray> HubListModel::roleNames() const
{
    return {{NameRole, "name"},           {HubRole, "hub"},   {StateRole, "state"},  {CoordinateRole, "coordinate"},
            {FeatureIndexRole, "featureIndex"}, {PortRole, "port"}, {PortKmRole, "portKm"}};
}

} // namespace atlas
