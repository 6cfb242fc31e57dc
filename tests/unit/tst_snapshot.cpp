// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"
#include "maprenderer.h"
#include "slidecomposer.h"

#include <QImage>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <cmath>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

// The headless snapshot, run as a user runs it, shows the states in their style's colours at the right places.
class TestSnapshot : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DefaultMap m_map;

    // True when `colour` occurs within a few pixels of `at` (a label or border may cover the exact pixel).
    static bool colourNear(const QImage &image, QPointF at, QColor colour)
    {
        for (int dy = -4; dy <= 4; ++dy) {
            for (int dx = -4; dx <= 4; ++dx) {
                const QPoint p = at.toPoint() + QPoint(dx, dy);
                if (image.rect().contains(p) && image.pixelColor(p).rgb() == colour.rgb())
                    return true;
            }
        }
        return false;
    }

    [[nodiscard]] const MapLayer &states() const
    {
        for (const MapLayer &layer : m_map.layers) {
            if (layer.id == QLatin1String(DefaultMap::statesLayerId))
                return layer;
        }
        qFatal("no states layer");
    }

    // The colour the default map paints a state in: one quiet fill for all of them (the story is drawn on top).
    [[nodiscard]] QColor stateColour(const QString &code) const
    {
        if (states().style.kind == LayerStyle::Kind::SingleSymbol)
            return states().style.fill;
        return categoryColour(states().style, code);
    }

    // The neighbour-distinct colouring a planner can still choose for the states (LayerStyle::neighbourDistinct).
    [[nodiscard]] QColor distinctColour(const QString &code) const
    {
        return categoryColour(LayerStyle::neighbourDistinct(*states().data, QStringLiteral("cve_ent"),
                                                            QStringLiteral("Set3")),
                              code);
    }

    [[nodiscard]] static QColor categoryColour(const LayerStyle &style, const QString &code)
    {
        for (const Category &category : style.categories) {
            if (category.value.toString() == code)
                return category.colour;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_map = DefaultMap::load();
        QVERIFY2(m_map.errors.isEmpty(), qPrintable(m_map.errors.value(0).detail));
    }

    void commandLineWritesTheDefaultMap()
    {
        const QString out = m_dir.filePath(QStringLiteral("map.png"));
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE),
                  {QStringLiteral("--snapshot"), out, QStringLiteral("--size"), QStringLiteral("1920x1080")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1920, 1080));

        const MapCamera camera = m_map.homeView(QSizeF(1920, 1080)).camera;
        struct Place {
            const char *name;
            double lon, lat;
            const char *code;
        };
        // Places inside each state but away from hubs and factory sites, whose symbols are drawn on top.
        for (const Place &place : {Place{"Chihuahua", -107.4, 29.6, "08"}, Place{"Nuevo León", -99.9, 24.3, "19"},
                                   Place{"Jalisco", -104.4, 20.1, "14"}, Place{"Yucatán", -88.9, 20.6, "31"},
                                   Place{"Sonora", -111.6, 30.4, "26"}, Place{"Durango", -105.6, 25.6, "10"}}) {
            const QColor expected = stateColour(QString::fromLatin1(place.code));
            QVERIFY(expected.isValid());
            QVERIFY2(colourNear(image, camera.lonLatToScreen(place.lon, place.lat), expected), place.name);
        }
        // The Pacific off Colima and the Gulf of Mexico show the sea.
        const QColor sea = MapSettings().background;
        QVERIFY(colourNear(image, camera.lonLatToScreen(-108.0, 17.0), sea));
        QVERIFY(colourNear(image, camera.lonLatToScreen(-93.0, 23.5), sea));
    }

    void neighbouringStatesHaveDistinctColours_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Chihuahua / Sonora") << "08" << "26";
        QTest::newRow("Chihuahua / Coahuila") << "08" << "05";
        QTest::newRow("Baja California / Sonora") << "02" << "26";
        QTest::newRow("Baja California / Baja California Sur") << "02" << "03";
        QTest::newRow("Jalisco / Aguascalientes") << "14" << "01";
        QTest::newRow("Jalisco / Nayarit") << "14" << "18";
        QTest::newRow("Yucatán / Campeche") << "31" << "04";
        QTest::newRow("Yucatán / Quintana Roo") << "31" << "23";
        QTest::newRow("Ciudad de México / México") << "09" << "15";
        QTest::newRow("Morelos / México") << "17" << "15";
    }
    void neighbouringStatesHaveDistinctColours()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(distinctColour(a).isValid() && distinctColour(b).isValid());
        QVERIFY(distinctColour(a) != distinctColour(b));
        // The default map itself paints every state in one neutral fill, the same for both.
        QCOMPARE(states().style.kind, LayerStyle::Kind::SingleSymbol);
        QCOMPARE(stateColour(a), stateColour(b));
    }

    void badSizeIsAClearError()
    {
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("--snapshot"), m_dir.filePath(QStringLiteral("x.png")),
                                                     QStringLiteral("--size"), QStringLiteral("big")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 64);
        QVERIFY(app.readAllStandardError().contains("--size"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    void unwritableTargetLeavesNothing()
    {
        QProcess app;
        const QString out = m_dir.filePath(QStringLiteral("missing-dir/map.png"));
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("--snapshot"), out});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(!QFile::exists(out));
    }

    void exportFromTheCommandLine()
    {
        const QString out = m_dir.filePath(QStringLiteral("juarez.pdf"));
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE),
                  {QStringLiteral("export"), QStringLiteral("--hub"), QStringLiteral("juarez"), QStringLiteral("--size"),
                   QStringLiteral("1280x720"), QStringLiteral("--out"), out, QStringLiteral("--title"),
                   QStringLiteral("Ciudad Juárez")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(QFile(out).size() > 1000);
        QVERIFY(app.readAllStandardError().contains("wrote"));
    }

    void exportFramesTheAddedLayers()
    {
        // Spain, far from the default view of Mexico: without --bbox the slide must show these points.
        const QString csv = m_dir.filePath(QStringLiteral("spain.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,lon,lat\nMadrid,-3.70,40.42\nSevilla,-5.98,37.39\nBarcelona,2.17,41.39\n");
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("spain.png"));
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--layer"), csv,
                                                     QStringLiteral("--size"), QStringLiteral("640x360"),
                                                     QStringLiteral("--world-file"), QStringLiteral("--out"), out});
        QVERIFY(app.waitForFinished(60000));
        const QByteArray said = app.readAllStandardError();
        QVERIFY2(app.exitCode() == 0, said.constData());
        QVERIFY(said.contains("WGS 84 (EPSG:4326)")); // the assumption is said
        // The world file: pixel size and the top-left pixel's centre, in EPSG:3857 metres.
        QFile world(m_dir.filePath(QStringLiteral("spain.pgw")));
        QVERIFY(world.open(QIODevice::ReadOnly));
        const QList<QByteArray> v = world.readAll().split('\n');
        const double pixel = v[0].toDouble(), left = v[4].toDouble(), top = v[5].toDouble();
        const double right = left + pixel * 640, bottom = top + v[3].toDouble() * 360;
        const auto lon = [](double x) { return x / 6378137.0 * 180.0 / M_PI; };
        const auto lat = [](double y) { return (2 * std::atan(std::exp(y / 6378137.0)) - M_PI / 2) * 180.0 / M_PI; };
        QVERIFY2(lon(left) < -5.98 && lon(right) > 2.17, qPrintable(QStringLiteral("%1 %2").arg(lon(left)).arg(lon(right))));
        QVERIFY2(lat(bottom) < 37.39 && lat(top) > 41.39, qPrintable(QStringLiteral("%1 %2").arg(lat(bottom)).arg(lat(top))));
        QVERIFY(lon(right) - lon(left) < 30); // framed on them, not on the whole world
    }

    void layerCrsOnTheCommandLine()
    {
        const QString csv = m_dir.filePath(QStringLiteral("utm.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,x,y\nA,372000,3508000\nB,380000,3512000\n");
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("utm.png"));
        const auto run = [&](const QStringList &extra) {
            QProcess app;
            app.start(QStringLiteral(ATLAS_EXECUTABLE),
                      QStringList{QStringLiteral("export"), QStringLiteral("--size"), QStringLiteral("320x180"),
                                  QStringLiteral("--out"), out} + extra);
            app.waitForFinished(60000);
            return std::pair{app.exitCode(), app.readAllStandardError()};
        };
        auto [code, said] = run({QStringLiteral("--layer"), csv});
        QCOMPARE(code, 1);
        QVERIFY2(said.contains("--layer-crs") && said.contains("?crs="), said.constData());
        std::tie(code, said) = run({QStringLiteral("--layer"), csv + QStringLiteral("?crs=EPSG:32613")});
        QVERIFY2(code == 0, said.constData());
        std::tie(code, said) = run({QStringLiteral("--layer"), csv, QStringLiteral("--layer-crs"), QStringLiteral("EPSG:32613")});
        QVERIFY2(code == 0, said.constData());
    }

    void exportSizeGoesAsFarAsTheExporter()
    {
        // Past a single image's 16,384 / 32,767 pixels: PNG is drawn in strips, up to SlideOptions::maxSide.
        const QString out = m_dir.filePath(QStringLiteral("wide.png"));
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--size"),
                                                     QStringLiteral("40000x64"), QStringLiteral("--out"), out});
        QVERIFY(app.waitForFinished(120000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        QVERIFY(QFile::exists(out));
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--size"),
                                                     QStringLiteral("200001x64"), QStringLiteral("--out"), out});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 64);
        QVERIFY(app.readAllStandardError().contains("200000"));
    }

    void networkLayerIsRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE),
                  {QStringLiteral("export"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("net.png")),
                   QStringLiteral("--layer"), QStringLiteral("/vsicurl/http://10.255.255.1/nearshore/data.csv")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(app.readAllStandardError().contains("--allow-network"));
        QVERIFY(timer.elapsed() < 20000); // a connection attempt alone would take longer (reading the data takes a few s)
    }

    void exportAProject()
    {
        // A project with its own data outside its folder: refused until the planner says the sources are trusted.
        const QDir dir(m_dir.filePath(QStringLiteral("briefing")));
        QVERIFY(QDir().mkpath(dir.path()));
        QFile data(m_dir.filePath(QStringLiteral("plants.geojson")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "A"},
                    "geometry": {"type": "Point", "coordinates": [-100.3, 25.7]}}]})");
        data.close();
        QFile project(dir.filePath(QStringLiteral("briefing.atlas")));
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write(R"({"format": "nearshore-atlas-project", "version": 1, "view": [-100.31, 25.67, 9, 0],
            "layers": [{"id": "land", "builtin": true}, {"id": "mx_states", "builtin": true, "opacity": 0.5},
                       {"id": "plants", "source": "../plants.geojson", "title": "Plants"}],
            "export": {"language": "es"}})");
        project.close();
        const QString out = m_dir.filePath(QStringLiteral("briefing.png"));
        const QStringList arguments{QStringLiteral("export"), QStringLiteral("--project"), project.fileName(),
                                    QStringLiteral("--size"), QStringLiteral("800x450"), QStringLiteral("--out"), out};
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE), arguments);
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(app.readAllStandardError().contains("--trust-project-sources"));
        QVERIFY(!QFile::exists(out));

        app.start(QStringLiteral(ATLAS_EXECUTABLE), arguments + QStringList{QStringLiteral("--trust-project-sources")});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QImage slide(out);
        QCOMPARE(slide.size(), QSize(800, 450));
    }

    void slideTextsFollowTheProjectsLanguage()
    {
        // A Spanish slide of the water-risk overlay: the legend's title comes out in Spanish (its text is looked up
        // under the translation context the code names, "RiskIndex", which lupdate must have filed it under).
        const QString projectPath = m_dir.filePath(QStringLiteral("riesgo.atlas"));
        QFile project(projectPath);
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write(R"({"format": "nearshore-atlas-project", "version": 1, "view": [-102, 23.5, 4.5, 0],
            "layers": [{"id": "land", "builtin": true}, {"id": "mx_states", "builtin": true}],
            "riskOverlay": {"show": "water", "normalisation": "rank", "weights": {"crime": 0, "water": 100, "electricity": 0},
                            "indicators": {"water": "wri_aqueduct30_bws_score_2019"}},
            "export": {"language": "es"}})");
        project.close();
        const QString out = m_dir.filePath(QStringLiteral("riesgo.pdf"));
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--project"), projectPath,
                                                     QStringLiteral("--size"), QStringLiteral("1600x900"),
                                                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, in packaging/debian/build-deps) is needed");
        QProcess text;
        text.start(pdftotext, {out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QStringLiteral("Estrés hídrico")), qPrintable(words));
        QVERIFY2(!words.contains(QStringLiteral("Baseline water stress")), qPrintable(words));
    }

    void sidecarMakesTheSameSlideAgain()
    {
        const QString first = m_dir.filePath(QStringLiteral("monterrey.png"));
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE),
                  {QStringLiteral("export"), QStringLiteral("--hub"), QStringLiteral("Monterrey"), QStringLiteral("--size"),
                   QStringLiteral("960x540"), QStringLiteral("--title"), QStringLiteral("Monterrey"), QStringLiteral("--lang"),
                   QStringLiteral("es"), QStringLiteral("--out"), first, QStringLiteral("--sidecar"), QStringLiteral("--world-file")});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        QVERIFY(QFile::exists(first + QStringLiteral(".atlas")));

        // Only the sidecar: same size, title, language, extent and layers, pixel for pixel.
        const QString again = m_dir.filePath(QStringLiteral("again.png"));
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--project"),
                                                     first + QStringLiteral(".atlas"), QStringLiteral("--out"), again});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        QCOMPARE(QImage(again), QImage(first));

        // The world file puts the map where it is: Monterrey (-100.31, 25.67) lies on the slide where the
        // affine transform says, near the centre of the map frame (left of the hub slide's fact box).
        ExportRequest layout;
        layout.pixels = QSize(960, 540);
        layout.title = QStringLiteral("Monterrey");
        layout.subtitle = QStringLiteral("Monterrey metro · Nuevo León");
        layout.factBox.sections.push_back({QStringLiteral("sites"), {}, {}});
        const QPointF mapCentre = SlideComposer(layout).mapFrame().center();
        QFile world(m_dir.filePath(QStringLiteral("monterrey.pgw")));
        QVERIFY(world.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = world.readAll().split('\n');
        QVERIFY(lines.size() >= 6);
        const double a = lines[0].toDouble(), e = lines[3].toDouble(), c = lines[4].toDouble(), f = lines[5].toDouble();
        const QPointF monterrey = webmercator::fromLonLat(-100.31, 25.67);
        const QPointF pixel((monterrey.x() - c) / a, (monterrey.y() - f) / e);
        QVERIFY2(std::abs(pixel.x() - mapCentre.x()) < 60 && std::abs(pixel.y() - mapCentre.y()) < 60,
                 qPrintable(QStringLiteral("%1, %2 (map centre %3, %4)")
                                .arg(pixel.x())
                                .arg(pixel.y())
                                .arg(mapCentre.x())
                                .arg(mapCentre.y())));
    }

    void hubDeckHasOnePagePerHub()
    {
        const QString dir = m_dir.filePath(QStringLiteral("deck"));
        QProcess app;
        app.start(QStringLiteral(ATLAS_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--all-hubs"), dir,
                                                     QStringLiteral("--size"), QStringLiteral("640x360")});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        const QStringList slides = QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(slides.size(), 25); // every hub of geodata/hubs.geojson
        QVERIFY(slides.first().startsWith(QStringLiteral("01-")));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo (poppler-utils) is needed");
        QProcess info;
        info.start(pdfinfo, {QDir(dir).filePath(QStringLiteral("deck.pdf"))});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(info.readAllStandardOutput().contains("Pages:           25"));
    }

    void exportErrorsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("unknown format") << QStringList{"export", "--out", "x.docx"} << QByteArray("unknown format");
        QTest::newRow("no such hub") << QStringList{"export", "--out", "x.png", "--hub", "Atlantis"} << QByteArray("Atlantis");
        QTest::newRow("bad bbox") << QStringList{"export", "--out", "x.png", "--bbox", "1,2,3"} << QByteArray("--bbox");
        QTest::newRow("bad layer") << QStringList{"export", "--out", "x.png", "--layer", "/nonexistent/data.gpkg"}
                                   << QByteArray("data.gpkg");
    }
    void exportErrorsAreOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        QProcess app;
        app.setWorkingDirectory(m_dir.path());
        app.start(QStringLiteral(ATLAS_EXECUTABLE), arguments);
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(app.readAllStandardError().contains(says));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    void cancelledRenderGivesNoImage()
    {
        std::atomic_bool cancel{true};
        QVERIFY(MapRenderer::renderImage(m_map.homeView(QSizeF(640, 480)), &cancel).isNull());
    }

    void renderIsDeterministic()
    {
        const MapSettings settings = m_map.homeView(QSizeF(800, 450));
        QCOMPARE(MapRenderer::renderImage(settings), MapRenderer::renderImage(settings));
    }
};

QTEST_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
