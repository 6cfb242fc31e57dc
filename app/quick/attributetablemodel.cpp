// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributetablemodel.h"

#include "atlassession.h"

#include <QLocale>

#include <cmath>

namespace atlas {

namespace {
const MapLayer *layerOf(const AtlasSession *session, const QString &id)
{
    if (!session)
        return nullptr;
    const int index = session->layerIndex(id);
    return index < 0 || !session->layers()[size_t(index)].data ? nullptr : &session->layers()[size_t(index)];
}
} // namespace

AttributeTableModel::AttributeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttributeTableModel::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // Its layer may be the one that came or went (it is found by id: moves change nothing here).
        connect(m_session, &AtlasSession::layersReset, this, &AttributeTableModel::rebuild);
        connect(m_session, &AtlasSession::layerAdded, this, &AttributeTableModel::rebuild);
        connect(m_session, &AtlasSession::layerRemoved, this, &AttributeTableModel::rebuild);
        connect(m_session, &AtlasSession::textsChanged, this, &AttributeTableModel::rebuild);
        connect(m_session, &AtlasSession::layerChanged, this, [this](int index) {
            if (m_session && index >= 0 && index < int(m_session->layers().size())
                && m_session->layers()[size_t(index)].id == m_layerId)
                rebuild(); // its filter may have changed
        });
    }
    rebuild();
    Q_EMIT sessionChanged();
}

void AttributeTableModel::setLayerId(const QString &layerId)
{
    if (m_layerId == layerId)
        return;
    m_layerId = layerId;
    m_sortColumn = -1;
    rebuild();
    Q_EMIT layerIdChanged();
}

void AttributeTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (const MapLayer *layer = layerOf(m_session, m_layerId)) {
        for (int row = 0; row < int(layer->data->features.size()); ++row) {
            if (layer->shows(row))
                m_rows.push_back(row);
        }
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
    Q_EMIT countChanged();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    const MapLayer *layer = layerOf(m_session, m_layerId);
    return parent.isValid() || !layer ? 0 : int(layer->data->fieldNames.size());
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MapLayer *layer = layerOf(m_session, m_layerId);
    if (!layer)
        return {};
    const int row = m_rows[size_t(index.row())];
    if (role == FeatureRowRole)
        return row;
    const VectorLayer &d = *layer->data;
    const QVariant value = d.value(d.features[size_t(row)], index.column());
    if (role == LinkRole)
        return value.toString().startsWith(QLatin1String("http"));
    if (role != Qt::DisplayRole)
        return {};
    if (value.isNull())
        return tr("no data");
    const QString field = d.fieldNames.at(index.column());
    const bool code = field.contains(QLatin1String("year")) || field.contains(QLatin1String("cve"))
                      || field == QLatin1String("id");
    if (value.typeId() == QMetaType::Double && !code)
        return QLocale().toString(value.toDouble(), 'f', value.toDouble() == std::floor(value.toDouble()) ? 0 : 2);
    if (value.typeId() == QMetaType::LongLong && !code)
        return QLocale().toString(value.toLongLong());
    return value.toString();
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const MapLayer *layer = layerOf(m_session, m_layerId);
    if (role != Qt::DisplayRole || !layer)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return layer->data->fieldNames.value(section);
}

QHash<int, QByteArray> AttributeTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {FeatureRowRole, "featureRow"}, {LinkRole, "isLink"}};
}

void AttributeTableModel::sort(int column, Qt::SortOrder order)
{
    const MapLayer *layer = layerOf(m_session, m_layerId);
    if (!layer || column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const VectorLayer &d = *layer->data;
    const Column &c = d.columns[size_t(column)];
    const bool numeric = c.type != Column::Type::Text;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Missing values last in either direction: "no data" is not a small number.
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        const QVariant va = d.value(d.features[size_t(a)], column), vb = d.value(d.features[size_t(b)], column);
        if (va.isNull() != vb.isNull())
            return vb.isNull();
        if (va.isNull())
            return false;
        const bool less = numeric ? va.toDouble() < vb.toDouble() : QString::localeAwareCompare(va.toString(), vb.toString()) < 0;
        const bool greater = numeric ? va.toDouble() > vb.toDouble() : QString::localeAwareCompare(va.toString(), vb.toString()) > 0;
        return order == Qt::AscendingOrder ? less : greater;
    });
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QGeoCoordinate AttributeTableModel::coordinateOf(int row) const
{
    const MapLayer *layer = layerOf(m_session, m_layerId);
    if (!layer || row < 0 || row >= int(m_rows.size()))
        return {};
    const Feature &f = layer->data->features[size_t(m_rows[size_t(row)])];
    if (f.kind == GeometryKind::None) // a record without a location (a state-level figure)
        return {};
    const QPointF p = webmercator::toLonLat(layer->data->labelPoint(f));
    return QGeoCoordinate(p.y(), p.x());
}

int AttributeTableModel::featureRowOf(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1;
}

int AttributeTableModel::tableRowOf(int featureRow) const
{
    const auto found = std::find(m_rows.begin(), m_rows.end(), featureRow);
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

} // namespace atlas
