// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"
#include "maprenderer.h"
#include "renderjob.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace atlas;

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

// Pixels whose channels differ by more than `tolerance`; writes a diff image (red where different) when asked.
int differingPixels(const QImage &a, const QImage &b, int tolerance, QImage *diff = nullptr)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (diff) {
        *diff = x.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_ARGB32);
    }
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col])), std::abs(qAlpha(p[col]) - qAlpha(q[col]))});
            if (d > tolerance) {
                ++count;
                if (diff)
                    diff->setPixel(col, row, qRgb(255, 0, 0));
            }
        }
    }
    return count;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
        VectorLayerBuilder builder({});
        for (int i = 0; i < 400'000; ++i) {
            builder.beginFeature(i);
            const QPointF p(-11e6 + (i % 1000) * 500.0, 2.5e6 + (i / 1000) * 500.0);
            builder.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
            builder.endFeature();
        }
        MapSettings settings = sceneSettings(QSize(1200, 800));
        settings.layers = {{QStringLiteral("many"), QStringLiteral("Many"), builder.finish(), LayerStyle(), true}};
        RenderJob job(settings);
        QSignalSpy finished(&job, &RenderJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(job.result().cancelled);
        QVERIFY(job.result().image.isNull());
    }

    void destroyingARunningJobIsSafe()
    {
        auto job = std::make_unique<RenderJob>(sceneSettings(QSize(800, 600)));
        job->start();
        job.reset(); // cancels and waits for the workers
        QVERIFY(true);
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
