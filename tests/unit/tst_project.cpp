// SPDX-License-Identifier: GPL-3.0-or-later
// Projects: what is saved comes back, old files still open, hostile or broken files are refused with a clear
// message and never make us read what the planner did not confirm, and a save killed half-way loses nothing.
#include "defaultmap.h"
#include "projectfile.h"
#include "projectjson.h"
#include "projectmap.h"
#include "sourcepolicy.h"
#include "stylejson.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QByteArray pointsGeoJson = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "Plant A"}, "geometry": {"type": "Point", "coordinates": [-106.4, 31.7]}},
  {"type": "Feature", "properties": {"name": "Plant B"}, "geometry": {"type": "Point", "coordinates": [-100.3, 25.7]}}]})";

// A project big enough that writing it takes a while: the kill test needs saves that can be interrupted.
Project bigProject(int generation)
{
    Project p;
    p.title = QStringLiteral("generation %1").arg(generation);
    for (int i = 0; i < 9000; ++i)
        p.bookmarks.push_back({QStringLiteral("view %1 of generation %2").arg(i).arg(generation),
                               {-110.0 + i % 20, 20.0 + i % 10, 5.0 + (i % 7), 0.0}});
    return p;
}

// `tst_project --save-loop FILE`: saves alternating generations until killed.
int saveLoop(const QString &path)
{
    const Project projects[2] = {bigProject(1), bigProject(2)};
    for (int i = 0;; ++i) {
        if (writeProjectFile(projects[i % 2], path))
            return 1;
    }
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DefaultMap m_map;

    [[nodiscard]] static Project everything()
    {
        Project p;
        p.title = QStringLiteral("Briefing — Bajío & frontera");
        p.view = ProjectView{-100.31, 25.67, 8.25, 12.5};
        ProjectLayer states{QStringLiteral("mx_states"), true, {}, {}, QStringLiteral("Estados"), false, 0.4, {}, {}, {}, {}, false};
        FeatureFilter operating;
        operating.oneOf = {{QStringLiteral("status"), {QStringLiteral("operating")}}};
        operating.ranges = {{QStringLiteral("investment_usd"), 1e8, std::nullopt}};
        ProjectLayer plants{QStringLiteral("layer-1"), false, QStringLiteral("data/plants.geojson"), QStringLiteral("EPSG:4326"),
                            QStringLiteral("Plants"), true, 0.8, styleToJson(LayerStyle{}), featureFilterToJson(operating), {}, {}, false};
        p.layers = {states, plants};
        p.bookmarks = {{QStringLiteral("Juárez"), {-106.42, 31.69, 10, 0}}, {QStringLiteral("Tijuana"), {-117.0, 32.5, 9, 45}}};
        p.hubTour = {QStringLiteral("Ciudad Juárez"), QStringLiteral("Monterrey")};
        ExportPreset a4;
        a4.name = QStringLiteral("A4 landscape");
        a4.pixels = QSize(3508, 2480);
        a4.dpi = 300;
        a4.format = SlideOptions::Format::Pdf;
        a4.title = QStringLiteral("Título");
        a4.subtitle = QStringLiteral("Sub");
        a4.crs = QStringLiteral("EPSG:6372");
        p.exportPresets = {a4};
        p.outputLanguage = QStringLiteral("es");
        p.exportExtent = std::array<double, 4>{-107.0, 31.0, -106.0, 32.0};
        ExportPreset last = p.exportPresets.front();
        last.legend = false;
        last.locator = false;
        p.lastExport = last;
        return p;
    }

    [[nodiscard]] static QString errorOf(const QByteArray &bytes, const QString &path)
    {
        writeFile(path, bytes);
        return readProjectFile(path).error.message + QLatin1Char(' ') + readProjectFile(path).error.detail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_map = DefaultMap::load();
        QVERIFY(m_map.errors.isEmpty());
    }

    void fileRoundTripKeepsEverything()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.atlas"));
        const Project saved = everything();
        QVERIFY(!writeProjectFile(saved, path));
        const ProjectReadResult read = readProjectFile(path);
        QVERIFY2(!read.error, qPrintable(read.error.detail));
        QCOMPARE(read.project, saved);
    }

    void saveKeepsThePreviousVersionAsBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("backup.atlas"));
        Project first = everything();
        first.title = QStringLiteral("first");
        Project second = everything();
        second.title = QStringLiteral("second");
        QVERIFY(!writeProjectFile(first, path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
        QVERIFY(!writeProjectFile(second, path));
        QCOMPARE(readProjectFile(path).project.title, QStringLiteral("second"));
        QCOMPARE(readProjectFile(path + QStringLiteral(".bak")).project.title, QStringLiteral("first"));
    }

    void mapRoundTripRestoresLayersStylesAndOrder()
    {
        const QDir projectDir(m_dir.filePath(QStringLiteral("session")));
        writeFile(projectDir.filePath(QStringLiteral("data/plants.geojson")), pointsGeoJson);

        // The planner's session: states hidden, hubs half transparent and moved to the bottom, own data on top.
        std::vector<MapLayer> layers = m_map.layers;
        auto find = [&](const char *id) {
            return std::find_if(layers.begin(), layers.end(), [&](const MapLayer &l) { return l.id == QLatin1String(id); });
        };
        find("mx_states")->visible = false;
        // Only the operating sites of one company, and only those with a sourced amount of US$100 million or more.
        FeatureFilter sites;
        sites.oneOf = {{QStringLiteral("status"), {QStringLiteral("operating")}}, {QStringLiteral("company"), {}}};
        sites.ranges = {{QStringLiteral("investment_usd"), 1e8, std::nullopt}};
        find("facilities")->setFilter(sites);
        const std::vector<uint8_t> sitesShown = *find("facilities")->shown;
        QVERIFY(std::count(sitesShown.begin(), sitesShown.end(), 1) > 0);
        QVERIFY(std::count(sitesShown.begin(), sitesShown.end(), 0) > 0);
        MapLayer hubs = *find("hubs");
        hubs.style.opacity = 0.5;
        layers.erase(find("hubs"));
        layers.insert(layers.begin(), hubs);
        layers.erase(find("ports_of_entry")); // removed by the planner
        MapLayer plants;
        plants.id = QStringLiteral("user:x");
        plants.title = QStringLiteral("Plants");
        plants.source = projectDir.absoluteFilePath(QStringLiteral("data/plants.geojson"));
        plants.style.pointSizePx = 11;
        layers.push_back(plants);

        Project project = captureProject(layers, {}, everything(), projectDir);
        QCOMPARE(project.layers.back().source, QStringLiteral("data/plants.geojson")); // relative to the project
        const QString path = projectDir.filePath(QStringLiteral("session.atlas"));
        QVERIFY(!writeProjectFile(project, path));
        const ProjectReadResult read = readProjectFile(path);
        QVERIFY(!read.error);
        QVERIFY(sourcesNeedingConfirmation(read.project, projectDir).empty());
        const ProjectMap map = buildProjectMap(read.project, m_map.layers, projectDir);
        QVERIFY2(map.unavailable.empty(), map.unavailable.empty() ? "" : qPrintable(map.unavailable.front().message));
        QCOMPARE(map.layers.size(), layers.size());
        for (size_t i = 0; i < layers.size(); ++i) {
            if (!layers[i].source.isEmpty()) {
                QCOMPARE(map.layers[i].source, layers[i].source);
                QCOMPARE(map.layers[i].data->features.size(), size_t(2));
            } else {
                QCOMPARE(map.layers[i].id, layers[i].id);
            }
            QCOMPARE(map.layers[i].title, layers[i].title);
            QCOMPARE(map.layers[i].visible, layers[i].visible);
            QCOMPARE(styleToJson(map.layers[i].style), styleToJson(layers[i].style));
            QCOMPARE(featureFilterToJson(map.layers[i].filter), featureFilterToJson(layers[i].filter));
            if (map.layers[i].id == QLatin1String("facilities")) {
                QVERIFY(map.layers[i].shown);
                QCOMPARE(*map.layers[i].shown, sitesShown); // the same sites show after reopening
            } else {
                QVERIFY(!map.layers[i].shown);
            }
        }
    }

    void versionOneFileStillOpens()
    {
        // tests/data/projects/v1-briefing.atlas is the first format, committed as written: it must keep opening.
        const QString fixture = QFINDTESTDATA("../data/projects/v1-briefing.atlas");
        QVERIFY(!fixture.isEmpty());
        const ProjectReadResult read = readProjectFile(fixture);
        QVERIFY2(!read.error, qPrintable(read.error.detail));
        const Project &p = read.project;
        QCOMPARE(p.title, QStringLiteral("Border hubs briefing"));
        QCOMPARE(p.view->centerLon, -106.42);
        QCOMPARE(p.layers.size(), size_t(4));
        QCOMPARE(p.layers[1].opacity, 0.6);
        QCOMPARE(p.layers[2].source, QStringLiteral("data/plants.geojson"));
        QVERIFY(!p.layers[3].visible);
        QCOMPARE(p.hubTour, (QStringList{QStringLiteral("Ciudad Juárez"), QStringLiteral("Monterrey")}));
        QCOMPARE(p.exportPresets.front().title, QStringLiteral("Hubs fronterizos"));
        QCOMPARE(p.outputLanguage, QStringLiteral("es"));

        // Its data file is not next to the fixture: the project opens anyway with that layer marked unavailable.
        const ProjectMap map = buildProjectMap(p, m_map.layers, QFileInfo(fixture).absoluteDir());
        QCOMPARE(map.layers.size(), size_t(3));
        QCOMPARE(map.unavailable.size(), size_t(1));
        QCOMPARE(map.unavailable.front().check.kind, SourceCheck::Kind::Missing);
        QVERIFY(map.unavailable.front().message.contains(QStringLiteral("Locate")));
        QCOMPARE(map.layers[1].style.opacity, 0.6);
        // Saving again puts the unavailable layer back where it was: nothing is lost.
        const Project again = captureProject(map.layers, map.unavailable, p, QFileInfo(fixture).absoluteDir());
        QCOMPARE(again.layers.size(), size_t(4));
        QCOMPARE(again.layers[2].source, QStringLiteral("data/plants.geojson"));
        QCOMPARE(again.layers[2].style, p.layers[2].style);
    }

    void brokenFilesGiveAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray head = R"({"format": "nearshore-atlas-project", "version": 1, )";
        QTest::newRow("empty") << QByteArray() << "damaged";
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0garbage", 16) << "damaged";
        QTest::newRow("truncated") << QByteArray(R"({"format": "nearshore-atlas-project", "version": 1, "layers": [{"id")")
                                   << "JSON error";
        QTest::newRow("non-UTF-8") << QByteArray("{\"format\": \"nearshore-atlas-project\", \"version\": 1, \"title\": \"\xff\xfe\"}")
                                   << "invalid UTF8";
        QTest::newRow("array") << QByteArray("[1, 2, 3]") << "not an object";
        QTest::newRow("other JSON") << QByteArray(R"({"type": "FeatureCollection", "features": []})") << "not a Nearshore Atlas project";
        QTest::newRow("future version") << QByteArray(R"({"format": "nearshore-atlas-project", "version": 7})") << "newer";
        QTest::newRow("version as text") << QByteArray(R"({"format": "nearshore-atlas-project", "version": "1"})") << "version";
        QTest::newRow("fractional version") << QByteArray(R"({"format": "nearshore-atlas-project", "version": 1.5})") << "version";
        QTest::newRow("layers not a list") << head + R"("layers": {"id": "x"}})" << "layers must be a list";
        QTest::newRow("layer not an object") << head + R"("layers": [42]})" << "layers[0] must be an object";
        QTest::newRow("opacity as text") << head + R"("layers": [{"id": "a", "source": "a.gpkg", "opacity": "high"}]})"
                                         << "layers[0].opacity";
        QTest::newRow("opacity too big") << head + R"("layers": [{"id": "a", "source": "a.gpkg", "opacity": 7}]})"
                                         << "layers[0].opacity";
        QTest::newRow("no source") << head + R"("layers": [{"id": "a"}]})" << "layers[0].source";
        QTest::newRow("duplicate ids") << head + R"("layers": [{"id": "a", "builtin": true}, {"id": "a", "builtin": true}]})"
                                       << "layers[1].id";
        QTest::newRow("view out of range") << head + R"("view": [-100, 95, 5, 0]})" << "view must be";
        QTest::newRow("bookmark without view") << head + R"("bookmarks": [{"name": "x"}]})" << "bookmarks[0].view";
        QTest::newRow("tour entry not text") << head + R"("hubTour": [{"a": 1}]})" << "hubTour[0]";
        QTest::newRow("bad language") << head + R"("export": {"language": "fr"}})" << "export.language";
        QTest::newRow("bad preset format") << head + R"("export": {"presets": [{"name": "x", "format": "exe"}]}})"
                                           << "export.presets[0].format";
        QTest::newRow("giant preset") << head + R"("export": {"presets": [{"name": "x", "width": 1e9}]}})"
                                      << "export.presets[0].width";
        QTest::newRow("inverted extent") << head + R"("export": {"extent": [-100, 20, -110, 30]}})" << "export.extent";
        QTest::newRow("bad last export") << head + R"("export": {"last": {"legend": "yes"}}})" << "export.last.legend";
        QTest::newRow("filter not an object") << head + R"("layers": [{"id": "a", "builtin": true, "filter": [1]}]})"
                                              << "layers[0].filter";
        QTest::newRow("filter value not text")
            << head + R"("layers": [{"id": "a", "builtin": true, "filter": {"oneOf": [{"field": "company", "values": [3]}]}}]})"
            << "layers[0].filter.oneOf[0].values";
        QTest::newRow("filter bound as text")
            << head + R"("layers": [{"id": "a", "builtin": true, "filter": {"ranges": [{"field": "usd", "min": "lots"}]}}]})"
            << "layers[0].filter.ranges[0].min";
        QTest::newRow("filter range inverted")
            << head + R"("layers": [{"id": "a", "builtin": true, "filter": {"ranges": [{"field": "usd", "min": 9, "max": 1}]}}]})"
            << "layers[0].filter.ranges[0].min";
        QTest::newRow("bad risk weight") << head + R"("riskOverlay": {"weights": {"water": 500}}})" << "riskOverlay";
    }
    void brokenFilesGiveAClearMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(QStringLiteral("broken.atlas"));
        const QString message = errorOf(bytes, path);
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void hugeAndSpecialFilesAreRefusedBeforeReading()
    {
        const QString huge = m_dir.filePath(QStringLiteral("huge.atlas"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(maxProjectFileBytes + 1)); // sparse: no 16 MB written
        file.close();
        QVERIFY(readProjectFile(huge).error.message.contains(QStringLiteral("too large")));
        QVERIFY(readProjectFile(m_dir.path()).error.message.contains(QStringLiteral("not a project file")));
        QVERIFY(readProjectFile(m_dir.filePath(QStringLiteral("absent.atlas"))).error.message.contains(QStringLiteral("does not exist")));
        QVERIFY(readProjectFile(QStringLiteral("/dev/zero")).error);
    }

    void sourcesAreClassifiedBeforeAnythingIsRead_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("kind");
        using K = SourceCheck::Kind;
        QTest::newRow("inside") << "data/plants.geojson" << int(K::Inside);
        QTest::newRow("inside, absolute") << "@/data/plants.geojson" << int(K::Inside);
        QTest::newRow("escapes with ..") << "../outside.geojson" << int(K::Outside);
        QTest::newRow("absolute elsewhere") << "@/../outside.geojson" << int(K::Outside);
        QTest::newRow("symlink leading out") << "data/link.geojson" << int(K::Outside);
        QTest::newRow("missing") << "data/gone.gpkg" << int(K::Missing);
        QTest::newRow("zip inside") << "/vsizip/data/bundle.zip/plants.geojson" << int(K::Inside);
        QTest::newRow("zip escaping") << "/vsizip/../outside.zip/a.shp" << int(K::Missing);
        QTest::newRow("https") << "https://example.org/plants.geojson" << int(K::Network);
        QTest::newRow("vsicurl") << "/vsicurl/http://example.org/a.tif" << int(K::Network);
        QTest::newRow("nested vsicurl") << "/vsizip//vsicurl/http://example.org/a.zip" << int(K::Network);
        QTest::newRow("vsis3") << "/vsis3/bucket/key.tif" << int(K::Network);
        QTest::newRow("postgres") << "PG:dbname=atlas host=db password=secret" << int(K::Database);
        QTest::newRow("gpkg layer syntax") << "GPKG:/tmp/a.gpkg:roads" << int(K::Database);
        QTest::newRow("vsimem") << "/vsimem/x.geojson" << int(K::Invalid);
        QTest::newRow("control characters") << "data/\x01plants" << int(K::Invalid);
        QTest::newRow("empty") << "" << int(K::Invalid);
    }
    void sourcesAreClassifiedBeforeAnythingIsRead()
    {
        QFETCH(QString, source);
        QFETCH(int, kind);
        const QDir projectDir(m_dir.filePath(QStringLiteral("policy/project")));
        writeFile(projectDir.filePath(QStringLiteral("data/plants.geojson")), pointsGeoJson);
        writeFile(projectDir.filePath(QStringLiteral("data/bundle.zip")), "PK");
        writeFile(m_dir.filePath(QStringLiteral("policy/outside.geojson")), pointsGeoJson);
        QFile::link(m_dir.filePath(QStringLiteral("policy/outside.geojson")), projectDir.filePath(QStringLiteral("data/link.geojson")));
        source.replace(QLatin1Char('@'), projectDir.absolutePath());
        const SourceCheck check = checkProjectSource(source, projectDir);
        QCOMPARE(int(check.kind), kind);
    }

    void unconfirmedSourcesAreNeverOpened()
    {
        const QDir projectDir(m_dir.filePath(QStringLiteral("confirm/project")));
        QDir().mkpath(projectDir.path());
        const QString outside = m_dir.filePath(QStringLiteral("confirm/elsewhere.geojson"));
        writeFile(outside, pointsGeoJson);
        Project p;
        p.layers = {{QStringLiteral("a"), false, QStringLiteral("../elsewhere.geojson"), {}, QStringLiteral("Elsewhere"), true, 1.0, {}, {}, {}, {}, false},
                    {QStringLiteral("b"), false, QStringLiteral("https://example.org/x.geojson"), {}, QStringLiteral("Web"), true, 1.0, {}, {}, {}, {}, false}};
        QCOMPARE(sourcesNeedingConfirmation(p, projectDir).size(), size_t(2));
        ProjectMap map = buildProjectMap(p, {}, projectDir);
        QVERIFY(map.layers.empty());
        QCOMPARE(map.unavailable.size(), size_t(2));
        QVERIFY(map.unavailable[0].message.contains(QStringLiteral("outside the project")));
        // Once the planner says yes to the file, it opens; the URL stays closed.
        map = buildProjectMap(p, {}, projectDir, {QStringLiteral("../elsewhere.geojson")});
        QCOMPARE(map.layers.size(), size_t(1));
        QCOMPARE(map.layers.front().data->features.size(), size_t(2));
        QCOMPARE(map.unavailable.size(), size_t(1));
    }

    void passwordsAreNeverStored_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("stored");
        QTest::newRow("PG") << "PG:dbname=atlas host=db password=s3cret user=me" << "PG:dbname=atlas host=db user=me";
        QTest::newRow("PG quoted") << "PG:dbname=atlas password='a b' user=me" << "PG:dbname=atlas user=me";
        QTest::newRow("ODBC") << "ODBC:user/PWD=s3cret;DSN=plants" << "ODBC:user/DSN=plants";
        QTest::newRow("URL") << "WFS:https://me:s3cret@example.org/wfs" << "WFS:https://me@example.org/wfs";
    }
    void passwordsAreNeverStored()
    {
        QFETCH(QString, source);
        QFETCH(QString, stored);
        QCOMPARE(storedProjectSource(source, QDir(m_dir.path())), stored);
        MapLayer layer;
        layer.source = source;
        const Project project = captureProject({layer}, {}, {}, QDir(m_dir.path()));
        QVERIFY(!QJsonDocument(projectToJson(project)).toJson().contains("s3cret"));
    }

    void hostileStylesAreRefused()
    {
        Project p;
        QJsonObject style = styleToJson(LayerStyle{});
        style.insert(QStringLiteral("pointSizePx"), 1e9);
        p.layers = {{QStringLiteral("mx_states"), true, {}, {}, {}, true, 1.0, style, {}, {}, {}, false}};
        const ProjectMap map = buildProjectMap(p, m_map.layers, QDir(m_dir.path()));
        QCOMPARE(map.layers.size(), size_t(1));
        QCOMPARE(map.warnings.size(), 1); // the default style is used, and the planner is told
        QVERIFY(map.layers.front().style.pointSizePx < 200);
    }

    void killedSaveLeavesACompleteFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.atlas"));
        QVERIFY(!writeProjectFile(bigProject(0), path));
        for (int round = 0; round < 12; ++round) {
            QProcess saver;
            saver.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--save-loop"), path});
            QVERIFY(saver.waitForStarted());
            QTest::qWait(150 + QRandomGenerator::global()->bounded(400));
            saver.kill(); // SIGKILL: no chance to clean up
            QVERIFY(saver.waitForFinished());
            const ProjectReadResult read = readProjectFile(path);
            QVERIFY2(!read.error, qPrintable(read.error.message + QLatin1Char(' ') + read.error.detail));
            QCOMPARE(read.project.bookmarks.size(), size_t(9000));
            QVERIFY(read.project.title.startsWith(QStringLiteral("generation ")));
            const ProjectReadResult backup = readProjectFile(path + QStringLiteral(".bak"));
            QVERIFY2(!backup.error, qPrintable(backup.error.detail));
        }
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--save-loop") == 0) {
        QCoreApplication app(argc, argv);
        return saveLoop(QString::fromLocal8Bit(argv[2]));
    }
    QGuiApplication app(argc, argv);
    TestProject test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_project.moc"
