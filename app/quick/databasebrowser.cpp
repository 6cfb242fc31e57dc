// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasebrowser.h"

#include "atlassession.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <qt6keychain/keychain.h>

namespace atlas {

namespace {

// The keychain's service name: entries are "user@host:port/database" under it.
const QString keychainService = QStringLiteral("Nearshore Atlas PostGIS");
const QString settingsGroup = QStringLiteral("database/last");

} // namespace

DatabaseBrowser::DatabaseBrowser(QObject *parent)
    : QObject(parent)
{
}

void DatabaseBrowser::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QVariantMap DatabaseBrowser::lastConnection() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const PgConnection defaults;
    return {{QStringLiteral("host"), settings.value(QStringLiteral("host"), defaults.host)},
            {QStringLiteral("port"), settings.value(QStringLiteral("port"), defaults.port)},
            {QStringLiteral("database"), settings.value(QStringLiteral("database"))},
            {QStringLiteral("user"), settings.value(QStringLiteral("user"))},
            {QStringLiteral("sslMode"), settings.value(QStringLiteral("sslMode"), defaults.sslMode)}};
}

PgConnection DatabaseBrowser::connectionFrom(const QVariantMap &map)
{
    PgConnection connection;
    connection.host = map.value(QStringLiteral("host")).toString().trimmed();
    connection.port = map.value(QStringLiteral("port"), 5432).toInt();
    connection.database = map.value(QStringLiteral("database")).toString().trimmed();
    connection.user = map.value(QStringLiteral("user")).toString().trimmed();
    connection.sslMode = map.value(QStringLiteral("sslMode"), connection.sslMode).toString();
    return connection;
}

void DatabaseBrowser::lookUpPassword(const QVariantMap &map)
{
    const PgConnection connection = connectionFrom(map);
    if (!connection.isComplete())
        return;
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(connection.keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        // No keychain on this desktop, or no entry: the planner types the password; nothing to report.
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty())
            Q_EMIT passwordFound(job->textData());
    });
    job->start();
}

void DatabaseBrowser::connectAndList(const QVariantMap &map, const QString &password, bool remember)
{
    const PgConnection connection = connectionFrom(map);
    if (!connection.isComplete()) {
        m_tables.clear();
        m_error = {tr("Enter the database server's host, port and the database's name."), {}};
        Q_EMIT tablesChanged();
        return;
    }
    const int generation = ++m_generation;
    m_busy = true;
    Q_EMIT busyChanged();
    auto *watcher = new QFutureWatcher<PgTableList>(this);
    connect(watcher, &QFutureWatcher<PgTableList>::finished, this,
            [this, watcher, generation, connection, password, remember] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the planner connected elsewhere meanwhile
        const PgTableList list = watcher->result();
        m_busy = false;
        m_error = list.error;
        m_tables.clear();
        m_connection = connection;
        m_password = list.error ? QString() : password;
        const QLocale locale;
        for (const PgTable &table : list.tables) {
            m_tables.append(QVariantMap{
                {QStringLiteral("schema"), table.schema},
                {QStringLiteral("name"), table.name},
                {QStringLiteral("qualifiedName"), table.qualifiedName()},
                {QStringLiteral("geometryType"), table.geometryType},
                {QStringLiteral("geometryColumn"), table.geometryColumn},
                {QStringLiteral("srid"), table.srid},
                {QStringLiteral("rows"), table.estimatedRows < 0 ? tr("not counted")
                                                                 : tr("≈ %1").arg(locale.toString(table.estimatedRows))},
                {QStringLiteral("spatialIndex"), table.spatialIndex},
                {QStringLiteral("isView"), table.isView},
            });
        }
        if (!list.error && list.tables.empty())
            m_error = {tr("Connected, but “%1” has no spatial tables or views this user may read.").arg(connection.database),
                       {}};
        if (!list.error) {
            QSettings settings;
            settings.beginGroup(settingsGroup);
            settings.setValue(QStringLiteral("host"), connection.host);
            settings.setValue(QStringLiteral("port"), connection.port);
            settings.setValue(QStringLiteral("database"), connection.database);
            settings.setValue(QStringLiteral("user"), connection.user);
            settings.setValue(QStringLiteral("sslMode"), connection.sslMode);
            if (remember && !password.isEmpty()) {
                auto *job = new QKeychain::WritePasswordJob(keychainService, this);
                job->setAutoDelete(true);
                job->setKey(connection.keychainKey());
                job->setTextData(password);
                job->start();
            }
        }
        Q_EMIT busyChanged();
        Q_EMIT tablesChanged();
    });
    const QString source = withPassword(connection.gdalSource(), password);
    watcher->setFuture(QtConcurrent::run([source] { return listPgTables(source); }));
}

bool DatabaseBrowser::addTable(int row)
{
    if (!m_session || row < 0 || row >= m_tables.size())
        return false;
    const QVariantMap table = m_tables[row].toMap();
    const QString schema = table.value(QStringLiteral("schema")).toString();
    const QString name = table.value(QStringLiteral("name")).toString();
    m_session->openDatabaseTable(m_connection.gdalSource(table.value(QStringLiteral("qualifiedName")).toString()),
                                 m_password, pgLayerName(schema, name));
    return true;
}

} // namespace atlas
