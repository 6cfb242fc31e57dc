// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

namespace atlas {

class AtlasSession;

/**
 * A layer's attributes as a table for a TableView: one column per field, one row per feature that the layer's
 * filter shows (the map and the table show the same features), sortable by any column. Missing values read
 * "no data"; numbers are formatted for the window's locale.
 */
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(QString layerId READ layerId WRITE setLayerId NOTIFY layerIdChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role { FeatureRowRole = Qt::UserRole + 1, LinkRole };
    Q_ENUM(Role)

    explicit AttributeTableModel(QObject *parent = nullptr);

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] QString layerId() const { return m_layerId; }
    void setLayerId(const QString &layerId);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Where the feature of table row `row` is (its label point), for "zoom to". */
    Q_INVOKABLE [[nodiscard]] QGeoCoordinate coordinateOf(int row) const;
    /** The layer's feature row behind table row `row` (-1 outside the table): what AtlasSession selects. */
    Q_INVOKABLE [[nodiscard]] int featureRowOf(int row) const;
    /** The table row showing feature `featureRow`, or -1 when the filter hides it. */
    Q_INVOKABLE [[nodiscard]] int tableRowOf(int featureRow) const;

Q_SIGNALS:
    void sessionChanged();
    void layerIdChanged();
    void countChanged();

private:
    void rebuild();

    AtlasSession *m_session = nullptr;
    QString m_layerId;
    std::vector<int> m_rows; ///< feature rows shown, in table order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace atlas
