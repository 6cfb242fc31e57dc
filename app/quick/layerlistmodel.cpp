// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlistmodel.h"

#include "atlassession.h"

namespace atlas {

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LayerListModel::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        const auto reset = [this] {
            beginResetModel();
            endResetModel();
        };
        connect(m_session, &AtlasSession::layersReset, this, reset);
        connect(m_session, &AtlasSession::textsChanged, this, reset);
        connect(m_session, &AtlasSession::layerChanged, this, [this](int layer) {
            const QModelIndex changed = index(rowCount() - 1 - layer);
            Q_EMIT dataChanged(changed, changed, {VisibleRole, OpacityRole});
        });
    }
    endResetModel();
    Q_EMIT sessionChanged();
}

int LayerListModel::layerIndex(int row) const
{
    return rowCount() - 1 - row;
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->layers().size());
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MapLayer &layer = m_session->layers()[size_t(layerIndex(index.row()))];
    switch (role) {
    case IdRole:
        return layer.id;
    case Qt::DisplayRole:
    case TitleRole:
        return layer.title;
    case VisibleRole:
        return layer.visible;
    case OpacityRole:
        return layer.style.opacity;
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (role == VisibleRole)
        return m_session->setLayerVisible(layerIndex(index.row()), value.toBool());
    if (role == OpacityRole)
        return m_session->setLayerOpacity(layerIndex(index.row()), value.toDouble());
    return false;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

bool LayerListModel::moveLayer(int row, int toRow)
{
    return m_session && m_session->moveLayer(layerIndex(row), layerIndex(toRow));
}

bool LayerListModel::removeLayer(int row)
{
    return m_session && m_session->removeLayer(layerIndex(row));
}

QVariantMap LayerListModel::layerView(int row, qreal width, qreal height) const
{
    return m_session ? m_session->layerView(layerIndex(row), width, height) : QVariantMap();
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    return {{IdRole, "layerId"}, {TitleRole, "title"}, {VisibleRole, "layerVisible"}, {OpacityRole, "layerOpacity"}};
}

} // namespace atlas
