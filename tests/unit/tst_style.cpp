// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorbrewer.h"
#include "layerstyle.h"
#include "legend.h"
#include "stylejson.h"
#include "vectorlayer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace atlas;

namespace {
// Points with a numeric "value" (one missing) and a text "company".
std::shared_ptr<VectorLayer> sampleLayer(int extraValues = 0)
{
    VectorLayerBuilder builder({{QStringLiteral("value"), Column::Type::Real}, {QStringLiteral("company"), Column::Type::Text}});
    QVariantList values{10.0, 20.0, 40.0, 80.0, 160.0, QVariant()};
    QStringList companies{QStringLiteral("Foxconn"), QStringLiteral("Wistron"), QStringLiteral("Foxconn"),
                          QStringLiteral("Quanta"), QStringLiteral("Pegatron"), QStringLiteral("Compal")};
    for (int i = 0; i < extraValues; ++i) {
        values.append(double(i * 7 + 1));
        companies.append(QStringLiteral("Foxconn"));
    }
    for (int i = 0; i < values.size(); ++i) {
        builder.beginFeature(i);
        const QPointF at(i * 1000.0, 0);
        builder.addPart(GeometryKind::Point, std::span<const QPointF>(&at, 1));
        builder.setValue(0, values.at(i));
        builder.setValue(1, companies.at(i));
        builder.endFeature();
    }
    return builder.finish();
}
} // namespace

class TestStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void colorBrewerTablesAreComplete()
    {
        QCOMPARE(colorbrewer::scheme(QStringLiteral("YlOrRd"), 5),
                 (QList<QColor>{QColor(0xffffb2), QColor(0xfecc5c), QColor(0xfd8d3c), QColor(0xf03b20), QColor(0xbd0026)}));
        QCOMPARE(colorbrewer::maxClasses(QStringLiteral("YlOrRd")), 9);
        QCOMPARE(colorbrewer::maxClasses(QStringLiteral("Set3")), 12);
        QVERIFY(colorbrewer::isColourblindSafe(QString::fromLatin1(colorbrewer::defaultSequential)));
        QVERIFY(!colorbrewer::isColourblindSafe(QStringLiteral("Spectral")));
        QCOMPARE(colorbrewer::kind(QStringLiteral("RdBu")), colorbrewer::Kind::Diverging);
        QVERIFY(colorbrewer::scheme(QStringLiteral("YlOrRd"), 12).isEmpty()); // not published
        QVERIFY(colorbrewer::scheme(QStringLiteral("NoSuchRamp"), 5).isEmpty());
    }

    void graduatedColoursByClassAndMissingIsNoData()
    {
        const auto sample = sampleLayer();
        const VectorLayer &layer = *sample;
        const LayerStyle style = LayerStyle::graduated(layer, QStringLiteral("value"), ClassificationMethod::Manual, 0);
        QCOMPARE(style.classification.classCount(), 0); // manual with no breaks: nothing classified yet

        LayerStyle eq = LayerStyle::graduated(layer, QStringLiteral("value"), ClassificationMethod::EqualInterval, 3);
        QCOMPARE(eq.classification.classCount(), 3);
        QCOMPARE(eq.classColours.size(), 3);
        const SymbolEvaluator symbols(eq, layer);
        QCOMPARE(symbols.fill(layer.features[0]), eq.classColours[0]); // 10 in [10, 60]
        QCOMPARE(symbols.fill(layer.features[3]), eq.classColours[1]); // 80 in (60, 110]
        QCOMPARE(symbols.fill(layer.features[4]), eq.classColours[2]); // 160 in (110, 160]
        QCOMPARE(symbols.fill(layer.features[5]), eq.noDataColour);    // missing: no data, not the lowest class
        QVERIFY(symbols.isNoData(layer.features[5]));
    }

    void moreClassesThanTheRampPublishesAreInterpolated()
    {
        const auto sample = sampleLayer(20);
        const VectorLayer &layer = *sample;
        const LayerStyle style =
            LayerStyle::graduated(layer, QStringLiteral("value"), ClassificationMethod::Quantile, 12, QStringLiteral("Blues"));
        QCOMPARE(style.classColours.size(), style.classification.classCount());
        QCOMPARE(style.classColours.first(), colorbrewer::scheme(QStringLiteral("Blues"), 9).first());
        QCOMPARE(style.classColours.last(), colorbrewer::scheme(QStringLiteral("Blues"), 9).last());
    }

    void proportionalSymbolAreaFollowsTheValue()
    {
        const auto sample = sampleLayer();
        const VectorLayer &layer = *sample;
        const LayerStyle style = LayerStyle::proportional(layer, QStringLiteral("value"), 40);
        QCOMPARE(style.sizeMaxValue, 160.0);
        const SymbolEvaluator symbols(style, layer);
        const double big = symbols.diameterPx(layer.features[4]);   // 160
        const double small = symbols.diameterPx(layer.features[2]); // 40: a quarter of the value
        QCOMPARE(big, 40.0);
        QVERIFY(qAbs(small * small / (big * big) - 0.25) < 1e-12); // a quarter of the area, half the diameter
        QCOMPARE(symbols.diameterPx(layer.features[5]), style.pointSizePx); // missing: the small no-data marker
        QCOMPARE(symbols.fill(layer.features[5]), style.noDataColour);
    }

    void categorizedByCompany()
    {
        const auto sample = sampleLayer();
        const VectorLayer &layer = *sample;
        const LayerStyle style = LayerStyle::categorized(layer, QStringLiteral("company"));
        QCOMPARE(style.categories.size(), 5); // Compal, Foxconn, Pegatron, Quanta, Wistron
        const SymbolEvaluator symbols(style, layer);
        QCOMPARE(symbols.fill(layer.features[0]), symbols.fill(layer.features[2])); // both Foxconn
        QVERIFY(symbols.fill(layer.features[0]) != symbols.fill(layer.features[1]));
    }

    void sizeByOneFieldColourByAnotherHollowByAThird()
    {
        const auto sample = sampleLayer();
        const VectorLayer &layer = *sample;
        LayerStyle style = LayerStyle::proportional(layer, QStringLiteral("value"), 40);
        // Foxconn twice, every other company once: with minCount 2 only Foxconn gets a colour of its own.
        style.colourBy.field = QStringLiteral("company");
        style.colourBy.categories = LayerStyle::frequentCategories(layer, QStringLiteral("company"), okabeItoColours(), 2);
        QCOMPARE(style.colourBy.categories.size(), 1);
        QCOMPARE(style.colourBy.categories[0].value.toString(), QStringLiteral("Foxconn"));
        QCOMPARE(style.colourBy.categories[0].colour, okabeItoColours().at(0));
        style.hollowBy = {QStringLiteral("company"), {QStringLiteral("Wistron")}, {}, {}};
        const SymbolEvaluator symbols(style, layer);
        QCOMPARE(symbols.fill(layer.features[0]).rgb(), okabeItoColours().at(0).rgb()); // Foxconn
        QCOMPARE(symbols.fill(layer.features[1]).rgb(), style.otherColour.rgb());        // Wistron: the long tail
        QCOMPARE(symbols.diameterPx(layer.features[4]), 40.0);                            // size still by value
        // A site without a figure is the small no-data marker, but in its company's colour.
        QCOMPARE(symbols.diameterPx(layer.features[5]), style.pointSizePx);
        QCOMPARE(symbols.fill(layer.features[5]).rgb(), style.otherColour.rgb());
        QVERIFY(symbols.isHollow(layer.features[1]));
        QVERIFY(!symbols.isHollow(layer.features[0]));
        QCOMPARE(symbols.colourKey(layer.features[2]), QStringLiteral("Foxconn"));
        // With all six colours available, the tie among single sites is broken by name, the same every time.
        const QList<Category> all = LayerStyle::frequentCategories(layer, QStringLiteral("company"), okabeItoColours(), 1);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all[1].value.toString(), QStringLiteral("Compal"));
    }

    void stylesWithoutThePointPartsStayReadable()
    {
        // A project written before colourBy / hollowBy / displacement existed.
        const QJsonObject old{{QStringLiteral("kind"), QStringLiteral("proportional")},
                              {QStringLiteral("field"), QStringLiteral("investment_usd")},
                              {QStringLiteral("sizeMaxValue"), 1e9},
                              {QStringLiteral("sizeMaxPx"), 34}};
        LayerStyle style;
        QString error;
        QVERIFY2(styleFromJson(old, &style, &error), qPrintable(error));
        QVERIFY(!style.colourBy.isSet());
        QVERIFY(!style.hollowBy.isSet());
        QVERIFY(!style.displacement.enabled);
        QCOMPARE(style.legendValueDivisor, 1.0);
        // And a style that does not use them writes none of them.
        const QJsonObject written = styleToJson(style);
        QVERIFY(!written.contains(QStringLiteral("colourBy")));
        QVERIFY(!written.contains(QStringLiteral("hollowBy")));
        QVERIFY(!written.contains(QStringLiteral("displacement")));
        QVERIFY(!styleFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("proportional")},
                                           {QStringLiteral("hollowBy"), QJsonObject{{QStringLiteral("values"), QJsonArray{1}}}}},
                               &style, &error));
        QVERIFY(error.contains(QStringLiteral("values")));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("single") << 0;
        QTest::newRow("categorized") << 1;
        QTest::newRow("graduated") << 2;
        QTest::newRow("proportional") << 3;
        QTest::newRow("proportional coloured, hollow, displaced") << 4;
    }
    void jsonRoundTrip()
    {
        QFETCH(int, which);
        const auto sample = sampleLayer();
        const VectorLayer &layer = *sample;
        LayerStyle style;
        if (which == 1)
            style = LayerStyle::categorized(layer, QStringLiteral("company"));
        else if (which == 2)
            style = LayerStyle::graduated(layer, QStringLiteral("value"), ClassificationMethod::NaturalBreaks, 3);
        else if (which >= 3)
            style = LayerStyle::proportional(layer, QStringLiteral("value"), 30);
        if (which == 4) {
            style.colourBy = {QStringLiteral("company"), QStringLiteral("Company"),
                              LayerStyle::frequentCategories(layer, QStringLiteral("company"), okabeItoColours(), 1),
                              QStringLiteral("Other")};
            style.hollowBy = {QStringLiteral("company"), {QStringLiteral("Quanta")}, QStringLiteral("money"),
                              QStringLiteral("words")};
            style.displacement = {true, 9, 25'000};
            style.legendValueDivisor = 1e6;
        }
        style.labelField = QStringLiteral("company");
        style.opacity = 0.75;
        style.marker = MarkerShape::Diamond;

        // Through text, as a project file would carry it.
        const QByteArray text = QJsonDocument(styleToJson(style)).toJson();
        LayerStyle back;
        QString error;
        QVERIFY2(styleFromJson(QJsonDocument::fromJson(text).object(), &back, &error), qPrintable(error));
        QCOMPARE(back, style);
    }

    // The basemap's scale and line fields survive a project file, and a style saved before they existed still reads,
    // drawing at every zoom as it did.
    void basemapFieldsRoundTripAndOldStylesStillRead()
    {
        LayerStyle style;
        style.marker = MarkerShape::Airport;
        style.minZoom = 4.5;
        style.minZoomField = QStringLiteral("min_zoom");
        style.labelMinZoom = 8;
        style.labelMinZoomField = QStringLiteral("min_label");
        style.labelRankField = QStringLiteral("pop_max");
        style.labelItalic = true;
        style.lineDashColour = QColor(0xff, 0xff, 0xff);
        style.lineDashPx = 3;
        const QByteArray text = QJsonDocument(styleToJson(style)).toJson();
        LayerStyle back;
        QString error;
        QVERIFY2(styleFromJson(QJsonDocument::fromJson(text).object(), &back, &error), qPrintable(error));
        QCOMPARE(back, style);

        const QJsonObject old{{QStringLiteral("kind"), QStringLiteral("single")},
                              {QStringLiteral("fill"), QStringLiteral("#ffe8e4d8")},
                              {QStringLiteral("labelField"), QStringLiteral("name")}};
        LayerStyle read;
        QVERIFY2(styleFromJson(old, &read, &error), qPrintable(error));
        QCOMPARE(read.minZoom, 0.0);
        QVERIFY(read.minZoomField.isEmpty() && read.labelMinZoomField.isEmpty() && read.labelRankField.isEmpty());
        QCOMPARE(read.labelMinZoom, 0.0);
        QVERIFY(!read.labelItalic);
        QCOMPARE(read.lineDashColour.alpha(), 0);
        QVERIFY(drawnAtZoom(read, 0) && labelledAtZoom(read, 0));

        QVERIFY(!styleFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("single")},
                                           {QStringLiteral("minZoom"), 99}},
                               &read, &error));
        QVERIFY(error.contains(QLatin1String("minZoom")));
    }

    // Per-feature minimum zooms read from the data; a feature without a value is shown.
    void featureMinimumZoomsComeFromTheData()
    {
        VectorLayerBuilder builder({{QStringLiteral("min_zoom"), Column::Type::Real},
                                    {QStringLiteral("min_label"), Column::Type::Real},
                                    {QStringLiteral("pop"), Column::Type::Integer}});
        const QVariantList minZoom{3.0, 7.0, QVariant()};
        const QVariantList minLabel{5.0, 8.0, QVariant()};
        for (int i = 0; i < 3; ++i) {
            builder.beginFeature(i);
            const QPointF at(i * 1000.0, 0);
            builder.addPart(GeometryKind::Point, std::span<const QPointF>(&at, 1));
            builder.setValue(0, minZoom.at(i));
            builder.setValue(1, minLabel.at(i));
            builder.setValue(2, 1000 * (i + 1));
            builder.endFeature();
        }
        const auto layer = builder.finish();
        LayerStyle style;
        style.labelField = QStringLiteral("pop");
        style.minZoomField = QStringLiteral("min_zoom");
        style.labelMinZoomField = QStringLiteral("min_label");
        style.labelRankField = QStringLiteral("pop");
        const SymbolEvaluator symbols(style, *layer);
        const Feature &city = layer->features[0], &town = layer->features[1], &unknown = layer->features[2];
        QVERIFY(symbols.drawnAt(city, 3) && !symbols.drawnAt(city, 2.9));
        QVERIFY(!symbols.labelledAt(city, 4.9) && symbols.labelledAt(city, 5));
        QVERIFY(!symbols.drawnAt(town, 6) && symbols.drawnAt(town, 7) && !symbols.labelledAt(town, 7.5));
        QVERIFY(symbols.drawnAt(unknown, 0) && symbols.labelledAt(unknown, 0));
        QCOMPARE(symbols.labelRank(town), 2000.0);

        style.minZoom = 6;
        QVERIFY(!drawnAtZoom(style, 5.9) && drawnAtZoom(style, 6));
        style.labelMinZoom = 8;
        QVERIFY(!labelledAtZoom(style, 7.9) && labelledAtZoom(style, 8));
    }

    void badJsonIsRefusedWithAReason()
    {
        LayerStyle untouched;
        untouched.fill = Qt::red;
        LayerStyle style = untouched;
        QString error;
        QVERIFY(!styleFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("heatmap")}}, &style, &error));
        QVERIFY(error.contains(QStringLiteral("heatmap")));
        QVERIFY(!styleFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("single")},
                                           {QStringLiteral("opacity"), QStringLiteral("very")}},
                               &style, &error));
        QVERIFY(error.contains(QStringLiteral("opacity")));
        QVERIFY(!styleFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("graduated")},
                                           {QStringLiteral("method"), QStringLiteral("quantile")},
                                           {QStringLiteral("breaks"), QJsonArray{3, 2, 1}},
                                           {QStringLiteral("classColours"), QJsonArray{}}},
                               &style, &error));
        QVERIFY(error.contains(QStringLiteral("breaks")));
        QCOMPARE(style, untouched); // nothing half-applied
    }

    void legendOfAGraduatedStyle()
    {
        const auto sample = sampleLayer();
        const VectorLayer &layer = *sample;
        LayerStyle style = LayerStyle::graduated(layer, QStringLiteral("value"), ClassificationMethod::Manual, 0);
        style.classification.breaks = {0, 1500.5, 20000};
        style.classColours = colorbrewer::scheme(QStringLiteral("YlOrRd"), 3).mid(0, 2);
        const std::vector<double> values = numericValues(layer, QStringLiteral("value"));
        const Legend en = legendFor(style, QStringLiteral("Investment"), GeometryKind::Point, values, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(en.items.size(), size_t(3)); // two classes and "No data" (one feature lacks a value)
        QCOMPARE(en.items[0].label, QStringLiteral("0.0 – 1,500.5"));
        QCOMPARE(en.items[1].label, QStringLiteral("1,500.5 – 20,000.0"));
        QVERIFY(en.items[2].noData);
        // Numbers follow the locale: Mexican Spanish groups like English; Spain's Spanish does not.
        const Legend mx = legendFor(style, QStringLiteral("Inversión"), GeometryKind::Point, values, QLocale(QLocale::Spanish, QLocale::Mexico));
        QCOMPARE(mx.items[1].label, QStringLiteral("1,500.5 – 20,000.0"));
        const Legend es = legendFor(style, QStringLiteral("Inversión"), GeometryKind::Point, values, QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(es.items[1].label, QStringLiteral("1500,5 – 20.000,0"));
    }

    void legendHasNoNoDataRowWhenNothingIsMissing()
    {
        VectorLayerBuilder builder({{QStringLiteral("value"), Column::Type::Real}});
        for (const double v : {10.0, 20.0, 40.0, 80.0}) {
            builder.beginFeature(0);
            builder.setNumber(0, v);
            builder.endFeature();
        }
        const auto complete = builder.finish();
        const VectorLayer &layer = *complete;
        const LayerStyle style = LayerStyle::graduated(layer, QStringLiteral("value"), ClassificationMethod::Quantile, 2);
        const Legend legend = legendFor(style, QStringLiteral("v"), GeometryKind::Polygon,
                                        numericValues(layer, QStringLiteral("value")), QLocale::c());
        QCOMPARE(legend.items.size(), size_t(2));
        QVERIFY(std::none_of(legend.items.begin(), legend.items.end(), [](const LegendItem &i) { return i.noData; }));
    }

    void nestedCircleLegendIsTrueToScale()
    {
        QCOMPARE(nestedCircleValues(900e6), (std::vector<double>{500e6, 200e6, 50e6}));
        QCOMPARE(nestedCircleValues(160), (std::vector<double>{100, 20, 10}));
        QVERIFY(nestedCircleValues(0).empty());
        const auto sample = sampleLayer();
        const VectorLayer &layer = *sample;
        const LayerStyle style = LayerStyle::proportional(layer, QStringLiteral("value"), 40);
        const Legend legend = legendFor(style, QStringLiteral("v"), GeometryKind::Point,
                                        numericValues(layer, QStringLiteral("value")), QLocale::c());
        QCOMPARE(legend.layout, Legend::Layout::NestedCircles);
        QCOMPARE(legend.items.front().label, QStringLiteral("100"));
        // The 100 circle is drawn exactly as a feature of value 100 would be.
        QVERIFY(qAbs(legend.items.front().sizePx - 40 * std::sqrt(100.0 / 160.0)) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestStyle)
#include "tst_style.moc"
