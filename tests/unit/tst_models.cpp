// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"
#include "hublistmodel.h"
#include "layerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

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
        QSignalSpy reset(&session, &AtlasSession::layersReset);
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
        const QVariantMap details = m_session.hubDetails(hubs.data(hubs.index(0), HubListModel::FeatureIndexRole).toInt());
        const QVariantList sites = details.value(QStringLiteral("facilities")).toList();
        QVERIFY(sites.size() >= 2);
        for (const QVariant &site : sites) {
            const QVariantMap s = site.toMap();
            QVERIFY(!s.value(QStringLiteral("investment")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("nature")).toString().isEmpty() ||
                    s.value(QStringLiteral("investment")).toString() == AtlasSession::tr("no data"));
        }
        QVERIFY(!details.contains(QStringLiteral("total"))); // mixed kinds of figures are never added up
        bool sawNoData = false;
        for (const QVariant &i : details.value(QStringLiteral("indicators")).toList())
            sawNoData = sawNoData || i.toMap().value(QStringLiteral("value")).toString() == AtlasSession::tr("no data");
        QVERIFY(sawNoData); // Jalisco lacks some indicators: shown as no data, not 0
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
