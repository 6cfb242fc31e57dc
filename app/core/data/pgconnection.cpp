// SPDX-License-Identifier: GPL-3.0-or-later
// PostGIS connections through GDAL's PostgreSQL driver: connection strings, the table list, libpq's errors in words.
#include "pgconnection.h"

#include "gdalerrorcapture.h"
#include "gdalsetup.h"

#include <QObject>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace atlas {

namespace {

constexpr QLatin1StringView prefix("PG:");

// libpq's conninfo quoting: a value with spaces, quotes or backslashes goes in single quotes, \ and ' escaped.
QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral(R"([\s'\\])"))))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The key=value pairs of a conninfo string, in order, values unquoted.
std::vector<std::pair<QString, QString>> parsedPairs(QStringView text)
{
    std::vector<std::pair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text[i] != QLatin1Char('=') && !text[i].isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart).toString();
        while (i < n && text[i].isSpace())
            ++i;
        if (key.isEmpty() || i >= n || text[i] != QLatin1Char('='))
            return {}; // not conninfo
        ++i;
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == QLatin1Char('\'')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('\'')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i++];
            }
            if (i >= n)
                return {}; // an unterminated quote
            ++i;
        } else {
            while (i < n && !text[i].isSpace()) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i++];
            }
        }
        pairs.emplace_back(key, value);
    }
    return pairs;
}

QString text(const OGRFeature &feature, const char *field)
{
    return QString::fromUtf8(feature.GetFieldAsString(field));
}

} // namespace

QString PgConnection::gdalSource(const QString &qualifiedTable) const
{
    QStringList parts{QStringLiteral("host=") + quoted(host), QStringLiteral("port=%1").arg(port),
                      QStringLiteral("dbname=") + quoted(database)};
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + quoted(user);
    if (!sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + quoted(sslMode);
    if (!qualifiedTable.isEmpty())
        parts << QStringLiteral("tables=") + quoted(qualifiedTable);
    return prefix + parts.join(QLatin1Char(' '));
}

QString PgConnection::keychainKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

std::optional<PgConnection> PgConnection::fromGdalSource(const QString &source)
{
    if (!isPgSource(source))
        return std::nullopt;
    const auto pairs = parsedPairs(QStringView(source).mid(prefix.size()));
    if (pairs.empty())
        return std::nullopt;
    PgConnection connection;
    connection.sslMode.clear(); // libpq's default (prefer) unless the string says
    for (const auto &[key, value] : pairs) {
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            connection.host = value;
        else if (key == QLatin1String("port"))
            connection.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            connection.database = value;
        else if (key == QLatin1String("user"))
            connection.user = value;
        else if (key == QLatin1String("sslmode"))
            connection.sslMode = value;
    }
    return connection;
}

bool isPgSource(const QString &source)
{
    return source.startsWith(prefix, Qt::CaseInsensitive);
}

QString withPassword(const QString &source, const QString &password)
{
    if (password.isEmpty())
        return source;
    return source + QStringLiteral(" password=") + quoted(password);
}

QString withoutPgPassword(const QString &source)
{
    if (!isPgSource(source))
        return source;
    const auto pairs = parsedPairs(QStringView(source).mid(prefix.size()));
    if (pairs.empty())
        return source;
    QStringList kept;
    for (const auto &[key, value] : pairs) {
        if (key != QLatin1String("password"))
            kept << key + QLatin1Char('=') + quoted(value);
    }
    return prefix + kept.join(QLatin1Char(' '));
}

QString pgDisplayName(const QString &source)
{
    const auto connection = PgConnection::fromGdalSource(source);
    const QString table = pgSourceTable(source);
    if (!connection)
        return QObject::tr("a database");
    return table.isEmpty() ? connection->database
                           : QObject::tr("%1 (database %2)").arg(table, connection->database);
}

QString pgSourceTable(const QString &source)
{
    if (!isPgSource(source))
        return {};
    for (const auto &[key, value] : parsedPairs(QStringView(source).mid(prefix.size()))) {
        if (key == QLatin1String("tables"))
            return value.section(QLatin1Char('('), 0, 0); // "schema.table(geom)" names a geometry column too
    }
    return {};
}

QString pgLayerName(const QString &schema, const QString &table)
{
    return schema.isEmpty() || schema == QLatin1String("public") ? table : schema + QLatin1Char('.') + table;
}

PgTableList listPgTables(const QString &source)
{
    ensureGdalReady();
    GdalErrorCapture capture;
    PgTableList list;
    const PgConnection connection = PgConnection::fromGdalSource(source).value_or(PgConnection{});
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        const QString detail = capture.joined();
        QString message = pgFailureMessage(connection, detail);
        if (message.isEmpty())
            message = QObject::tr("Could not connect to the database “%1” on %2.").arg(connection.database, connection.host);
        list.error = {message, detail};
        return list;
    }
    // The catalogue, not GDAL's layer list: one query gives the row estimates and which tables have a spatial
    // index, which the planner needs to choose (and which GDAL would otherwise learn table by table).
    static const char *query = R"SQL(
SELECT g.f_table_schema AS table_schema, g.f_table_name AS table_name, g.f_geometry_column AS geometry_column,
       g.type AS geometry_type, g.srid AS srid, c.reltuples::bigint AS estimated_rows,
       (c.relkind IN ('v', 'm'))::int AS is_view,
       EXISTS (SELECT 1 FROM pg_index i
                 JOIN pg_class ic ON ic.oid = i.indexrelid
                 JOIN pg_am am ON am.oid = ic.relam
                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = c.oid AND am.amname IN ('gist', 'spgist', 'brin')
                  AND a.attname = g.f_geometry_column)::int AS spatial_index
  FROM geometry_columns g
  JOIN pg_namespace n ON n.nspname = g.f_table_schema
  JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = g.f_table_name
 ORDER BY 1, 2, 3)SQL";
    OGRLayer *result = dataset->ExecuteSQL(query, nullptr, nullptr);
    if (!result) {
        list.error = {QObject::tr("Connected to “%1”, but could not read its list of spatial tables. Is PostGIS "
                                  "installed in this database (CREATE EXTENSION postgis)?")
                          .arg(connection.database),
                      capture.joined()};
        return list;
    }
    for (const auto &row : *result) {
        PgTable table;
        table.schema = text(*row, "table_schema");
        table.name = text(*row, "table_name");
        table.geometryColumn = text(*row, "geometry_column");
        table.geometryType = text(*row, "geometry_type");
        table.srid = row->GetFieldAsInteger("srid");
        table.estimatedRows = row->GetFieldAsInteger64("estimated_rows");
        table.isView = row->GetFieldAsInteger("is_view") != 0;
        table.spatialIndex = row->GetFieldAsInteger("spatial_index") != 0;
        if (table.estimatedRows < 0 || (table.estimatedRows == 0 && !table.isView))
            table.estimatedRows = -1; // PostgreSQL says -1 (or 0 before 14) for a table never analysed
        list.tables.push_back(std::move(table));
    }
    dataset->ReleaseResultSet(result);
    return list;
}

QString pgFailureMessage(const PgConnection &c, const QString &detail)
{
    const QString where = QStringLiteral("%1:%2").arg(c.host).arg(c.port);
    auto says = [&detail](const char *text) { return detail.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (says("password authentication failed") || says("no password supplied") || says("fe_sendauth"))
        return QObject::tr("The database at %1 refused the user name or password for “%2”. Check both and try "
                           "again.").arg(where, c.user);
    if (says("does not exist") && says("database"))
        return QObject::tr("The server at %1 has no database named “%2”.").arg(where, c.database);
    if (says("role") && says("does not exist"))
        return QObject::tr("The server at %1 has no user named “%2”.").arg(where, c.user);
    const QString ssl = c.sslMode.isEmpty() ? QStringLiteral("prefer") : c.sslMode;
    if (says("no pg_hba.conf entry"))
        return QObject::tr("The server at %1 does not let “%2” into “%3” from this computer with SSL mode “%4” (its "
                           "access rules). Try SSL mode “require”, or ask the database's administrator to grant "
                           "access (docs/postgis.md).").arg(where, c.user, c.database, ssl);
    if (says("certificate"))
        return QObject::tr("The server at %1 did not prove it is the server you meant (its SSL certificate does not "
                           "match, or is not signed by a certificate this computer trusts). Check the host name, or "
                           "ask the administrator for the root certificate.").arg(where);
    if (says("SSL off") || says("server does not support SSL") || says("SSL"))
        return QObject::tr("The server at %1 refused this kind of connection (SSL mode “%2”): it may require SSL, "
                           "or not offer it. Try another SSL mode or ask the database's administrator.")
            .arg(where, ssl);
    if (says("permission denied"))
        return QObject::tr("The user “%1” may not read this table. Ask the database's administrator for read "
                           "access (see the team guide, docs/postgis.md).").arg(c.user);
    if (says("Connection refused") || says("could not connect") || says("could not translate host name")
        || says("timeout expired") || says("No route to host") || says("server closed the connection")
        || says("terminating connection") || says("connection to server") || says("no connection to the server"))
        return QObject::tr("The database server at %1 is not answering (it may be down, or the address is "
                           "wrong).").arg(where);
    return {};
}

} // namespace atlas
