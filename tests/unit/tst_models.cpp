// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"
#include "exportcontroller.h"
#include "hublistmodel.h"
#include "layerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {
// Results do not depend on the machine: numbers, dates and texts in US English (no translator is installed).
void pinLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
Q_CONSTRUCTOR_FUNCTION(pinLocale)

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

        // A CSV with no CRS: the session asks for one, then opens it with the planner's answer.
        QSignalSpy crs(&session, &AtlasSession::crsNeeded);
        const QUrl csv = write(QStringLiteral("plain.csv"), "id,WKT\n1,\"POINT (-106.4 31.7)\"\n");
        session.openDataset(csv);
        QVERIFY(crs.wait(10000));
        session.openDataset(csv, QStringLiteral("EPSG:4326"));
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
        QCOMPARE(session.legend().size(), before - 1);
        session.setRiskOverlay({{QStringLiteral("enabled"), true}});
        QCOMPARE(changed.size(), 2);
        const QList<LegendEntry> legend = session.legend();
        QVERIFY(std::any_of(legend.begin(), legend.end(),
                            [](const LegendEntry &e) { return e.title.startsWith(QStringLiteral("Composite risk index")); }));
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
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
