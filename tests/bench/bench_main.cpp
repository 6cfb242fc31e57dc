// SPDX-License-Identifier: GPL-3.0-or-later
// Speed and memory of loading, reprojecting and rendering: generated datasets (benchdata.h) and the default map.
// Run with ./atlas bench; it writes report.json (Google Benchmark) and report.md (the table the README quotes).
#include "atlassession.h"
#include "benchdata.h"
#include "defaultmap.h"
#include "embeddedgeodata.h"
#include "gdalsetup.h"
#include "hubdeck.h"
#include "hubslide.h"
#include "labelsprites.h"
#include "mapexport.h"
#include "qmlservices.h"
#include "pgconnection.h"
#include "maprenderer.h"
#include "reprojector.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>
#include <ogr_recordbatch.h>

#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdlib>
#include <sys/resource.h>

#include <map>
#include <optional>
#include <random>

Q_IMPORT_QML_PLUGIN(NearshoreAtlasPlugin)

namespace {

QString g_dataDir;
std::map<QString, std::shared_ptr<const atlas::VectorLayer>> g_loaded;

double peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

std::shared_ptr<const atlas::VectorLayer> loaded(const QString &file)
{
    auto &layer = g_loaded[file];
    if (!layer)
        layer = atlas::loadVectorLayer(QDir(g_dataDir).filePath(file)).layer;
    return layer;
}

atlas::MapSettings viewOf(const std::vector<atlas::MapLayer> &layers, QSize size)
{
    atlas::MapSettings settings;
    settings.camera = atlas::MapCamera::fitting({-118, 14, -86, 33}, QSizeF(size), 0);
    settings.layers = layers;
    return settings;
}

atlas::MapLayer pointsLayer()
{
    auto data = loaded(QStringLiteral("points.fgb"));
    atlas::LayerStyle style = atlas::LayerStyle::categorized(*data, QStringLiteral("category"), QStringLiteral("Dark2"));
    style.pointSizePx = 4;
    style.strokeWidthPx = 0;
    return {QStringLiteral("points"), QStringLiteral("points"), data, style, true};
}

atlas::MapLayer polygonLayer(const QString &file)
{
    auto data = loaded(file);
    return {file, file, data,
            atlas::LayerStyle::graduated(*data, QStringLiteral("value"), atlas::ClassificationMethod::Quantile, 5), true};
}

void load(benchmark::State &state, const char *file)
{
    const QString path = QDir(g_dataDir).filePath(QLatin1String(file));
    size_t features = 0;
    for (auto _ : state) {
        atlas::VectorLoadResult result = atlas::loadVectorLayer(path);
        if (!result.layer) {
            state.SkipWithError(qPrintable(result.error.detail));
            return;
        }
        features = result.layer->features.size();
        state.PauseTiming(); // freeing the layer is not loading it
        result = {};
        state.ResumeTiming();
    }
    state.counters["features"] = double(features);
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
// Loading runs on several threads (GDAL's own, and the decoders): the report gives the CPU time of all of them too.
BENCHMARK_CAPTURE(load, points_gpkg, "points.gpkg")->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK_CAPTURE(load, points_fgb, "points.fgb")->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
// GDAL's own floor for the same files: its Arrow stream read to the end, every batch released untouched. The
// difference to load/ is what decoding, reprojecting and building the feature table cost on top.
void gdalArrowRead(benchmark::State &state, const char *file)
{
    const QByteArray path = QDir(g_dataDir).filePath(QLatin1String(file)).toUtf8();
    atlas::ensureGdalReady();
    for (auto _ : state) {
        GDALDatasetH dataset = GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        if (!dataset) {
            state.SkipWithError("GDAL could not open the file");
            return;
        }
        ArrowArrayStream stream{};
        char *options[] = {const_cast<char *>("INCLUDE_FID=YES"), const_cast<char *>("GEOMETRY_ENCODING=WKB"), nullptr};
        int64_t rows = 0;
        if (OGR_L_GetArrowStream(GDALDatasetGetLayer(dataset, 0), &stream, options)) {
            ArrowArray batch{};
            while (stream.get_next(&stream, &batch) == 0 && batch.release) {
                rows += batch.length;
                batch.release(&batch);
            }
            stream.release(&stream);
        }
        GDALClose(dataset);
        state.counters["features"] = double(rows);
    }
}
BENCHMARK_CAPTURE(gdalArrowRead, points_gpkg, "points.gpkg")->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK_CAPTURE(gdalArrowRead, points_fgb, "points.fgb")->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK_CAPTURE(load, polygons_2500, "grid.gpkg")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(load, polygons_32_large, "large.gpkg")->Unit(benchmark::kMillisecond)->Iterations(3);

void loadDefaultData(benchmark::State &state)
{
    for (auto _ : state) {
        const atlas::DefaultMap map = atlas::DefaultMap::load();
        benchmark::DoNotOptimize(map.layers.data());
    }
}
BENCHMARK(loadDefaultData)->Unit(benchmark::kMillisecond);

// The default data's vector layers read through the same loader from three formats, which chose what to ship
// (issue 18): the GeoJSON of the source tree, the FlatGeobuf copies the program embeds (embeddedgeodata.h), and
// GeoPackage copies that GDAL writes from the GeoJSON once, on disk.
void loadDefaultVectors(benchmark::State &state, const char *format)
{
    const QString driver = QString::fromLatin1(format);
    QStringList files;
    const QDir geodata(QStringLiteral(ATLAS_GEODATA_DIR));
    QDirIterator it(geodata.path(), {QStringLiteral("*.geojson")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = geodata.relativeFilePath(source);
        if (relative.startsWith(QLatin1String("tools/")))
            continue;
        if (driver == QLatin1String("GeoJSON")) {
            files.append(source);
            continue;
        }
        if (driver == QLatin1String("FlatGeobuf")) {
            files.append(atlas::embedded::path(relative)); // as shipped
            continue;
        }
        const QString extension = QStringLiteral("gpkg");
        const QString target = QDir(g_dataDir).filePath(QStringLiteral("default-%1.%2").arg(QString(relative).replace(QLatin1Char('/'), QLatin1Char('-')), extension));
        if (!QFile::exists(target)) {
            GDALDatasetH in = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            char *options[] = {const_cast<char *>("-f"), const_cast<char *>("GPKG"), nullptr};
            GDALVectorTranslateOptions *translate = GDALVectorTranslateOptionsNew(options, nullptr);
            GDALDatasetH out = in ? GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &in, translate, nullptr) : nullptr;
            GDALVectorTranslateOptionsFree(translate);
            if (out)
                GDALClose(out);
            if (in)
                GDALClose(in);
            if (!out) {
                QFile::remove(target); // no half-written copy for the next run to time
                state.SkipWithError(qPrintable(QStringLiteral("GDAL could not write %1: %2").arg(target, QString::fromUtf8(CPLGetLastErrorMsg()))));
                return;
            }
        }
        files.append(target);
    }
    for (auto _ : state) {
        for (const QString &file : files) {
            const atlas::VectorLoadResult loaded = atlas::loadVectorLayer(file);
            if (loaded.error) {
                state.SkipWithError(qPrintable(loaded.error.message));
                return;
            }
            benchmark::DoNotOptimize(loaded.layer.get());
        }
    }
    state.counters["files"] = double(files.size());
}
BENCHMARK_CAPTURE(loadDefaultVectors, geojson_source, "GeoJSON")->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(loadDefaultVectors, flatgeobuf_embedded, "FlatGeobuf")->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(loadDefaultVectors, geopackage, "GPKG")->Unit(benchmark::kMillisecond)->Iterations(5);

void reprojectMillionPoints(benchmark::State &state)
{
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> lon(-118, -86), lat(14, 33);
    std::vector<double> x0(1'000'000), y0(1'000'000);
    for (size_t i = 0; i < x0.size(); ++i) {
        x0[i] = lon(random);
        y0[i] = lat(random);
    }
    const atlas::Reprojector toMercator(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
    for (auto _ : state) {
        std::vector<double> x = x0, y = y0;
        toMercator.transform(x, y);
        benchmark::DoNotOptimize(x.data());
    }
}
BENCHMARK(reprojectMillionPoints)->Unit(benchmark::kMillisecond);

// The R-tree over a million point boxes: built on the first zoomed-in render of the layer, not at load.
void buildSpatialIndex(benchmark::State &state)
{
    auto data = loaded(QStringLiteral("points.fgb"));
    std::vector<QRectF> boxes;
    for (const atlas::Feature &f : data->features)
        boxes.push_back(data->bounds(f));
    for (auto _ : state) {
        atlas::SpatialIndex index(boxes);
        benchmark::DoNotOptimize(&index);
    }
}
BENCHMARK(buildSpatialIndex)->Unit(benchmark::kMillisecond)->Iterations(3);

// A zoomed-in view (a 1/16 of the box around Monterrey): the index finds the visible points.
void renderZoomed(benchmark::State &state)
{
    atlas::MapSettings settings;
    settings.camera = atlas::MapCamera::fitting({-104, 22.5, -96, 27.25}, QSizeF(1920, 1080), 0);
    settings.layers = {pointsLayer()};
    for (auto _ : state) {
        QImage image = atlas::MapRenderer::renderImage(settings);
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(renderZoomed)->Unit(benchmark::kMillisecond)->Iterations(5);

// One frame while the planner pans: the map moves, the data layers' last image is shown transformed (no render in
// the frame: fresh renders run on workers), and the scene graph draws the window. Software backend, 1920x1080.
// On the default map, and with the million points added as the window adds a file (drawn as hexagons: issue 18).
void panFrame(benchmark::State &state, const char *what)
{
    // The services the window's QML reaches, as main() publishes them (qmlservices.h).
    QTemporaryDir scratch;
    atlas::AtlasSession session;
    atlas::RecentProjects recent;
    atlas::RecoveryFile recovery(scratch.filePath(QStringLiteral("recovery.atlas")));
    atlas::publishServices(&session, &recent, &recovery);
    const auto unpublish = qScopeGuard([] { atlas::publishServices(nullptr, nullptr, nullptr); });
    if (QByteArrayView(what) == "million") {
        const size_t before = session.layers().size();
        session.openDataset(QUrl::fromLocalFile(QDir(g_dataDir).filePath(QStringLiteral("points.fgb"))));
        QElapsedTimer opening;
        opening.start();
        while (session.layers().size() == before && opening.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (session.layers().size() == before || !session.layers().back().style.aggregation.enabled) {
            state.SkipWithError("the million points were not added as hexagons");
            return;
        }
    }
    QQmlApplicationEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport NearshoreAtlas\nWindow { width: 1920; height: 1080; visible: true\n"
                      "  AtlasMap { objectName: \"atlasMap\"; anchors.fill: parent } }",
                      QUrl());
    std::unique_ptr<QObject> root(component.create());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        state.SkipWithError(qPrintable(component.errorString()));
        return;
    }
    auto *atlasMap = window->findChild<QQuickItem *>(QStringLiteral("atlasMap"));
    auto *layers = atlasMap->property("layers").value<QQuickItem *>();
    QObject *map = atlasMap->property("map").value<QObject *>();
    QElapsedTimer wait;
    wait.start();
    while (layers->property("renderCount").toInt() == 0 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QVariant before = map->property("center");
    int step = 0;
    for (auto _ : state) {
        QMetaObject::invokeMethod(map, "pan", Q_ARG(int, (step++ % 2) ? -7 : 7), Q_ARG(int, 3));
        QImage frame = window->grabWindow();
        benchmark::DoNotOptimize(frame.constBits());
    }
    if (map->property("center") == before) // a frame that did not pan would measure nothing
        state.SkipWithError("the map did not move");
}
BENCHMARK_CAPTURE(panFrame, default_map, "default")->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK_CAPTURE(panFrame, million_points_as_hexagons, "million")->Unit(benchmark::kMillisecond)->Iterations(30);

// The context basemap of issue 14 (geodata/context, Natural Earth): what "without context" leaves out.
const QStringList contextLayerIds{QStringLiteral("urban_areas"), QStringLiteral("lakes"),    QStringLiteral("rivers"),
                                  QStringLiteral("railways"),    QStringLiteral("airports"), QStringLiteral("sea_ports"),
                                  QStringLiteral("places")};

void render(benchmark::State &state, const char *what)
{
    const QSize size(int(state.range(0)), int(state.range(1)));
    std::vector<atlas::MapLayer> layers;
    const QString w = QLatin1String(what);
    if (w == QLatin1String("polygons") || w == QLatin1String("combined"))
        layers.push_back(polygonLayer(QStringLiteral("grid.gpkg")));
    if (w == QLatin1String("large"))
        layers.push_back(polygonLayer(QStringLiteral("large.gpkg")));
    if (w == QLatin1String("points") || w == QLatin1String("combined"))
        layers.push_back(pointsLayer());
    // Issue 18: the million points as hexagons at country scale, by count (one colour ramp) or by category.
    if (w.startsWith(QLatin1String("hexagons"))) {
        atlas::MapLayer layer = pointsLayer();
        layer.style.aggregation.enabled = true;
        if (w == QLatin1String("hexagons_count"))
            layer.style.kind = atlas::LayerStyle::Kind::SingleSymbol;
        layers.push_back(layer);
    }
    atlas::MapSettings settings = viewOf(layers, size);
    if (w.startsWith(QLatin1String("default"))) {
        static const atlas::DefaultMap map = atlas::DefaultMap::load();
        settings = map.homeView(QSizeF(size));
    }
    // The context basemap's cost is the difference from the same map without it (issue 14's budget: 10 ms).
    if (w == QLatin1String("default_without_context")) {
        for (atlas::MapLayer &layer : settings.layers)
            layer.visible = layer.visible && !contextLayerIds.contains(layer.id);
    }
    // Cold: every label drawn afresh, as on the first render of a session (later renders reuse label images).
    const bool cold = w == QLatin1String("default_cold");
    // Issue 18 asks for the hexagons' warm re-render (a pan, a zoom): the first render, which finds each row's
    // category once for the layer's data, is left out of the timing.
    if (w.startsWith(QLatin1String("hexagons")))
        benchmark::DoNotOptimize(atlas::MapRenderer::renderImage(settings).constBits());
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            atlas::LabelSprites::clear();
            state.ResumeTiming();
        }
        QImage image = atlas::MapRenderer::renderImage(settings);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
BENCHMARK_CAPTURE(render, points, "points")->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(render, points_hexagons, "hexagons_count")->Args({1920, 1080})->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(render, points_hexagons_by_category, "hexagons_category")->Args({1920, 1080})->Unit(benchmark::kMillisecond)->Iterations(5);
// Issue 18: ten million points load and draw on this 2-core machine (time and peak memory in the report). The load
// and the first draw as hexagons at country scale, one run each; the file is written on the first run (untimed).
void tenMillionPoints(benchmark::State &state)
{
    if (const QString error = atlas::bench::ensureTenMillionPoints(g_dataDir); !error.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const QString path = QDir(g_dataDir).filePath(QStringLiteral("points10m.fgb"));
    double loadMs = 0, drawMs = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const atlas::VectorLoadResult loaded = atlas::loadVectorLayer(path);
        loadMs = double(timer.nsecsElapsed()) / 1e6;
        if (!loaded.layer) {
            state.SkipWithError(qPrintable(loaded.error.message));
            return;
        }
        atlas::LayerStyle style = atlas::LayerStyle::categorized(*loaded.layer, QStringLiteral("category"), QStringLiteral("Dark2"));
        style.aggregation.enabled = true;
        const atlas::MapSettings settings =
            viewOf({{QStringLiteral("points"), QStringLiteral("points"), loaded.layer, style, true}}, QSize(1920, 1080));
        timer.restart();
        QImage image = atlas::MapRenderer::renderImage(settings);
        drawMs = double(timer.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(image.constBits());
        state.SetIterationTime((loadMs + drawMs) / 1000);
    }
    state.counters["load_ms"] = loadMs;
    state.counters["first_draw_ms"] = drawMs;
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
BENCHMARK(tenMillionPoints)->Unit(benchmark::kMillisecond)->Iterations(1)->UseManualTime();

// Issue 18: PostGIS layers as the window fetches them, from a real server on loopback (tests/postgis/pg-server.sh,
// the tests' server and tables, started for this run and stopped at its end): the 400,000-point table whole, and
// the view's box over Monterrey with the window's feature limit.
struct BenchServer {
    QString stateFile;
    QString error;
    BenchServer()
    {
        stateFile = QDir(g_dataDir).filePath(QStringLiteral("postgis.state"));
        QProcess start;
        start.setProcessChannelMode(QProcess::MergedChannels);
        start.start(QStringLiteral("sh"), {QStringLiteral(ATLAS_PG_SERVER_SCRIPT), QStringLiteral("start"), stateFile});
        if (!start.waitForFinished(120000) || start.exitCode() != 0)
            error = QString::fromLocal8Bit(start.readAll()).trimmed();
    }
    ~BenchServer()
    {
        const QByteArray stop = "sh '" ATLAS_PG_SERVER_SCRIPT "' stop '" + stateFile.toUtf8() + "'";
        [[maybe_unused]] const int ignored = std::system(stop.constData());
    }
    [[nodiscard]] atlas::PgConnection connection() const
    {
        QFile file(stateFile);
        atlas::PgConnection c;
        c.host = QStringLiteral("127.0.0.1");
        c.database = QStringLiteral("atlas_test");
        c.user = QStringLiteral("planner");
        c.sslMode = QStringLiteral("disable");
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.startsWith("port="))
                    c.port = line.mid(5).toInt();
            }
        }
        return c;
    }
};

void postgisLoad(benchmark::State &state, const char *what)
{
    static BenchServer server; // started on first use, stopped when the run ends
    if (!server.error.isEmpty()) {
        state.SkipWithError(qPrintable(QStringLiteral("no PostGIS server: %1").arg(server.error)));
        return;
    }
    const bool box = QByteArrayView(what) == "box";
    atlas::VectorLoadOptions options;
    options.layerName = QStringLiteral("many_points");
    if (box) {
        options.spatialFilter = atlas::LonLatBox{-101.5, 24.5, -99.0, 26.5};
        options.featureLimit = 50'000;
    }
    const QString source = atlas::withPassword(server.connection().gdalSource(QStringLiteral("public.many_points")),
                                               QStringLiteral("atlas-test-password"));
    size_t features = 0;
    for (auto _ : state) {
        const atlas::VectorLoadResult loaded = atlas::loadVectorLayer(source, options);
        if (!loaded.layer) {
            state.SkipWithError(qPrintable(loaded.error.message + QLatin1Char(' ') + loaded.error.detail));
            return;
        }
        features = loaded.layer->features.size();
    }
    state.counters["features"] = double(features);
}
BENCHMARK_CAPTURE(postgisLoad, table_400k_points, "table")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(postgisLoad, view_box_with_limit, "box")->Unit(benchmark::kMillisecond)->Iterations(5);

BENCHMARK_CAPTURE(render, polygons, "polygons")->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(render, large_polygons, "large")->Args({1920, 1080})->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(render, points_and_polygons, "combined")->Args({3840, 2160})->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(render, default_map, "default")->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK_CAPTURE(render, default_map_cold, "default_cold")->Args({1920, 1080})->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK_CAPTURE(render, default_map_without_context, "default_without_context")->Args({1920, 1080})->Unit(benchmark::kMillisecond)->Iterations(10);

// Collects the runs for report.md next to Google Benchmark's own console output.
class MarkdownReporter : public benchmark::ConsoleReporter
{
public:
    struct Row {
        std::string name;
        double ms;
        double cpuMs; ///< process CPU time, all threads (for the benchmarks that measure it; else the main thread's)
        std::string counters; ///< "load_ms 1849, first_draw_ms 587": what a benchmark measured besides its time
    };
    std::vector<Row> rows;
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            const double toMs = run.time_unit == benchmark::kMillisecond ? 1.0 : 1e-6;
            if (run.skipped)
                continue;
            std::string counters;
            for (const auto &[name, counter] : run.counters) {
                if (name == "peak_rss_MiB" && run.benchmark_name().rfind("tenMillion", 0) != 0)
                    continue; // the process's peak so far: telling only for the run that sets it
                counters += (counters.empty() ? "" : ", ") + name + " " + std::to_string(std::llround(counter.value));
            }
            rows.push_back({run.benchmark_name(), run.GetAdjustedRealTime() * toMs, run.GetAdjustedCPUTime() * toMs,
                            counters});
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

// A 3840x2160 slide of the default map with its legend, written as PNG (the export issue's target: under 1 s).
void exportSlide4k(benchmark::State &state)
{
    static const atlas::DefaultMap map = atlas::DefaultMap::load();
    atlas::ExportRequest request;
    request.map.layers = map.layers;
    request.extent = map.homeExtent;
    request.pixels = QSize(3840, 2160);
    request.title = QStringLiteral("Nearshore Atlas");
    request.path = QDir(g_dataDir).filePath(QStringLiteral("slide-4k.png"));
    for (auto _ : state) {
        if (const atlas::UserError error = atlas::exportMap(request)) {
            state.SkipWithError(qPrintable(error.message));
            return;
        }
    }
}
BENCHMARK(exportSlide4k)->Unit(benchmark::kMillisecond)->Iterations(3);

const atlas::DefaultMap &shippedMap()
{
    static const atlas::DefaultMap map = atlas::DefaultMap::load();
    return map;
}

// The Ciudad Juárez hub slide at 3840x2160 as PNG: framed on its metro, context basemap, fact box (target: under 1 s).
void exportHubSlide4k(benchmark::State &state)
{
    const atlas::DefaultMap &map = shippedMap();
    const atlas::MapLayer *hubs = map.layer(QLatin1StringView(atlas::DefaultMap::hubsLayerId));
    std::optional<atlas::HubView> juarez;
    for (const atlas::HubView &hub : atlas::hubViews(*hubs))
        if (hub.name == QStringLiteral("Ciudad Juárez"))
            juarez = hub;
    if (!juarez) {
        state.SkipWithError("no Ciudad Juárez hub in the shipped data");
        return;
    }
    atlas::ExportRequest base;
    base.map.layers = map.layers;
    base.extent = map.homeExtent;
    base.pixels = QSize(3840, 2160);
    for (auto _ : state) {
        atlas::ExportRequest request = atlas::hubSlide(map, *juarez, base);
        request.title = juarez->name;
        request.path = QDir(g_dataDir).filePath(QStringLiteral("hub-4k.png"));
        if (const atlas::UserError error = atlas::exportMap(request)) {
            state.SkipWithError(qPrintable(error.message));
            return;
        }
    }
}
BENCHMARK(exportHubSlide4k)->Unit(benchmark::kMillisecond)->Iterations(3);

// Every hub's slide at 1920x1080 as PNG plus the multi-page deck.pdf, as `export --all-hubs` writes them (target:
// under 15 s).
void exportHubDeck1080(benchmark::State &state)
{
    const atlas::DefaultMap &map = shippedMap();
    const std::vector<atlas::HubView> hubs = atlas::hubViews(*map.layer(QLatin1StringView(atlas::DefaultMap::hubsLayerId)));
    atlas::ExportRequest base;
    base.map.layers = map.layers;
    base.extent = map.homeExtent;
    base.pixels = QSize(1920, 1080);
    for (auto _ : state) {
        const atlas::DeckResult deck = atlas::exportHubDeck(map, base, {}, hubs, QDir(g_dataDir).filePath(QStringLiteral("deck")), {});
        if (deck.error) {
            state.SkipWithError(qPrintable(deck.error.message));
            return;
        }
    }
    state.counters["slides"] = double(hubs.size());
}
BENCHMARK(exportHubDeck1080)->Unit(benchmark::kMillisecond)->Iterations(1);

// A whole process of the program, as a planner starts it (issue 18's fast start): the window until its first frame
// with the default map (ATLAS_QUIT_AFTER_FIRST_FRAME, startuptiming.h; offscreen, so no display is needed), and a
// command-line export of the default map to PNG. Wall-clock time from the launch to the first frame on screen
// (the window) or to the exit (the export, done when its file is).
void startup(benchmark::State &state, const char *what)
{
    const bool window = QByteArrayView(what) == "window";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (window)
        env.insert(QStringLiteral("ATLAS_QUIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
    const QStringList arguments = window ? QStringList{}
                                         : QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                       QDir(g_dataDir).filePath(QStringLiteral("startup-export.png"))};
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(ATLAS_APP_PATH), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            state.SkipWithError(qPrintable(QStringLiteral("%1 failed: %2").arg(QStringLiteral(ATLAS_APP_PATH),
                                                                              QString::fromLocal8Bit(process.readAll()))));
            return;
        }
        double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (window) {
            // To the first frame on screen, not to the exit (tearing the window down is no part of starting): the
            // program tells when on the monotonic clock, which this process's QElapsedTimer shares.
            static const QRegularExpression monotonic(QStringLiteral("monotonic (\\d+) ms"));
            const QRegularExpressionMatch match = monotonic.match(QString::fromLocal8Bit(process.readAll()));
            if (!match.hasMatch()) {
                state.SkipWithError("the program did not say when its first frame was");
                return;
            }
            seconds = double(match.captured(1).toLongLong() - clock.msecsSinceReference()) / 1e3;
        }
        state.SetIterationTime(seconds);
    }
}
BENCHMARK_CAPTURE(startup, window_first_frame, "window")->Unit(benchmark::kMillisecond)->Iterations(5)->UseManualTime();
BENCHMARK_CAPTURE(startup, cli_export_default_map, "export")->Unit(benchmark::kMillisecond)->Iterations(5)->UseManualTime();

// The targets, by benchmark name prefix, in milliseconds.
const std::map<std::string, double> targets{
    {"render/points/1920/1080", 250},         {"render/polygons/1920/1080", 100},
    {"render/points_and_polygons/3840/2160", 1000}, {"load/points_gpkg", 350}, {"panFrame", 16},
    {"load/points_fgb", 350}, {"exportSlide4k", 1000}, {"exportHubSlide4k", 1000}, {"exportHubDeck1080", 15000},
    {"render/default_map/1920/1080", 30}, {"render/points_hexagons/1920/1080", 150},
    {"render/points_hexagons_by_category/1920/1080", 150}, {"startup/window_first_frame", 350}, {"startup/cli_export_default_map", 400},
};

bool writeReport(const QString &path, const MarkdownReporter &reporter)
{
    QString text = QStringLiteral("# Benchmark report\n\nMachine: %1, %2 cores; Qt %3; GDAL %4.\n\n"
                                  "| benchmark | time (ms) | CPU, all threads (ms) | target (ms) | | measured too |\n"
                                  "| --- | ---: | ---: | ---: | --- | --- |\n")
                       .arg(QSysInfo::prettyProductName())
                       .arg(QThread::idealThreadCount())
                       .arg(QLatin1String(qVersion()), QLatin1String(GDALVersionInfo("RELEASE_NAME")));
    for (const auto &row : reporter.rows) {
        QString target, verdict;
        // With --benchmark_repetitions the spread rows (_stddev, _cv) are no times to hold against a target.
        const bool spread = row.name.ends_with("_stddev") || row.name.ends_with("_cv");
        for (const auto &[prefix, ms] : targets) {
            if (!spread && row.name.rfind(prefix, 0) == 0) {
                target = QString::number(ms);
                verdict = row.ms <= ms ? QStringLiteral("met") : QStringLiteral("**missed**");
            }
        }
        // Only the benchmarks registered with MeasureProcessCPUTime() have an all-threads figure; their names say so.
        const bool allThreads = row.name.find("/process_time") != std::string::npos;
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(QString::fromStdString(row.name))
                    .arg(row.ms, 0, 'f', row.ms < 10 ? 2 : 1)
                    .arg(allThreads ? QString::number(row.cpuMs, 'f', 1) : QString())
                    .arg(target, verdict, QString::fromStdString(row.counters));
    }
    // Issue 14's budget for the context basemap: at most 10 ms on the default map at 1920x1080.
    // With --benchmark_repetitions the median of the runs, else the one run.
    const auto timeOf = [&](const std::string &prefix) -> std::optional<double> {
        std::optional<double> first;
        for (const auto &row : reporter.rows) {
            if (row.name.rfind(prefix, 0) != 0)
                continue;
            if (row.name.size() > 7 && row.name.compare(row.name.size() - 7, 7, "_median") == 0)
                return row.ms;
            if (!first)
                first = row.ms;
        }
        return first;
    };
    const auto with = timeOf("render/default_map/1920/1080"), cold = timeOf("render/default_map_cold/1920/1080");
    const auto without = timeOf("render/default_map_without_context/1920/1080");
    if (with && without) {
        text += QStringLiteral("\nThe context basemap adds %1 ms to the default map at 1920x1080 (target 10 ms: %2)")
                    .arg(*with - *without, 0, 'f', 1)
                    .arg(*with - *without <= 10 ? QStringLiteral("met") : QStringLiteral("**missed**"));
        if (cold)
            text += QStringLiteral("; %1 ms on a cold first render, labels drawn afresh").arg(*cold - *without, 0, 'f', 1);
        text += QStringLiteral(".\n");
    }
    text += QStringLiteral("\nPeak resident memory of the whole run: %1 MiB.\n").arg(peakResidentMiB(), 0, 'f', 0);
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0 && file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // text rendering needs a QGuiApplication, not a screen
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    const QString outDir = qEnvironmentVariable("ATLAS_BENCH_DIR", QDir::currentPath());
    g_dataDir = QDir(outDir).filePath(QStringLiteral("data"));
    if (const QString error = atlas::bench::ensureDatasets(g_dataDir); !error.isEmpty()) {
        std::fprintf(stderr, "bench: could not generate the datasets: %s\n", qPrintable(error));
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    MarkdownReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const QString report = QDir(outDir).filePath(QStringLiteral("report.md"));
    if (!writeReport(report, reporter)) {
        std::fprintf(stderr, "bench: could not write %s\n", qPrintable(report));
        return 1;
    }
    std::printf("report: %s\n", qPrintable(report));
    return 0;
}
