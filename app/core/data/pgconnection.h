// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usererror.h"

#include <QString>

#include <optional>
#include <vector>

namespace atlas {

/**
 * Where a shared PostGIS database is: what the connection dialog asks for and a project stores. The password is not
 * part of it: it comes from the keychain, the planner, or libpq's own ~/.pgpass and PGPASSWORD, at connect time.
 */
struct PgConnection {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); ///< libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full

    [[nodiscard]] bool isComplete() const { return !host.isEmpty() && port > 0 && !database.isEmpty(); }
    /**
     * GDAL's connection string, "PG:host=… port=… dbname=… user=… sslmode=…", with `tables=` when a table is named
     * (GDAL then opens only that one rather than listing every table). Never holds a password.
     */
    [[nodiscard]] QString gdalSource(const QString &qualifiedTable = {}) const;
    /** The keychain entry's name for this login: "user@host:port/database". */
    [[nodiscard]] QString keychainKey() const;
    /** Reads back a "PG:" string (libpq key=value form); nullopt when it is not one. */
    [[nodiscard]] static std::optional<PgConnection> fromGdalSource(const QString &source);
};

[[nodiscard]] bool isPgSource(const QString &source);
/** The source with the password added for connecting only (quoted per libpq's rules); never store the result. */
[[nodiscard]] QString withPassword(const QString &source, const QString &password);
/** The source without its password (what a layer, a project or a message may hold). */
[[nodiscard]] QString withoutPgPassword(const QString &source);
/** "schema.table (database name)": how a message names a database layer, never the connection string. */
[[nodiscard]] QString pgDisplayName(const QString &source);
/** The table a "PG:… tables=schema.name" source names ("" when none). */
[[nodiscard]] QString pgSourceTable(const QString &source);
/** GDAL's layer name for a table: "name" in the public schema, else "schema.name". */
[[nodiscard]] QString pgLayerName(const QString &schema, const QString &table);

/** One spatial table or view, as PostGIS's geometry_columns and the catalogue describe it. */
struct PgTable {
    QString schema;
    QString name;
    QString geometryColumn;
    QString geometryType; ///< POINT, MULTIPOLYGON, GEOMETRY, …
    int srid = 0;
    qint64 estimatedRows = -1; ///< the planner statistics' estimate; -1 when the table was never analysed
    bool isView = false;
    bool spatialIndex = false; ///< a GiST, SP-GiST or BRIN index on the geometry column
    [[nodiscard]] QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
};

struct PgTableList {
    std::vector<PgTable> tables;
    UserError error;
};

/** Connects (`source` with its password, see withPassword) and lists the spatial tables and views. Blocking. */
[[nodiscard]] PgTableList listPgTables(const QString &source);

/**
 * A PostgreSQL failure as the planner reads it (wrong password, server down, unknown database, SSL, permissions),
 * from libpq's text in GDAL's messages; empty when `gdalDetail` is not recognisably one.
 */
[[nodiscard]] QString pgFailureMessage(const PgConnection &connection, const QString &gdalDetail);

} // namespace atlas
