// SPDX-License-Identifier: GPL-3.0-or-later
// Large point layers drawn as hexagonal bins at small scales (LayerStyle::aggregation, render/hexbins.h).
#include "hexbins.h"
#include "legend.h"
#include "maprenderer.h"
#include "stylejson.h"

#include <QMap>
#include <QTest>

using namespace atlas;

namespace {

// `n` points at each of the given places (longitude, latitude), category "a" for the first place, "b" after.
MapLayer pointLayer(const std::vector<std::pair<QPointF, int>> &places)
{
    VectorLayerBuilder builder({{QStringLiteral("category"), Column::Type::Text}});
    qint64 fid = 0;
    for (size_t i = 0; i < places.size(); ++i) {
        const QPointF at = webmercator::fromLonLat(places[i].first.x(), places[i].first.y());
        for (int k = 0; k < places[i].second; ++k) {
            builder.beginFeature(fid++);
            builder.addPart(GeometryKind::Point, std::span<const QPointF>(&at, 1));
            builder.setValue(0, i == 0 ? QStringLiteral("a") : QStringLiteral("b"));
            builder.endFeature();
        }
    }
    LayerStyle style;
    style.fill = QColor(0xd9, 0x5f, 0x02);
    style.strokeWidthPx = 0;
    style.pointSizePx = 8;
    style.aggregation.enabled = true;
    return {QStringLiteral("sites"), QStringLiteral("Sites"), builder.finish(), style, true};
}

MapSettings view(const MapLayer &layer, double lon, double lat, double zoom)
{
    MapSettings settings;
    settings.camera.centerLon = lon;
    settings.camera.centerLat = lat;
    settings.camera.zoom = zoom;
    settings.camera.size = QSizeF(400, 300);
    settings.layers = {layer};
    settings.drawLabels = false;
    settings.background = Qt::white;
    return settings;
}

// Counts by absolute cell (row, column of the world's grid).
QMap<std::pair<int, int>, uint32_t> cellsOf(const HexBinning &bins)
{
    QMap<std::pair<int, int>, uint32_t> cells;
    for (int r = 0; r < bins.rows; ++r) {
        for (int c = 0; c < bins.columns; ++c) {
            if (const uint32_t n = bins.counts[size_t(r) * size_t(bins.columns) + size_t(c)])
                cells.insert({bins.firstRow + r, bins.firstColumn + c}, n);
        }
    }
    return cells;
}

std::vector<int> allRows(const MapLayer &layer)
{
    std::vector<int> rows(layer.data->features.size());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

} // namespace

class TestHexbins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEveryPointOnceInItsCell()
    {
        const MapLayer layer = pointLayer({{{-100.3, 25.7}, 1000}, {{-103.35, 20.67}, 10}, {{-106.4, 31.7}, 1}});
        const MapCamera camera = view(layer, -103, 25, 5).camera;
        const HexBinning bins = binPoints(layer, camera.mercatorToScreen(), allRows(layer),
                                          QRectF(QPointF(0, 0), camera.size), nullptr);
        const auto cells = cellsOf(bins);
        QCOMPARE(cells.size(), 3);
        QList<uint32_t> counts = cells.values();
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts, (QList<uint32_t>{1, 10, 1000}));
        // The cell's hexagon holds its points: Monterrey's 1,000 are inside the hexagon of the fullest cell.
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            if (it.value() != 1000)
                continue;
            const QPolygonF hexagon = bins.hexagon(it.key().first - bins.firstRow, it.key().second - bins.firstColumn);
            const QPointF monterrey = camera.mercatorToScreen().map(webmercator::fromLonLat(-100.3, 25.7));
            QVERIFY(hexagon.containsPoint(monterrey, Qt::OddEvenFill));
        }
    }

    void theGridHoldsStillWhileThePlannerPans()
    {
        const MapLayer layer = pointLayer({{{-100.3, 25.7}, 50}, {{-100.9, 25.4}, 7}, {{-99.8, 26.1}, 3}});
        const MapCamera camera = view(layer, -100.4, 25.7, 7).camera;
        const QTransform a = camera.mercatorToScreen();
        const QTransform b = a * QTransform::fromTranslate(37.3, -12.1); // panned by a fraction of a cell
        const QRectF target(QPointF(0, 0), camera.size);
        QCOMPARE(cellsOf(binPoints(layer, a, allRows(layer), target, nullptr)),
                 cellsOf(binPoints(layer, b, allRows(layer), target, nullptr)));
    }

    void hexagonsAtSmallScalesSymbolsCloserIn()
    {
        const MapLayer layer = pointLayer({{{-100.3, 25.7}, 1000}});
        const QColor thousands = hexClassColour(hexCountClass(1000)); // the 1,000–9,999 class
        QCOMPARE(hexCountClass(1000), 3);
        const QImage far = MapRenderer::renderImage(view(layer, -100.3, 25.7, 5));
        QCOMPARE(far.pixelColor(200, 150).rgb(), thousands.rgb());
        const QImage near = MapRenderer::renderImage(view(layer, -100.3, 25.7, layer.style.aggregation.belowZoom));
        QCOMPARE(near.pixelColor(200, 150).rgb(), layer.style.fill.rgb());
    }

    void categorizedHexagonsShowTheMostFrequentCategory()
    {
        // 30 of "a" and 5 of "b" at one place: the hexagon takes a's colour.
        MapLayer layer = pointLayer({{{-100.3, 25.7}, 30}, {{-100.3, 25.7}, 5}});
        layer.style.kind = LayerStyle::Kind::Categorized;
        layer.style.field = QStringLiteral("category");
        layer.style.categories = {{QStringLiteral("a"), QColor(0x1b, 0x9e, 0x77), QStringLiteral("a")},
                                  {QStringLiteral("b"), QColor(0x75, 0x70, 0xb3), QStringLiteral("b")}};
        const MapCamera camera = view(layer, -100.3, 25.7, 5).camera;
        const HexBinning bins = binPoints(layer, camera.mercatorToScreen(), allRows(layer),
                                          QRectF(QPointF(0, 0), camera.size), nullptr);
        int cells = 0;
        for (size_t i = 0; i < bins.counts.size(); ++i) {
            if (bins.counts[i] == 0)
                continue;
            ++cells;
            QCOMPARE(bins.counts[i], 35u);
            QCOMPARE(bins.categoryColours[size_t(bins.dominant[i])], QColor(0x1b, 0x9e, 0x77));
        }
        QCOMPARE(cells, 1);
    }

    void theLegendExplainsTheHexagons()
    {
        const MapLayer layer = pointLayer({{{-100.3, 25.7}, 1}});
        const std::vector<Legend> legends = legendsFor(layer.style, QStringLiteral("Establishments"),
                                                       GeometryKind::Point, {}, QLocale(QLocale::English));
        QVERIFY(!legends.empty());
        const Legend &hexagons = legends.front();
        QCOMPARE(hexagons.title, QStringLiteral("Establishments"));
        QVERIFY(hexagons.subtitle.contains(QLatin1String("per hexagon")));
        QStringList labels;
        for (const LegendItem &item : hexagons.items)
            labels << item.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("1–9"), QStringLiteral("10–99"), QStringLiteral("100–999"),
                                      QStringLiteral("1,000–9,999"), QStringLiteral("10,000 or more")}));
        QCOMPARE(hexagons.items[3].fill, hexClassColour(3));
    }

    void theStyleKeepsItsAggregation()
    {
        LayerStyle style;
        style.aggregation = {true, 9, 30};
        LayerStyle back;
        QString error;
        QVERIFY2(styleFromJson(styleToJson(style), &back, &error), qPrintable(error));
        QCOMPARE(back.aggregation, style.aggregation);
        QVERIFY(!styleFromJson(QJsonObject{{QStringLiteral("aggregation"), QJsonObject{{QStringLiteral("cellPx"), 1}}}},
                               &back, &error));
    }
};

QTEST_MAIN(TestHexbins)
#include "tst_hexbins.moc"
