// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"
#include "exportcontroller.h"
#include "gdalsetup.h"
#include "hublistmodel.h"
#include "layerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSequentialIterable>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

#include <gdal.h>
#include <ogr_api.h>

using namespace atlas;

namespace {
// Tests and golden files do not depend on the machine: numbers, dates and texts in US English (no translator is installed).
void pinLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
Q_CONSTRUCTOR_FUNCTION(pinLocale)

// A value as QML reads it, as JSON: gadgets property by property, lists item by item, colours as #aarrggbb.
QJsonValue toJson(const QVariant &value)
{
    const QMetaType type = value.metaType();
    if (type.flags() & QMetaType::IsGadget) {
        const QMetaObject *meta = type.metaObject();
        QJsonObject object;
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (!property.isConstant()) // the limits ExportOptions carries are not the value's content
                object.insert(QLatin1String(property.name()), toJson(property.readOnGadget(value.constData())));
        }
        return object;
    }
    if (type == QMetaType::fromType<QColor>())
        return value.value<QColor>().name(QColor::HexArgb);
    if (type == QMetaType::fromType<double>()) // a millionth of a pixel is no difference, the last bit may be
        return std::round(value.toDouble() * 1e6) / 1e6;
    if (type != QMetaType::fromType<QString>() && value.canView<QSequentialIterable>()) {
        QJsonArray array;
        for (const QVariant &item : value.value<QSequentialIterable>())
            array.append(toJson(item));
        return array;
    }
    return QJsonValue::fromVariant(value);
}

// Every row of a list model, every role it names.
QJsonArray modelToJson(const QAbstractItemModel &model)
{
    const QHash<int, QByteArray> roles = model.roleNames();
    QList<int> ordered = roles.keys();
    std::sort(ordered.begin(), ordered.end());
    QJsonArray rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QJsonObject object;
        for (int role : ordered)
            object.insert(QString::fromLatin1(roles[role]), toJson(model.data(model.index(row, 0), role)));
        rows.append(object);
    }
    return rows;
}

/**
 * Compares `actual` with tests/data/golden/`name`. On a mismatch it writes `name`.fail in the working directory and
 * prints `diff -u`; ATLAS_UPDATE_GOLDEN=1 rewrites the golden file instead (read it before committing).
 */
bool matchesGolden(const QString &name, const QJsonValue &actual)
{
    const QByteArray text = actual.isArray() ? QJsonDocument(actual.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(actual.toObject()).toJson(QJsonDocument::Indented);
    const QString golden = QStringLiteral(ATLAS_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIntValue("ATLAS_UPDATE_GOLDEN")) {
        QFile out(golden);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(golden));
        qInfo("rewrote %s", qPrintable(golden));
        return true;
    }
    QFile expected(golden);
    if (expected.open(QIODevice::ReadOnly) && expected.readAll() == text)
        return true;
    const QString fail = QDir::current().filePath(name + QStringLiteral(".fail"));
    QFile out(fail);
    if (out.open(QIODevice::WriteOnly))
        out.write(text);
    out.close();
    QProcess diff;
    diff.setProcessChannelMode(QProcess::MergedChannels);
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), golden, fail});
    diff.waitForFinished();
    qWarning().noquote() << "differs from" << golden << "(ATLAS_UPDATE_GOLDEN=1 rewrites it):\n"
                         << QString::fromUtf8(diff.readAll());
    return false;
}
} // namespace

// The list models QML uses, checked by Qt's own model tester while they change.
class TestModels : public QObject
{
    Q_OBJECT
private:
    AtlasSession m_session;

private Q_SLOTS:
    void hubListModel()
    {
        HubListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&m_session);
        const int all = model.rowCount();
        QVERIFY(all >= 14);
        model.setFilter(QStringLiteral("JUAREZ"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), HubListModel::NameRole).toString(), QStringLiteral("Ciudad Juárez"));
        QCOMPARE(model.data(model.index(0), HubListModel::PortRole).toString(), QStringLiteral("El Paso"));
        QVERIFY(model.data(model.index(0), HubListModel::PortKmRole).toDouble() < 5);
        model.setFilter(QStringLiteral("no such place"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), all);
    }

    void layerListModel()
    {
        LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&m_session);
        QCOMPARE(model.rowCount(), int(m_session.layers().size()));
        QSignalSpy changed(&m_session, &AtlasSession::layerChanged);
        const QModelIndex top = model.index(0);
        QCOMPARE(model.data(top, LayerListModel::IdRole).toString(), QStringLiteral("hubs"));
        QVERIFY(model.setData(top, false, LayerListModel::VisibleRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(top, LayerListModel::VisibleRole).toBool(), false);
        QVERIFY(model.setData(top, 0.4, LayerListModel::OpacityRole));
        QCOMPARE(model.data(top, LayerListModel::OpacityRole).toDouble(), 0.4);
        QVERIFY(model.setData(top, 7.0, LayerListModel::OpacityRole)); // clamped, not trusted
        QCOMPARE(model.data(top, LayerListModel::OpacityRole).toDouble(), 1.0);
        QVERIFY(model.setData(top, true, LayerListModel::VisibleRole));
    }

    // A layer shown or hidden is one changed row, not a new model: the list keeps its delegates and scroll position.
    void visibilityChangesOneRowWithoutAReset()
    {
        AtlasSession session;
        LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const int layer = session.layerIndex(QStringLiteral("facilities"));
        const int row = model.rowCount() - 1 - layer;
        QVERIFY(session.setLayerVisible(layer, false));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.data(model.index(row), LayerListModel::VisibleRole).toBool(), false);

        // Opacity and style are a changed row too; the other rows are untouched.
        changed.clear();
        QVERIFY(session.setLayerOpacity(layer, 0.5));
        LayerStyle style = session.layers()[size_t(layer)].style;
        style.kind = LayerStyle::Kind::SingleSymbol;
        QVERIFY(session.setLayerStyle(layer, style));
        QCOMPARE(changed.size(), 2);
        for (const QList<QVariant> &signal : changed)
            QCOMPARE(signal.at(0).toModelIndex().row(), row);
        QCOMPARE(reset.size(), 0);
    }

    // Moves, removals and additions are rows moved, removed and inserted; only a replaced document resets the list.
    void stackChangesAreRowChanges()
    {
        AtlasSession session;
        LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const auto ids = [&] {
            QStringList list;
            for (int row = 0; row < model.rowCount(); ++row)
                list.append(model.data(model.index(row), LayerListModel::IdRole).toString());
            return list;
        };
        const auto sessionIds = [&] {
            QStringList list;
            for (auto l = session.layers().rbegin(); l != session.layers().rend(); ++l)
                list.append(l->id);
            return list;
        };

        const QStringList before = ids();
        QVERIFY(model.moveLayer(0, 2)); // down
        QCOMPARE(ids().at(2), before.at(0));
        QCOMPARE(ids(), sessionIds());
        QVERIFY(model.moveLayer(3, 1)); // up
        QCOMPARE(ids().at(1), before.at(3));
        QCOMPARE(moved.size(), 2);
        QCOMPARE(ids(), sessionIds());

        const int count = model.rowCount();
        QVERIFY(model.removeLayer(1));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), count - 1);
        QCOMPARE(ids(), sessionIds());

        // The risk overlay on is one row inserted (above the states), new weights one row changed, off one removed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        session.setRiskOverlay({{QStringLiteral("enabled"), true}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(ids(), sessionIds());
        session.setRiskOverlay({{QStringLiteral("enabled"), true}, {QStringLiteral("show"), QStringLiteral("water")}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        session.setRiskOverlay({{QStringLiteral("enabled"), false}});
        QCOMPARE(removed.size(), 2);
        QCOMPARE(ids(), sessionIds());

        // Another language: the titles change, the rows stay.
        changed.clear();
        session.retranslate();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);

        session.documentReplaced();
        QCOMPARE(reset.size(), 1);
    }

    void openDatasetAddsALayerOrSaysWhy()
    {
        AtlasSession session;
        QTemporaryDir dir;
        const int before = int(session.layers().size());
        LayerListModel layers;
        QAbstractItemModelTester tester(&layers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        layers.setSession(&session);

        auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                qFatal("cannot write a fixture");
            return QUrl::fromLocalFile(file.fileName());
        };
        // A GeoJSON file: opens in the background and lands on top.
        QSignalSpy reset(&session, &AtlasSession::layerAdded);
        session.openDataset(write(QStringLiteral("sites.geojson"),
                                  "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                  "\"properties\":{\"name\":\"Plant\"},\"geometry\":{\"type\":\"Point\","
                                  "\"coordinates\":[-100.3,25.7]}}]}"));
        QVERIFY(session.isLoading());
        QVERIFY(reset.wait(10000));
        QCOMPARE(int(session.layers().size()), before + 1);
        QCOMPARE(layers.data(layers.index(0), LayerListModel::TitleRole).toString(), QStringLiteral("sites"));

        // A CSV with no CRS and numbers that are not degrees: the session asks for one, then opens it with the
        // planner's answer.
        QSignalSpy crs(&session, &AtlasSession::crsNeeded);
        const QUrl csv = write(QStringLiteral("plain.csv"), "id,WKT\n1,\"POINT (372000 3508000)\"\n");
        session.openDataset(csv);
        QVERIFY(crs.wait(10000));
        session.openDataset(csv, QStringLiteral("EPSG:32613"));
        QVERIFY(reset.wait(10000));
        QCOMPARE(int(session.layers().size()), before + 2);

        // Garbage: a readable message and GDAL's detail, nothing added.
        QSignalSpy failed(&session, &AtlasSession::openFailed);
        session.openDataset(write(QStringLiteral("broken.gpkg"), "this is not a GeoPackage"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("broken.gpkg")));
        QCOMPARE(int(session.layers().size()), before + 2);
        QVERIFY(!session.isLoading());
    }

    void openedDataSaysWhatWasAssumedAndOffersAJoin()
    {
        AtlasSession session;
        QTemporaryDir dir;
        QSignalSpy notice(&session, &AtlasSession::dataNotice);

        // Longitude/latitude without a CRS: opened as WGS 84, and the window is told so (with another CRS on offer).
        const QString csvPath = dir.filePath(QStringLiteral("sites.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,lon,lat\nJuarez,-106.42,31.69\n");
        csv.close();
        session.openDataset(QUrl::fromLocalFile(csvPath));
        QVERIFY(notice.wait(10000));
        QVERIFY(notice.last().at(2).toString().contains(QStringLiteral("WGS 84")));
        QCOMPARE(notice.last().at(3).toBool(), false);
        QCOMPARE(notice.last().at(4).toBool(), true);

        // An attribute-only GeoPackage: named as such, offered for a join, and joined onto the states by code.
        ensureGdalReady();
        const QString gpkgPath = dir.filePath(QStringLiteral("indicadores.gpkg"));
        {
            GDALDriverH driver = GDALGetDriverByName("GPKG");
            GDALDatasetH ds = GDALCreate(driver, gpkgPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
            OGRLayerH layer = GDALDatasetCreateLayer(ds, "indicadores", nullptr, wkbNone, nullptr);
            OGRFieldDefnH code = OGR_Fld_Create("CVE_ENT", OFTString);
            QCOMPARE(OGR_L_CreateField(layer, code, TRUE), OGRERR_NONE);
            OGR_Fld_Destroy(code);
            for (const char *c : {"08", "19", "77"}) {
                OGRFeatureH row = OGR_F_Create(OGR_L_GetLayerDefn(layer));
                OGR_F_SetFieldString(row, 0, c);
                QCOMPARE(OGR_L_CreateFeature(layer, row), OGRERR_NONE);
                OGR_F_Destroy(row);
            }
            GDALClose(ds);
        }
        session.openDataset(QUrl::fromLocalFile(gpkgPath));
        QVERIFY(notice.wait(10000));
        QVERIFY(notice.last().at(2).toString().contains(QStringLiteral("attribute-only")));
        QCOMPARE(notice.last().at(3).toBool(), true);
        const QString tableId = notice.last().at(0).toString();
        QCOMPARE(session.layerFieldNames(tableId), QStringList{QStringLiteral("CVE_ENT")});

        QSignalSpy added(&session, &AtlasSession::layerAdded);
        const QVariantMap joined = session.joinToStates(tableId, QStringLiteral("CVE_ENT"), true);
        QVERIFY2(joined.value(QStringLiteral("ok")).toBool(), qPrintable(joined.value(QStringLiteral("message")).toString()));
        QCOMPARE(added.size(), 1);
        QVERIFY(joined.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("2 of 32 states")));
        QVERIFY(joined.value(QStringLiteral("message")).toString().contains(QStringLiteral("77")));
        QVERIFY(session.removeLayerById(joined.value(QStringLiteral("layerId")).toString()));
    }

    void hubDetailsNeverSumAndSayNoData()
    {
        HubListModel hubs;
        hubs.setSession(&m_session);
        hubs.setFilter(QStringLiteral("El Salto"));
        QCOMPARE(hubs.rowCount(), 1);
        const HubDetailsText details = m_session.hubDetails(hubs.data(hubs.index(0), HubListModel::FeatureIndexRole).toInt());
        const QList<HubFacilityText> &sites = details.facilities;
        QVERIFY(sites.size() >= 2);
        for (const HubFacilityText &s : sites) {
            QVERIFY(!s.investment.isEmpty());
            QVERIFY(!s.nature.isEmpty() || s.investment == HubDetailsText::tr("no data"));
        }
        // Mixed kinds of figures are never added up: the type has no total to show.
        QCOMPARE(HubDetailsText::staticMetaObject.indexOfProperty("total"), -1);
        bool sawNoData = false;
        for (const StateIndicatorText &i : details.indicators)
            sawNoData = sawNoData || i.value == HubDetailsText::tr("no data");
        QVERIFY(sawNoData); // Jalisco lacks some indicators: shown as no data, not 0
        QCOMPARE(m_session.hubDetails(-1), HubDetailsText()); // no hub: an empty panel
    }

    // The legend is a property: it says when it changes, and not for an opacity that does not change it.
    void legendNotifiesWhenItChanges()
    {
        AtlasSession session;
        QSignalSpy changed(&session, &AtlasSession::legendChanged);
        const int facilities = session.layerIndex(QStringLiteral("facilities"));
        QVERIFY(session.setLayerOpacity(facilities, 0.3));
        QCOMPARE(changed.size(), 0);
        const qsizetype before = session.legend().size();
        QVERIFY(session.setLayerVisible(facilities, false));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.legend().size(), before - 3); // its keys: company colours, size, the count symbol
        session.setRiskOverlay({{QStringLiteral("enabled"), true}});
        QCOMPARE(changed.size(), 2);
        const QList<LegendEntry> legend = session.legend();
        QVERIFY(std::any_of(legend.begin(), legend.end(),
                            [](const LegendEntry &e) { return e.title.startsWith(QStringLiteral("Composite risk index")); }));
    }

    // The planner picks a theme's indicator: a known one is kept and shown, an unknown one falls back to the default.
    void riskIndicatorChoice()
    {
        AtlasSession session;
        const QVariantList themes = session.riskIndicators();
        QCOMPARE(themes.size(), 4);
        QCOMPARE(themes[3].toMap().value(QStringLiteral("theme")).toString(), QStringLiteral("skills"));
        QVERIFY(!themes[2].toMap().value(QStringLiteral("caveat")).toString().isEmpty()); // electricity says why
        session.setRiskOverlay({{QStringLiteral("enabled"), true}, {QStringLiteral("show"), QStringLiteral("crime")},
                                {QStringLiteral("indicators"), QVariantMap{{QStringLiteral("crime"), QStringLiteral("cargo_theft_rate_2023")},
                                                                           {QStringLiteral("water"), QStringLiteral("no_such_column")}}}});
        const QVariantMap indicators = session.riskOverlay().value(QStringLiteral("indicators")).toMap();
        QCOMPARE(indicators.value(QStringLiteral("crime")).toString(), QStringLiteral("cargo_theft_rate_2023"));
        QCOMPARE(indicators.value(QStringLiteral("water")).toString(), QStringLiteral("drought_pct_d1_d4_mean_2023"));
        const QList<LegendEntry> legend = session.legend();
        QVERIFY(std::any_of(legend.begin(), legend.end(),
                            [](const LegendEntry &e) { return e.title.startsWith(QStringLiteral("Cargo theft per 100,000")); }));
    }

    // Export options: SlideOptions' defaults unless set, an unknown format refused by name.
    void exportOptionsWrapSlideOptions()
    {
        ExportOptions options;
        QCOMPARE(options.slide(), SlideOptions());
        QCOMPARE(options.format(), QStringLiteral("png"));
        QVERIFY(options.sidecar());
        options.setFormat(QStringLiteral("exe"));
        QVERIFY(!options.formatKnown());
        QCOMPARE(options.format(), QStringLiteral("exe"));
        ExportController controller;
        controller.setSession(&m_session);
        QString error;
        (void)controller.request(options, &error);
        QCOMPARE(error, ExportController::tr("Choose PNG, JPEG, PDF, SVG or GeoTIFF."));
        options.setFormat(QStringLiteral("jpg"));
        options.setWidth(40000);
        error.clear();
        (void)controller.request(options, &error);
        QVERIFY(error.contains(QStringLiteral("PNG")));
        QCOMPARE(controller.presets().size(), 7);
        QCOMPARE(controller.presets().first().width, 1920);
    }

    // The clipboard's slide is drawn on a worker thread: the call returns at once, copied() says when it is there.
    void copyToClipboardRendersInTheBackground()
    {
        ExportController controller;
        controller.setSession(&m_session);
        QSignalSpy copied(&controller, &ExportController::copied);
        QSignalSpy finished(&controller, &ExportController::finished);
        ExportOptions options;
        options.setWidth(480);
        options.setHeight(270);
        controller.copyToClipboard(options);
        QVERIFY(controller.isBusy());
        QCOMPARE(copied.size(), 0);
        QVERIFY(copied.wait(20000));
        QVERIFY(!controller.isBusy());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(480, 270));

        // Options that cannot be exported are refused at once, through finished().
        options.setDpi(1);
        controller.copyToClipboard(options);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!controller.isBusy());
    }

    // What QML sees of the shipped default map, against reviewed JSON in tests/data/golden (ATLAS_UPDATE_GOLDEN=1
    // rewrites the files: read the diff before committing them).
    void layersMatchTheGoldenFile()
    {
        AtlasSession session;
        LayerListModel model;
        model.setSession(&session);
        QVERIFY(matchesGolden(QStringLiteral("layers.json"), modelToJson(model)));
    }

    void legendMatchesTheGoldenFile()
    {
        AtlasSession session;
        QVERIFY(matchesGolden(QStringLiteral("legend.json"), toJson(QVariant::fromValue(session.legend()))));
    }

    void hubDetailsMatchTheGoldenFiles_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("file");
        QTest::newRow("Ciudad Juárez") << QStringLiteral("Ciudad Juárez") << QStringLiteral("hub-juarez.json");
        QTest::newRow("Monterrey") << QStringLiteral("Monterrey") << QStringLiteral("hub-monterrey.json");
    }

    void hubDetailsMatchTheGoldenFiles()
    {
        QFETCH(QString, hub);
        QFETCH(QString, file);
        HubListModel hubs;
        hubs.setSession(&m_session);
        hubs.setFilter(hub);
        int featureIndex = -1;
        for (int row = 0; row < hubs.rowCount(); ++row) {
            if (hubs.data(hubs.index(row), HubListModel::NameRole).toString() == hub)
                featureIndex = hubs.data(hubs.index(row), HubListModel::FeatureIndexRole).toInt();
        }
        QVERIFY(featureIndex >= 0);
        QVERIFY(matchesGolden(file, toJson(QVariant::fromValue(m_session.hubDetails(featureIndex)))));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
