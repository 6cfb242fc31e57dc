// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace atlas {

class AtlasSession;
struct MapLayer;

/**
 * The session's layers for the layers panel, topmost first; visibility and opacity are editable. It follows the
 * session change by change (a row changed, inserted, removed or moved) and resets only when the document is replaced.
 */
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, VisibleRole, OpacityRole, NoteRole };
    Q_ENUM(Role)

    explicit LayerListModel(QObject *parent = nullptr);

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Moves the layer at `row` to `toRow` (rows are topmost first): the drawing order follows. */
    Q_INVOKABLE bool moveLayer(int row, int toRow);
    Q_INVOKABLE bool removeLayer(int row);
    /** {center, zoomLevel} showing the whole layer at `row` in a viewport of the given size (empty if it has no data). */
    Q_INVOKABLE [[nodiscard]] QVariantMap layerView(int row, qreal width, qreal height) const;

Q_SIGNALS:
    void sessionChanged();

private:
    [[nodiscard]] int layerIndex(int row) const; ///< rows are topmost first, layers bottom first
    [[nodiscard]] int rowOf(int layer) const { return int(m_ids.size()) - 1 - layer; }
    [[nodiscard]] const MapLayer *layerAtRow(int row) const;
    [[nodiscard]] QStringList sessionIds() const; ///< the session's layer ids, topmost first
    void reset();
    void layerChanged(int layer);
    void layerAdded(int layer);
    void layerRemoved(int layer);
    void layerMoved(int from, int to);
    void titlesChanged();

    AtlasSession *m_session = nullptr;
    /**
     * The ids of the rows as this model last announced them: rowCount() and data() answer from these, so that they
     * stay consistent between a change of the document and the signal that tells of it.
     */
    QStringList m_ids;
};

} // namespace atlas
