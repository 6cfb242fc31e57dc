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
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &AtlasSession::layerChanged, this, &LayerListModel::layerChanged);
        connect(m_session, &AtlasSession::layerAdded, this, &LayerListModel::layerAdded);
        connect(m_session, &AtlasSession::layerRemoved, this, &LayerListModel::layerRemoved);
        connect(m_session, &AtlasSession::layerMoved, this, &LayerListModel::layerMoved);
        connect(m_session, &AtlasSession::layersReset, this, &LayerListModel::reset);
        connect(m_session, &AtlasSession::textsChanged, this, &LayerListModel::titlesChanged);
    }
    reset();
    Q_EMIT sessionChanged();
}

QStringList LayerListModel::sessionIds() const
{
    QStringList ids;
    if (m_session) {
        for (auto layer = m_session->layers().rbegin(); layer != m_session->layers().rend(); ++layer)
            ids.append(layer->id);
    }
    return ids;
}

void LayerListModel::reset()
{
    beginResetModel();
    m_ids = sessionIds();
    endResetModel();
}

void LayerListModel::layerChanged(int layer)
{
    const QModelIndex changed = index(rowOf(layer));
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, TitleRole, VisibleRole, OpacityRole, NoteRole});
}

void LayerListModel::layerAdded(int layer)
{
    const auto &layers = m_session->layers();
    if (layer < 0 || layer >= int(layers.size()))
        return reset();
    const int row = int(layers.size()) - 1 - layer; // in the rows after the insertion
    beginInsertRows({}, row, row);
    m_ids.insert(row, layers[size_t(layer)].id);
    endInsertRows();
}

void LayerListModel::layerRemoved(int layer)
{
    const int row = rowOf(layer);
    if (row < 0 || row >= m_ids.size())
        return reset();
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void LayerListModel::layerMoved(int from, int to)
{
    const int fromRow = rowOf(from), toRow = rowOf(to);
    if (fromRow < 0 || fromRow >= m_ids.size() || toRow < 0 || toRow >= m_ids.size())
        return reset();
    // beginMoveRows wants the row the moved one goes before, counted before the move.
    if (fromRow == toRow || !beginMoveRows({}, fromRow, fromRow, {}, toRow > fromRow ? toRow + 1 : toRow))
        return;
    m_ids.move(fromRow, toRow);
    endMoveRows();
}

void LayerListModel::titlesChanged()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), {Qt::DisplayRole, TitleRole});
}

int LayerListModel::layerIndex(int row) const
{
    return rowCount() - 1 - row;
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const MapLayer *LayerListModel::layerAtRow(int row) const
{
    return m_session && row >= 0 && row < m_ids.size() ? m_session->document().layer(m_ids[row]) : nullptr;
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MapLayer *layer = layerAtRow(index.row());
    if (!layer)
        return {};
    switch (role) {
    case IdRole:
        return layer->id;
    case Qt::DisplayRole:
    case TitleRole:
        return layer->title;
    case VisibleRole:
        return layer->visible;
    case OpacityRole:
        return layer->style.opacity;
    case NoteRole:
        return databaseFetchSummary(*layer);
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
    return {{IdRole, "layerId"}, {TitleRole, "title"}, {VisibleRole, "layerVisible"}, {OpacityRole, "layerOpacity"}, {NoteRole, "layerNote"}};
}

} // namespace atlas
