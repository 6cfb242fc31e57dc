// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

namespace atlas {

class AtlasSession;

/** The industrial hubs for the hub list: searchable by hub, city, municipality or state (accents optional). */
class HubListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    /** The session whose hubs are listed. */
    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    /** Only hubs whose names contain this text are listed (case and accents ignored). */
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Role { NameRole = Qt::UserRole + 1, HubRole, StateRole, CoordinateRole, FeatureIndexRole, PortRole, PortKmRole };
    Q_ENUM(Role)

    explicit HubListModel(QObject *parent = nullptr);

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sessionChanged();
    void filterChanged();
    void countChanged();

private:
    struct Row {
        QString name, hub, state, port;
        QGeoCoordinate coordinate;
        int featureIndex;
        double portKm;
        QString searchKey; ///< lower case, accents removed
    };
    void rebuild();

    AtlasSession *m_session = nullptr;
    QString m_filter;
    std::vector<Row> m_all;
    std::vector<int> m_shown;
};

} // namespace atlas
