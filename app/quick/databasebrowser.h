// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgconnection.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace atlas {

class AtlasSession;

/**
 * The connection dialog's model: connects to a PostGIS database in the background, lists its spatial tables and
 * views, and hands the planner's choice to the session, which fetches it by the view's box. The password comes from
 * the desktop's keychain when one holds it (QtKeychain: Secret Service, KWallet), otherwise from the planner; it
 * is kept in memory only, and written to the keychain only when the planner asks. The last connection (without
 * password) is remembered in the settings.
 */
class DatabaseBrowser : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    /** The last connection used: {host, port, database, user, sslMode}, to prefill the dialog. */
    Q_PROPERTY(QVariantMap lastConnection READ lastConnection CONSTANT FINAL)
    /** Connecting or listing right now. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    /** The tables of the last listing: {schema, name, qualifiedName, geometryType, srid, rows, spatialIndex, isView}. */
    Q_PROPERTY(QVariantList tables READ tables NOTIFY tablesChanged FINAL)
    /** Why the last connection failed, in words, and GDAL's/libpq's own text; both empty when it did not. */
    Q_PROPERTY(QString error READ error NOTIFY tablesChanged FINAL)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY tablesChanged FINAL)

public:
    explicit DatabaseBrowser(QObject *parent = nullptr);

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] QVariantMap lastConnection() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QVariantList tables() const { return m_tables; }
    [[nodiscard]] QString error() const { return m_error.message; }
    [[nodiscard]] QString errorDetail() const { return m_error.detail; }

    /** Asks the keychain for this login's password; passwordFound() follows if it holds one. */
    Q_INVOKABLE void lookUpPassword(const QVariantMap &connection);
    /** Connects and lists the spatial tables (tables, error). `remember`: store the password in the keychain. */
    Q_INVOKABLE void connectAndList(const QVariantMap &connection, const QString &password, bool remember);
    /** Opens table `row` of the listing as a layer (through the session, in the background). */
    Q_INVOKABLE bool addTable(int row);

    [[nodiscard]] static PgConnection connectionFrom(const QVariantMap &map);

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void tablesChanged();
    void passwordFound(const QString &password);

private:
    AtlasSession *m_session = nullptr;
    bool m_busy = false;
    QVariantList m_tables;
    UserError m_error;
    PgConnection m_connection; ///< of the listing shown
    QString m_password;        ///< of the listing shown, in memory only
    int m_generation = 0;      ///< a newer connect makes older answers stale
};

} // namespace atlas
