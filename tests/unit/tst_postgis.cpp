// SPDX-License-Identifier: GPL-3.0-or-later
// Shared PostGIS layers against a real PostgreSQL + PostGIS server, which tests/postgis/pg-server.sh starts for this
// test (a CTest fixture) with the tables of tests/postgis/testdata.sql.
#include "atlassession.h"
#include "pgconnection.h"
#include "projectmap.h"
#include "sourcepolicy.h"
#include "vectorlayer.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

QString stateValue(const QString &key)
{
    QFile file(qEnvironmentVariable("ATLAS_PG_STATE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key.toUtf8() + '='))
            return QString::fromUtf8(line.mid(key.size() + 1));
    }
    return {};
}

PgConnection testServer()
{
    PgConnection connection;
    connection.host = QStringLiteral("127.0.0.1");
    connection.port = stateValue(QStringLiteral("port")).toInt();
    connection.database = QStringLiteral("atlas_test");
    connection.user = QStringLiteral("planner");
    connection.sslMode = QStringLiteral("disable");
    return connection;
}

const QString password = QStringLiteral("atlas-test-password");

QString tableSource(const QString &table)
{
    return withPassword(testServer().gdalSource(table), password);
}

VectorLoadResult load(const QString &table, const VectorLoadOptions &options = {})
{
    VectorLoadOptions named = options;
    named.layerName = pgLayerName(QStringLiteral("public"), table);
    return loadVectorLayer(tableSource(QStringLiteral("public.") + table), named);
}

bool serverScript(const QString &action)
{
    return QProcess::execute(QStringLiteral("sh"), {QStringLiteral(ATLAS_PG_SERVER_SCRIPT), action,
                                                    qEnvironmentVariable("ATLAS_PG_STATE")}) == 0;
}

qint64 logSize()
{
    return QFileInfo(stateValue(QStringLiteral("log"))).size();
}

QString logSince(qint64 offset)
{
    QFile log(stateValue(QStringLiteral("log")));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
        return {};
    return QString::fromUtf8(log.readAll());
}

LonLatBox toLonLat(QPointF mercator)
{
    const double lon = mercator.x() / 6378137.0 * 180.0 / M_PI;
    const double lat = (2 * std::atan(std::exp(mercator.y() / 6378137.0)) - M_PI / 2) * 180.0 / M_PI;
    return {lon, lat, lon, lat};
}

// The sites' ids: GDAL makes a primary key the FID, and keeps an id without one as a field.
int idOf(const VectorLayer &layer, const Feature &feature)
{
    const int id = layer.fieldIndex(QStringLiteral("id"));
    return id < 0 ? int(feature.fid) : int(layer.number(feature, id));
}

QSet<int> ids(const VectorLayer &layer)
{
    QSet<int> result;
    for (const Feature &feature : layer.features)
        result.insert(idOf(layer, feature));
    return result;
}

} // namespace

class TestPostgis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(testServer().port > 0, "the PostGIS fixture did not start (tests/postgis/pg-server.sh)");
    }

    void connectionStringsRoundTripAndNeverHoldThePassword()
    {
        PgConnection c;
        c.host = QStringLiteral("db.example");
        c.port = 6543;
        c.database = QStringLiteral("team atlas");
        c.user = QStringLiteral("o'neil");
        c.sslMode = QStringLiteral("verify-full");
        const QString source = c.gdalSource(QStringLiteral("denue.establishments"));
        QCOMPARE(source, QStringLiteral("PG:host=db.example port=6543 dbname='team atlas' user='o\\'neil' "
                                        "sslmode=verify-full tables=denue.establishments"));
        const auto back = PgConnection::fromGdalSource(source);
        QVERIFY(back);
        QCOMPARE(back->database, c.database);
        QCOMPARE(back->user, c.user);
        QCOMPARE(back->port, 6543);
        QCOMPARE(back->sslMode, c.sslMode);
        QCOMPARE(pgSourceTable(source), QStringLiteral("denue.establishments"));

        const QString secret = withPassword(source, QStringLiteral("s3cr et'"));
        QVERIFY(secret.contains(QLatin1String("password='s3cr et\\''")));
        QCOMPARE(withoutPgPassword(secret), source);
        // What a project stores: no password, whatever form it came in.
        QVERIFY(!storedProjectSource(secret, QDir::temp()).contains(QLatin1String("s3cr")));
        // A project's database source is a connection, which needs --trust-project-sources or the planner's yes.
        QCOMPARE(checkProjectSource(source, QDir::temp()).kind, SourceCheck::Kind::Database);
        QVERIFY(!pgDisplayName(secret).contains(QLatin1String("s3cr")));
    }

    void listsSpatialTablesAndViews()
    {
        const PgTableList list = listPgTables(withPassword(testServer().gdalSource(), password));
        QVERIFY2(!list.error, qPrintable(list.error.message + u'\n' + list.error.detail));
        QHash<QString, PgTable> byName;
        for (const PgTable &table : list.tables)
            byName.insert(table.name, table);
        QVERIFY(byName.contains(QStringLiteral("sites")));
        const PgTable sites = byName.value(QStringLiteral("sites"));
        QCOMPARE(sites.schema, QStringLiteral("public"));
        QCOMPARE(sites.geometryColumn, QStringLiteral("geom"));
        QCOMPARE(sites.geometryType, QStringLiteral("POINT"));
        QCOMPARE(sites.srid, 4326);
        QCOMPARE(sites.estimatedRows, 10000);
        QVERIFY(sites.spatialIndex);
        QVERIFY(!sites.isView);
        QVERIFY(byName.contains(QStringLiteral("sites_unindexed")));
        QVERIFY(!byName.value(QStringLiteral("sites_unindexed")).spatialIndex);
        QCOMPARE(byName.value(QStringLiteral("sites_utm")).srid, 32614);
        QVERIFY(byName.value(QStringLiteral("assembly_sites")).isView);
    }

    void loadsALayer()
    {
        const VectorLoadResult result = load(QStringLiteral("sites"));
        QVERIFY2(!result.error, qPrintable(result.error.message + u'\n' + result.error.detail));
        QCOMPARE(result.layer->features.size(), size_t(10000));
        QCOMPARE(result.layer->sourceCrs, QStringLiteral("EPSG:4326"));
        QVERIFY(result.layer->fieldNames.contains(QStringLiteral("category")));
        QVERIFY2(!result.layer->source.contains(password), "the layer keeps its source without the password");
        QCOMPARE(result.layer->source, testServer().gdalSource(QStringLiteral("public.sites")));
    }

    void theViewsBoxIsFilteredByTheServer()
    {
        const LonLatBox monterrey{-101.0, 25.0, -99.0, 26.5};
        const qint64 before = logSize();
        VectorLoadOptions options;
        options.spatialFilter = monterrey;
        options.featureLimit = 50000;
        const VectorLoadResult result = load(QStringLiteral("sites"), options);
        QVERIFY2(!result.error, qPrintable(result.error.message + u'\n' + result.error.detail));
        const size_t n = result.layer->features.size();
        QVERIFY(n > 0 && n < 200);
        QCOMPARE(result.matchingFeatures, qint64(n)); // counted by the server with the same filter
        QVERIFY(!result.limited);
        for (const Feature &feature : result.layer->features) {
            const LonLatBox p = toLonLat(result.layer->labelPoint(feature));
            QVERIFY(p.west >= monterrey.west - 1e-9 && p.west <= monterrey.east + 1e-9);
            QVERIFY(p.south >= monterrey.south - 1e-9 && p.south <= monterrey.north + 1e-9);
        }
        // The server's statement log: the SQL that read the rows carries the box, so the database filtered them.
        const QString log = logSince(before);
        // (GDAL 3.10 writes the box as `geom && ST_SetSRID('BOX3D(…)'::box3d, srid)`; others as ST_MakeEnvelope.)
        QVERIFY2(log.contains(QLatin1String("&& ST_SetSRID('BOX3D(")) || log.contains(QLatin1String("&& ST_MakeEnvelope(")),
                 qPrintable(log.right(3000)));
        bool filteredRead = false;
        for (const QString &line : log.split(u'\n')) {
            if (line.contains(QLatin1String("\"sites\"")) && line.contains(QLatin1String("&&"))
                && line.contains(QLatin1String("-101")))
                filteredRead = true;
        }
        QVERIFY2(filteredRead, qPrintable(log.right(3000)));
    }

    void aFeatureLimitShowsNOfM()
    {
        VectorLoadOptions options;
        options.spatialFilter = LonLatBox{-118, 14, -86, 33};
        options.featureLimit = 500;
        const VectorLoadResult result = load(QStringLiteral("sites"), options);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QCOMPARE(result.layer->features.size(), size_t(500));
        QVERIFY(result.limited);
        QCOMPARE(result.matchingFeatures, qint64(10000));
    }

    void aTableWithoutSpatialIndexStillFilters()
    {
        const LonLatBox box{-101.0, 25.0, -99.0, 26.5};
        VectorLoadOptions options;
        options.spatialFilter = box;
        options.featureLimit = 50000;
        const VectorLoadResult indexed = load(QStringLiteral("sites"), options);
        const VectorLoadResult unindexed = load(QStringLiteral("sites_unindexed"), options);
        QVERIFY2(!unindexed.error, qPrintable(unindexed.error.message + u'\n' + unindexed.error.detail));
        QCOMPARE(ids(*unindexed.layer), ids(*indexed.layer));
    }

    void aTableInAnotherCrs()
    {
        const LonLatBox box{-101.0, 25.0, -99.0, 26.5};
        VectorLoadOptions options;
        options.spatialFilter = box;
        options.featureLimit = 50000;
        const VectorLoadResult wgs84 = load(QStringLiteral("sites"), options);
        const VectorLoadResult utm = load(QStringLiteral("sites_utm"), options);
        QVERIFY2(!utm.error, qPrintable(utm.error.message + u'\n' + utm.error.detail));
        QCOMPARE(utm.layer->sourceCrs, QStringLiteral("EPSG:32614"));
        // The box becomes a larger rectangle in UTM metres, so the UTM read is a superset, never a subset...
        const QSet<int> inUtm = ids(*utm.layer);
        QVERIFY(inUtm.contains(ids(*wgs84.layer)));
        QVERIFY(inUtm.size() < 2 * ids(*wgs84.layer).size());
        // ...and the same site lands on the same place after reprojection, within a centimetre.
        for (const Feature &a : wgs84.layer->features) {
            const int key = idOf(*wgs84.layer, a);
            for (const Feature &b : utm.layer->features) {
                if (idOf(*utm.layer, b) == key) {
                    const QPointF d = wgs84.layer->labelPoint(a) - utm.layer->labelPoint(b);
                    QVERIFY(std::hypot(d.x(), d.y()) < 0.01);
                }
            }
        }
    }

    void aWrongPasswordSaysSo()
    {
        const PgTableList list = listPgTables(withPassword(testServer().gdalSource(), QStringLiteral("wrong")));
        QVERIFY(list.error);
        QVERIFY2(list.error.message.contains(QLatin1String("refused the user name or password")),
                 qPrintable(list.error.message));
        QVERIFY(!list.error.message.contains(QLatin1String("wrong")));
        const VectorLoadResult result = loadVectorLayer(
            withPassword(testServer().gdalSource(QStringLiteral("public.sites")), QStringLiteral("wrong")));
        QVERIFY(result.error);
        QVERIFY2(result.error.message.contains(QLatin1String("refused the user name or password")),
                 qPrintable(result.error.message));
    }

    void aTableThePlannerMayNotRead()
    {
        const VectorLoadResult result = load(QStringLiteral("restricted_sites"));
        QVERIFY(result.error);
        QVERIFY(!result.layer);
        QVERIFY2(result.error.message.contains(QLatin1String("may not read")), qPrintable(result.error.message));
    }

    void theServerGoingAwayMidLoad()
    {
        VectorLoadOptions options;
        options.featureLimit = 10'000'000;
        bool halted = false;
        options.progress = [&halted](double) {
            if (!halted)
                halted = serverScript(QStringLiteral("halt"));
        };
        const VectorLoadResult result = load(QStringLiteral("many_points"), options);
        const bool resumed = serverScript(QStringLiteral("resume"));
        QVERIFY(halted);
        QVERIFY(resumed);
        QVERIFY(result.error);
        QVERIFY(!result.layer);
        QVERIFY2(result.error.message.contains(QLatin1String("broke off")), qPrintable(result.error.message));
        QVERIFY(!result.error.detail.isEmpty());
        // The server is back: the next load works (the program kept going).
        const VectorLoadResult again = load(QStringLiteral("assembly_sites"));
        QVERIFY2(!again.error, qPrintable(again.error.message + u'\n' + again.error.detail));
        QVERIFY(again.layer->features.size() > 3000);
    }

    void theWindowsLayerFollowsTheView()
    {
        // The session as the window uses it: the view comes to rest over Monterrey, a table is added, and the layer
        // holds what is in and around that view; the view moves to Ciudad Juárez, out of the fetched box, and the layer
        // is fetched again there.
        AtlasSession session;
        const QVariantList monterrey{-100.6, 25.5, -100.0, 25.9}, juarez{-106.7, 31.4, -106.1, 31.8};
        session.viewChanged(monterrey);
        QSignalSpy added(&session, &AtlasSession::layerAdded);
        session.openDatabaseTable(testServer().gdalSource(QStringLiteral("public.sites")), password,
                                  QStringLiteral("sites"));
        QVERIFY(added.wait(20000));
        const int index = added.first().first().toInt();
        const MapLayer *layer = &session.layers()[size_t(index)];
        QVERIFY(layer->databaseFetch);
        QVERIFY(layer->databaseFetch->box.isValid());
        QVERIFY(!layer->source.contains(password));
        const auto allNear = [](const VectorLayer &data, double lon, double lat, double degrees) {
            for (const Feature &f : data.features) {
                const QPointF p = webmercator::toLonLat(data.labelPoint(f));
                if (std::abs(p.x() - lon) > degrees || std::abs(p.y() - lat) > degrees)
                    return false;
            }
            return !data.features.empty();
        };
        QVERIFY(allNear(*layer->data, -100.3, 25.7, 1.0));
        QVERIFY2(session.layerNote(layer->id).contains(QLatin1String("features in this area")),
                 qPrintable(session.layerNote(layer->id)));

        // Within the fetched box: nothing to fetch.
        QSignalSpy changed(&session, &AtlasSession::layerChanged);
        session.viewChanged({-100.5, 25.6, -100.1, 25.8});
        QVERIFY(!changed.wait(1500));

        session.viewChanged(juarez);
        QVERIFY(changed.wait(20000));
        layer = &session.layers()[size_t(index)];
        QVERIFY(allNear(*layer->data, -106.4, 31.6, 1.0));
    }

    void aProjectsDatabaseLayerOpensOnlyWithTheirYesAndTheirPassword()
    {
        // What a saved project holds of a database layer: the connection without password.
        Project project;
        ProjectLayer stored;
        stored.id = QStringLiteral("layer-1");
        stored.title = QStringLiteral("Sites");
        stored.source = testServer().gdalSource(QStringLiteral("public.sites"));
        project.layers = {stored};
        const ProjectMap unasked = buildProjectMap(project, {}, QDir::temp());
        QVERIFY(unasked.layers.empty());
        QCOMPARE(unasked.unavailable.size(), size_t(1));
        QCOMPARE(unasked.unavailable.front().check.kind, SourceCheck::Kind::Database);

        // The window's Connect…: the planner's password, for this opening only (ProjectController::connectDatabase).
        project.layers.front().source = withPassword(stored.source, password);
        const ProjectMap opened = buildProjectMap(project, {}, QDir::temp(), {project.layers.front().source});
        QCOMPARE(opened.layers.size(), size_t(1));
        const MapLayer &layer = opened.layers.front();
        QCOMPARE(layer.title, QStringLiteral("Sites"));
        QCOMPARE(layer.source, stored.source); // without the password
        QVERIFY(layer.databaseFetch);
        QCOMPARE(layer.data->features.size(), size_t(10000));
        // Saved again, the project holds no password.
        const Project saved = captureProject(opened.layers, {}, project, QDir::temp());
        QCOMPARE(saved.layers.front().source, stored.source);
    }

    void aServerThatIsNotThere()
    {
        PgConnection nowhere = testServer();
        nowhere.port = 9; // discard: nothing listens there
        const PgTableList list = listPgTables(withPassword(nowhere.gdalSource(), password));
        QVERIFY(list.error);
        QVERIFY2(list.error.message.contains(QLatin1String("not answering")), qPrintable(list.error.message));
    }
};

QTEST_GUILESS_MAIN(TestPostgis)
#include "tst_postgis.moc"
