// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"
#include "featurepainter.h"
#include "identify.h"
#include "pointdisplacement.h"
#include "imagecompare.h"
#include "maprenderer.h"
#include "renderjob.h"
#include "slicequeue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <mutex>
#include <random>
#include <set>
#include <stdexcept>

using namespace atlas;
using atlas::test::differingPixels;

// Values a style's category may hold that cannot be turned into text: the conversion (QMetaType's converter,
// registered in initTestCase) throws, as any accessor the renderer calls might. One throws a std::exception, the
// other something else.
struct Unprintable {
};
struct Unspeakable {
};
Q_DECLARE_METATYPE(Unprintable)
Q_DECLARE_METATYPE(Unspeakable)

namespace {

// A small scene with every geometry kind and style kind, built in memory (no file, no font-dependent labels).
std::vector<MapLayer> scene()
{
    VectorLayerBuilder polygons({{QStringLiteral("value"), Column::Type::Real}});
    for (int i = 0; i < 4; ++i) {
        polygons.beginFeature(i);
        const double x = -11.5e6 + i * 250e3, y = 2.5e6;
        const std::vector<QPointF> ring{{x, y}, {x + 240e3, y}, {x + 240e3, y + 300e3}, {x, y + 300e3}, {x, y}};
        polygons.addPart(GeometryKind::Polygon, ring);
        if (i == 1) { // a hole
            const std::vector<QPointF> hole{{x + 60e3, y + 60e3}, {x + 180e3, y + 60e3}, {x + 180e3, y + 240e3},
                                            {x + 60e3, y + 240e3}, {x + 60e3, y + 60e3}};
            polygons.addPart(GeometryKind::Polygon, hole);
        }
        if (i != 3) // the last one has no value: "no data" grey
            polygons.setNumber(0, i * 10.0);
        polygons.endFeature();
    }
    auto polygonData = polygons.finish();

    VectorLayerBuilder points({{QStringLiteral("company"), Column::Type::Text}, {QStringLiteral("usd"), Column::Type::Real}});
    const char *companies[] = {"Foxconn", "Wistron", "Quanta"};
    for (int i = 0; i < 9; ++i) {
        points.beginFeature(i);
        const QPointF p(-11.45e6 + (i % 3) * 330e3, 2.6e6 + (i / 3) * 90e3);
        points.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
        points.setValue(0, QString::fromLatin1(companies[i % 3]));
        points.setNumber(1, (i + 1) * 1e8);
        points.endFeature();
    }
    auto pointData = points.finish();

    VectorLayerBuilder lines({});
    lines.beginFeature(0);
    const std::vector<QPointF> line{{-11.6e6, 2.45e6}, {-10.6e6, 2.85e6}, {-10.4e6, 2.5e6}};
    lines.addPart(GeometryKind::Line, line);
    lines.endFeature();
    auto lineData = lines.finish();

    LayerStyle graduated = LayerStyle::graduated(*polygonData, QStringLiteral("value"), ClassificationMethod::EqualInterval, 3);
    LayerStyle categorized = LayerStyle::categorized(*pointData, QStringLiteral("company"), QStringLiteral("Dark2"));
    categorized.pointSizePx = 9;
    LayerStyle proportional = LayerStyle::proportional(*pointData, QStringLiteral("usd"), 30);
    proportional.opacity = 0.6;
    LayerStyle lineStyle;
    lineStyle.fill = QColor(0x1f, 0x78, 0xb4);
    lineStyle.strokeWidthPx = 2;
    return {{QStringLiteral("polygons"), QStringLiteral("Polygons"), polygonData, graduated, true},
            {QStringLiteral("line"), QStringLiteral("Line"), lineData, lineStyle, true},
            {QStringLiteral("sizes"), QStringLiteral("Sizes"), pointData, proportional, true},
            {QStringLiteral("companies"), QStringLiteral("Companies"), pointData, categorized, true}};
}

MapSettings sceneSettings(QSize size)
{
    MapSettings settings;
    settings.camera = MapCamera::fitting({-104.5, 21.5, -93, 27}, QSizeF(size), 10);
    settings.layers = scene();
    settings.drawLabels = false;
    return settings;
}

MapCamera camera(double lon, double lat, double zoom, QSizeF size)
{
    MapCamera c;
    c.centerLon = lon;
    c.centerLat = lat;
    c.zoom = zoom;
    c.size = size;
    return c;
}

// Points where the scene's polygons are, in a layer whose drawing throws: its categorized style holds a value that
// cannot become text (see Unprintable), and drawing a categorized layer turns every category's value into text.
MapLayer throwingLayer(const QVariant &unprintable)
{
    VectorLayerBuilder points({{QStringLiteral("company"), Column::Type::Text}});
    for (int i = 0; i < 6; ++i) {
        points.beginFeature(i);
        const QPointF p(-11.4e6 + i * 150e3, 2.65e6);
        points.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
        points.setValue(0, QStringLiteral("Foxconn"));
        points.endFeature();
    }
    auto data = points.finish();
    LayerStyle style = LayerStyle::categorized(*data, QStringLiteral("company"), QStringLiteral("Dark2"));
    style.pointSizePx = 12;
    style.categories.append({unprintable, QColor(Qt::magenta), QStringLiteral("?")});
    return {QStringLiteral("faulty"), QStringLiteral("Faulty sites"), data, style, true};
}

// Many points: a render long enough to be stopped half way.
std::shared_ptr<const VectorLayer> manyPoints(int count)
{
    VectorLayerBuilder builder({});
    for (int i = 0; i < count; ++i) {
        builder.beginFeature(i);
        const QPointF p(-11e6 + (i % 1000) * 500.0, 2.5e6 + (i / 1000) * 500.0);
        builder.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
        builder.endFeature();
    }
    return builder.finish();
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QMetaType::registerConverter<Unprintable, QString>([](const Unprintable &) -> QString {
            throw std::runtime_error("no text for this value");
        });
        QMetaType::registerConverter<Unspeakable, QString>([](const Unspeakable &) -> QString { throw 42; });
    }

    // A site spread away from a shared city point is found where it is drawn, and every site at the true point;
    // at country scale the group collapses, and its count symbol finds all its members.
    void identifyFindsDisplacedSitesWhereTheyAreDrawn()
    {
        const DefaultMap map = DefaultMap::load();
        const MapLayer *sites = map.layer(QLatin1StringView(DefaultMap::facilitiesLayerId));
        QVERIFY(sites && sites->style.displacement.enabled);
        const std::vector<MapLayer> layers{*sites};
        MapCamera view;
        view.centerLon = -106.45;
        view.centerLat = 31.72;
        view.size = QSizeF(1200, 800);
        for (const double zoom : {10.0, 4.5}) {
            view.zoom = zoom;
            const QTransform toScreen = view.mercatorToScreen();
            const PointLayout layout = layoutLayerPoints(*sites, toScreen, drawOrder(*sites, view.visibleMercatorBounds(), view.zoom));
            // The sites that still share the Ciudad Juárez city point (those placed at their plant have left it):
            // the largest group in view.
            const auto juarez = std::max_element(layout.groups.begin(), layout.groups.end(),
                                                 [](const PointGroup &a, const PointGroup &b) {
                                                     return a.members.size() < b.members.size();
                                                 });
            QVERIFY(juarez != layout.groups.end() && juarez->members.size() >= 5);
            QCOMPARE(juarez->collapsed, zoom < 6); // spread at city scale, a count at country scale
            const QTransform toMercator = toScreen.inverted();
            const double tolerance = 3 / view.pixelsPerMeter();
            const auto rows = [&](QPointF screen) {
                std::set<int> found;
                for (const IdentifyHit &hit : identifyAt(layers, toMercator.map(screen), tolerance, zoom))
                    found.insert(hit.featureIndex);
                return found;
            };
            std::set<int> members;
            for (const int m : juarez->members)
                members.insert(layout.symbols[size_t(m)].feature);
            const QPointF truePlace = layout.symbols[size_t(juarez->members.front())].truePlace;
            const std::set<int> atTruePlace = rows(truePlace); // they share the city's point
            QVERIFY(std::includes(atTruePlace.begin(), atTruePlace.end(), members.begin(), members.end()));
            if (juarez->collapsed) {
                const std::set<int> atCount = rows(juarez->countAt);
                QVERIFY(std::includes(atCount.begin(), atCount.end(), members.begin(), members.end()));
                continue;
            }
            for (const int m : juarez->members) {
                const PlacedSymbol &s = layout.symbols[size_t(m)];
                QVERIFY(rows(s.drawnAt).contains(s.feature));
                QVERIFY(rows(s.truePlace).contains(s.feature));
            }
        }
    }

    // The scene against its reviewed expected image (tests/data/golden). On a mismatch the actual image and a diff
    // (red = different) are written next to the test binary. ATLAS_UPDATE_GOLDEN=1 rewrites the expected image.
    void matchesTheGoldenImage()
    {
        const QImage actual = MapRenderer::renderImage(sceneSettings(QSize(480, 320)));
        const QString golden = QStringLiteral(ATLAS_GOLDEN_DIR "/scene.png");
        if (qEnvironmentVariableIntValue("ATLAS_UPDATE_GOLDEN")) {
            QVERIFY(actual.save(golden));
            QSKIP("golden image rewritten");
        }
        const QImage expected(golden);
        QVERIFY2(!expected.isNull(), "missing tests/data/golden/scene.png; run with ATLAS_UPDATE_GOLDEN=1 and review it");
        QImage diff;
        const int different = differingPixels(actual, expected, 8, &diff);
        if (different > 30) { // antialiasing may move a few edge pixels between Qt builds, no more
            actual.save(QDir::current().filePath(QStringLiteral("scene.actual.png")));
            diff.save(QDir::current().filePath(QStringLiteral("scene.diff.png")));
            QFAIL(qPrintable(QStringLiteral("%1 pixels differ; see scene.actual.png and scene.diff.png in %2")
                                 .arg(different)
                                 .arg(QDir::currentPath())));
        }
    }

    // The vector path (one painter, as for PDF/SVG) and the parallel raster path draw the same map.
    void parallelAndSequentialAgree()
    {
        const MapSettings settings = sceneSettings(QSize(480, 320));
        QImage sequential(QSize(480, 320), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&sequential);
        QVERIFY(MapRenderer::render(painter, settings));
        painter.end();
        const QImage parallel = MapRenderer::renderImage(settings);
        QVERIFY(differingPixels(sequential, parallel, 3) < 20);
    }

    // A big layer is drawn in slices on several threads; the result must not visibly depend on the slicing.
    void slicedLayerLooksLikeOneLayer()
    {
        VectorLayerBuilder builder({});
        std::mt19937 random(1);
        std::uniform_real_distribution<double> x(-11.6e6, -10.4e6), y(2.45e6, 3.0e6);
        for (int i = 0; i < 120'000; ++i) {
            builder.beginFeature(i);
            const QPointF p(x(random), y(random));
            builder.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
            builder.endFeature();
        }
        MapSettings settings = sceneSettings(QSize(400, 300));
        LayerStyle dots;
        dots.pointSizePx = 3;
        dots.strokeWidthPx = 0;
        dots.fill = QColor(0x44, 0x44, 0x44);
        settings.layers = {{QStringLiteral("dots"), QStringLiteral("Dots"), builder.finish(), dots, true}};
        QImage sequential(QSize(400, 300), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&sequential);
        QVERIFY(MapRenderer::render(painter, settings));
        painter.end();
        // Each slice skips symbols repeated on one pixel by itself, so where two slices both hit a pixel its
        // antialiased edge is blended twice: a faint difference on well under 1 % of the pixels, nothing visible.
        const QImage parallel = MapRenderer::renderImage(settings);
        QVERIFY(differingPixels(sequential, parallel, 3) < 400 * 300 / 100);
        QVERIFY(differingPixels(sequential, parallel, 60) < 400 * 300 / 1000);
    }

    void jobReportsALayerErrorAndDrawsTheRest()
    {
        MapSettings settings = sceneSettings(QSize(300, 200));
        settings.layers.push_back({QStringLiteral("broken"), QStringLiteral("Broken layer"), nullptr, LayerStyle(), true});
        RenderJob job(settings);
        QSignalSpy failed(&job, &RenderJob::layerFailed);
        QSignalSpy finished(&job, &RenderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("broken"));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("Broken layer")));
        QVERIFY(!job.result().image.isNull()); // the other layers are drawn
        QVERIFY(!job.result().cancelled);
    }

    void cancelledJobGivesNoImage()
    {
        MapSettings settings = sceneSettings(QSize(1200, 800));
        settings.layers = {{QStringLiteral("many"), QStringLiteral("Many"), manyPoints(400'000), LayerStyle(), true}};
        RenderJob job(settings);
        QSignalSpy finished(&job, &RenderJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(job.result().cancelled);
        QVERIFY(job.result().image.isNull());
    }

    // Destroying a job that is still drawing cancels it and waits for its workers: when the destructor returns no
    // worker holds the layers' data any more (one left running would hold its copy of the settings), it returns
    // long before the render would have finished, and finished() never arrives.
    void destroyingARunningJobStopsAndWaitsForItsWorkers()
    {
        const std::shared_ptr<const VectorLayer> data = manyPoints(1'000'000);
        MapSettings settings = sceneSettings(QSize(1600, 1000));
        settings.layers = {{QStringLiteral("many"), QStringLiteral("Many"), data, LayerStyle(), true}};
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!MapRenderer::renderImage(settings).isNull());
        const qint64 wholeRender = clock.elapsed();

        QObject receiver;
        int finishedCount = 0;
        auto job = std::make_unique<RenderJob>(std::move(settings));
        connect(job.get(), &RenderJob::finished, &receiver, [&] { ++finishedCount; });
        job->start();
        QVERIFY(data.use_count() > 2); // the job's settings and the worker's copy
        clock.restart();
        job.reset();
        const qint64 destroying = clock.elapsed();
        QCOMPARE(data.use_count(), 1);
        const QString times = QStringLiteral("destroying the job took %1 ms, a whole render %2 ms");
        QVERIFY2(destroying < wholeRender / 2, qPrintable(times.arg(destroying).arg(wholeRender)));
        QTest::qWait(50); // a finished() queued by the worker would be delivered now
        QCOMPARE(finishedCount, 0);
    }

    // The QGIS contract: each layer draws in its own try/catch. A layer whose drawing throws (here from a style
    // accessor: one of its categories cannot become text) is reported by name, with the exception as the detail, and
    // every other layer is drawn exactly as without it, on the parallel (screen, PNG) and the sequential (PDF, SVG)
    // path. In this small scene all layers share one slice, so the fault is contained per layer, not per slice.
    void aLayerThatThrowsIsReportedAndTheOthersAreDrawn_data()
    {
        QTest::addColumn<QVariant>("unprintable");
        QTest::addColumn<QString>("detail");
        QTest::newRow("std::exception") << QVariant::fromValue(Unprintable{})
                                        << QStringLiteral("no text for this value");
        QTest::newRow("anything else") << QVariant::fromValue(Unspeakable{}) << QStringLiteral("not a std::exception");
    }

    void aLayerThatThrowsIsReportedAndTheOthersAreDrawn()
    {
        QFETCH(QVariant, unprintable);
        QFETCH(QString, detail);
        const MapSettings intact = sceneSettings(QSize(480, 320));
        MapSettings faulty = intact;
        faulty.layers.insert(faulty.layers.begin() + 2, throwingLayer(unprintable));
        auto checkError = [&](const QList<LayerError> &errors) {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().layerId, QStringLiteral("faulty"));
            QVERIFY2(errors.first().error.message.contains(QStringLiteral("“Faulty sites”")),
                     qPrintable(errors.first().error.message));
            QVERIFY2(errors.first().error.detail.contains(detail), qPrintable(errors.first().error.detail));
            QVERIFY(!errors.first().error.message.contains(detail)); // the technical detail stays apart
        };

        const RenderResult parallel = MapRenderer::renderParallel(faulty);
        checkError(parallel.errors);
        QVERIFY(parallel.failure.message.isEmpty());
        QCOMPARE(differingPixels(parallel.image, MapRenderer::renderImage(intact), 0), 0);

        auto drawSequential = [](const MapSettings &settings, QList<LayerError> *errors) {
            QImage image(QSize(480, 320), QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            const bool complete = MapRenderer::render(painter, settings, nullptr, errors);
            painter.end();
            return complete ? image : QImage();
        };
        QList<LayerError> sequentialErrors;
        const QImage sequential = drawSequential(faulty, &sequentialErrors);
        QVERIFY(!sequential.isNull());
        checkError(sequentialErrors);
        QCOMPARE(differingPixels(sequential, drawSequential(intact, nullptr), 0), 0);

        RenderJob job(faulty);
        QSignalSpy failed(&job, &RenderJob::layerFailed);
        QSignalSpy finished(&job, &RenderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("faulty"));
        QVERIFY(failed.first().at(2).toString().contains(detail));
        QVERIFY(!job.result().image.isNull());
    }

    // A layer that throws while its labels are collected keeps the other layers' labels.
    void aLayerWhoseLabelsThrowKeepsTheOthersLabels()
    {
        MapSettings settings = sceneSettings(QSize(480, 320));
        settings.drawLabels = true;
        settings.layers[3].style.labelField = QStringLiteral("company");
        const QImage intact = MapRenderer::renderImage(settings);
        MapLayer faulty = throwingLayer(QVariant::fromValue(Unprintable{}));
        faulty.style.labelField = QStringLiteral("company");
        faulty.visible = true;
        settings.layers.push_back(faulty);
        const RenderResult result = MapRenderer::renderParallel(settings);
        QCOMPARE(result.errors.size(), 1); // drawing and labelling failed: reported once
        QCOMPARE(result.errors.first().layerId, QStringLiteral("faulty"));
        QCOMPARE(differingPixels(result.image, intact, 0), 0);
    }

    // Natural Earth's min_zoom decides when a town is named: Hidalgo del Parral (min_zoom 7) at hub scale, not at
    // country scale. Every other name is excluded so that only this one label can make the difference.
    void aTownIsNamedOnlyFromItsMinimumZoom()
    {
        const DefaultMap map = DefaultMap::load();
        const MapLayer *places = map.layer(QLatin1StringView("places"));
        QVERIFY(places);
        MapLayer town = *places;
        const int name = town.data->fieldIndex(QStringLiteral("name"));
        for (const Feature &f : town.data->features) {
            const QString text = town.data->value(f, name).toString();
            if (text != QLatin1String("Hidalgo del Parral"))
                town.style.labelExcluded.append(text);
        }
        QCOMPARE(town.style.labelExcluded.size(), qsizetype(town.data->features.size() - 1));
        town.style.markerWithLabel = false; // the other towns' dots stay, so that only the name makes a difference
        auto labelPixels = [&](double zoom) {
            MapSettings settings;
            settings.camera = camera(-105.66664, 26.93335, zoom, QSizeF(400, 200));
            settings.layers = {town};
            const QImage labelled = MapRenderer::renderImage(settings);
            settings.drawLabels = false;
            return differingPixels(labelled, MapRenderer::renderImage(settings), 0);
        };
        QVERIFY(labelPixels(9) > 50);
        QCOMPARE(labelPixels(6.9), 0);
        QCOMPARE(labelPixels(5), 0);
    }

    // A town's dot goes with its name (LayerStyle::markerWithLabel): where no name is placed, no dot is drawn;
    // without labels (the locator inset) every dot is.
    void aTownsDotIsDrawnOnlyWithItsName()
    {
        const DefaultMap map = DefaultMap::load();
        const MapLayer *places = map.layer(QLatin1StringView("places"));
        QVERIFY(places && places->style.markerWithLabel);
        MapLayer towns = *places;
        const int name = towns.data->fieldIndex(QStringLiteral("name"));
        for (const Feature &f : towns.data->features)
            towns.style.labelExcluded.append(towns.data->value(f, name).toString()); // no name is placed
        auto render = [&](bool withLabel, bool labels) {
            MapSettings settings;
            settings.camera = camera(-105.66664, 26.93335, 9, QSizeF(400, 200)); // Hidalgo del Parral
            settings.layers = {towns};
            settings.layers.front().style.markerWithLabel = withLabel;
            settings.drawLabels = labels;
            return MapRenderer::renderImage(settings);
        };
        MapSettings empty;
        empty.camera = camera(-105.66664, 26.93335, 9, QSizeF(400, 200));
        const QImage background = MapRenderer::renderImage(empty);
        QCOMPARE(differingPixels(render(true, true), background, 0), 0);
        QVERIFY(differingPixels(render(false, true), background, 0) > 10);
        QVERIFY(differingPixels(render(true, false), background, 0) > 10);
        towns.style.labelExcluded.clear(); // now Parral is named, and its dot drawn beside its name
        QVERIFY(differingPixels(render(true, true), render(true, false), 0) > 50);
    }

    // The ports of entry are named at hub scale (zoom 8 and more) only; their symbols show at every zoom.
    void portsOfEntryAreNamedAtHubScale()
    {
        const DefaultMap map = DefaultMap::load();
        const MapLayer *ports = map.layer(QLatin1StringView(DefaultMap::portsLayerId));
        QVERIFY(ports);
        auto render = [&](double zoom, bool labels) {
            MapSettings settings;
            settings.camera = camera(-106.45, 31.75, zoom, QSizeF(400, 300)); // El Paso
            settings.layers = {*ports};
            settings.drawLabels = labels;
            return MapRenderer::renderImage(settings);
        };
        QVERIFY(differingPixels(render(9, true), render(9, false), 0) > 50);
        QCOMPARE(differingPixels(render(6, true), render(6, false), 0), 0);
    }

    // A layer below its minimum zoom draws nothing, and its features are not even looked up.
    void aLayerBelowItsMinimumZoomDrawsNothing()
    {
        MapSettings settings = sceneSettings(QSize(480, 320));
        const QImage all = MapRenderer::renderImage(settings);
        settings.layers[1].style.minZoom = settings.camera.zoom + 1; // the line
        const QImage withoutLine = MapRenderer::renderImage(settings);
        QVERIFY(differingPixels(all, withoutLine, 0) > 0);
        settings.layers.erase(settings.layers.begin() + 1);
        QCOMPARE(differingPixels(MapRenderer::renderImage(settings), withoutLine, 0), 0);
    }

    // Slices are composed in order, however many there are, and a render never holds more slice images than it was
    // allowed: composed images are drawn into again.
    void slicesAreComposedInOrderIntoFewImages()
    {
        const MapLayer layer = sceneSettings(QSize(10, 10)).layers.front();
        std::vector<Slice> slices(12);
        for (size_t i = 0; i < slices.size(); ++i)
            slices[i].parts.push_back({&layer, {int(i)}});
        std::mutex mutex;
        std::set<const uchar *> buffers;
        const SliceDrawing draw = [&](QPainter &painter, const Slice &slice, QList<LayerError> &) {
            {
                const std::lock_guard lock(mutex);
                buffers.insert(static_cast<QImage *>(painter.device())->constBits());
            }
            QThread::msleep(slice.parts.front().order.front() % 3 == 0 ? 20 : 1); // finish out of order
            painter.fillRect(QRect(0, 0, 1, 1), QColor(slice.parts.front().order.front(), 0, 0));
        };
        std::vector<int> composed;
        const SliceComposing compose = [&](const QImage &image, const QList<LayerError> &) {
            composed.push_back(qRed(image.pixel(0, 0)));
        };
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        bool started = false;
        drawSlicesInOrder(slices, SliceFrame{QSize(16, 4), 1.0}, pool, 3, draw, [&] { started = composed.empty(); },
                          compose, nullptr);
        QVERIFY(started); // before the first slice was composed
        QCOMPARE(composed, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QVERIFY2(buffers.size() <= 3, qPrintable(QString::number(buffers.size())));
    }

    // One slice image per thread and one queued, within about 512 MiB (never fewer than two): a 4K frame at device
    // pixel ratio 2 is 133 MB.
    void sliceImagesInFlightFitTheMemoryBudget()
    {
        const qint64 fullHd = 1920 * 1080 * 4, uhdRetina = qint64(7680) * 4320 * 4;
        QCOMPARE(sliceImagesInFlight(2, fullHd), 3);
        QCOMPARE(sliceImagesInFlight(16, fullHd), 17);
        QCOMPARE(sliceImagesInFlight(2, uhdRetina), 3);
        QCOMPARE(sliceImagesInFlight(16, uhdRetina), 4);
        QCOMPARE(sliceImagesInFlight(16, qint64(32767) * 32767 * 4), 2);
        QCOMPARE(sliceImagesInFlight(1, fullHd), 2);
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
