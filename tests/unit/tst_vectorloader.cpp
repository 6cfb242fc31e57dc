// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"
#include "vectorlayer.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace atlas;

// The two read paths (GDAL's Arrow stream for point layers, the feature loop for everything else) give the same
// layer: same geometry, same values, same nulls.
class TestVectorLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Writes the same points to `file` with the driver `driverName`.
    QString writePoints(const char *driverName, const QString &file)
    {
        ensureGdalReady();
        const QString path = m_dir.filePath(file);
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
        GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        OGRLayer *layer = ds->CreateLayer("sites", &wgs84, wkbPoint, nullptr);
        OGRFieldDefn company("company", OFTString), usd("investment_usd", OFTReal), year("year", OFTInteger);
        if (layer->CreateField(&company) != OGRERR_NONE || layer->CreateField(&usd) != OGRERR_NONE ||
            layer->CreateField(&year) != OGRERR_NONE)
            qFatal("cannot create fields");
        struct Row {
            const char *company;
            double usd;
            int year;
            double lon, lat;
        };
        const Row rows[] = {{"Foxconn", 900e6, 2025, -103.18, 20.52},
                            {"Wistron", -1, 2024, -106.49, 31.75}, // -1: no sourced amount (stays null)
                            {"Querétaro Ñ", 0, 0, -100.39, 20.59}};
        for (const Row &row : rows) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField(0, row.company);
            if (row.usd >= 0)
                feature.SetField(1, row.usd);
            if (row.year > 0)
                feature.SetField(2, row.year);
            OGRPoint point(row.lon, row.lat);
            feature.SetGeometry(&point);
            if (layer->CreateFeature(&feature) != OGRERR_NONE)
                qFatal("cannot write a feature");
        }
        OGRFeature empty(layer->GetLayerDefn()); // a row without geometry
        empty.SetField(0, "Unlocated");
        if (layer->CreateFeature(&empty) != OGRERR_NONE)
            qFatal("cannot write a feature");
        return path;
    }

private Q_SLOTS:
    void arrowAndFeatureLoopAgree()
    {
        const VectorLoadResult gpkg = loadVectorLayer(writePoints("GPKG", QStringLiteral("sites.gpkg")));
        const VectorLoadResult json = loadVectorLayer(writePoints("GeoJSON", QStringLiteral("sites.geojson")));
        QVERIFY2(gpkg.layer && json.layer, qPrintable(gpkg.error.detail + json.error.detail));
        const VectorLayer &a = *gpkg.layer, &b = *json.layer;
        QCOMPARE(a.features.size(), size_t(4));
        QCOMPARE(b.features.size(), size_t(4));
        for (size_t i = 0; i < 4; ++i) {
            const Feature &fa = a.features[i], &fb = b.features[i];
            QCOMPARE(fa.kind, fb.kind);
            QCOMPARE(a.points(fa).size(), b.points(fb).size());
            for (size_t p = 0; p < a.points(fa).size(); ++p) {
                QVERIFY(qAbs(a.points(fa)[p].x() - b.points(fb)[p].x()) < 1e-6);
                QVERIFY(qAbs(a.points(fa)[p].y() - b.points(fb)[p].y()) < 1e-6);
            }
            for (const QString &field : {QStringLiteral("company"), QStringLiteral("investment_usd"), QStringLiteral("year")}) {
                const QVariant va = a.attribute(fa, field), vb = b.attribute(fb, field);
                QCOMPARE(va.isNull(), vb.isNull());
                if (!va.isNull())
                    QCOMPARE(va.toString(), vb.toString());
            }
        }
        QCOMPARE(a.attribute(a.features[2], QStringLiteral("company")).toString(), QStringLiteral("Querétaro Ñ"));
        QVERIFY(a.attribute(a.features[1], QStringLiteral("investment_usd")).isNull()); // missing, not zero
        QVERIFY(std::isnan(a.number(a.features[1], a.fieldIndex(QStringLiteral("investment_usd")))));
        QCOMPARE(a.features[3].kind, GeometryKind::None);
        // Web Mercator x of -103.18° is R·λ.
        QVERIFY(qAbs(a.points(a.features[0]).front().x() - 6378137.0 * -103.18 * M_PI / 180) < 1e-3);
    }

    void spatialIndexFindsWhatIsInView()
    {
        const VectorLoadResult gpkg = loadVectorLayer(writePoints("GPKG", QStringLiteral("index.gpkg")));
        const VectorLayer &layer = *gpkg.layer;
        const QPointF juarez = webmercator::fromLonLat(-106.49, 31.75);
        const std::vector<int> near = layer.featuresIn(QRectF(juarez - QPointF(1000, 1000), QSizeF(2000, 2000)));
        QCOMPARE(near, std::vector<int>{1});
        QCOMPARE(layer.featuresIn(layer.extent).size(), size_t(3)); // everything with a geometry
    }

    void bigOpenReportsProgressAndCancels()
    {
        // 40,000 points as CSV: enough batches and features for several progress reports.
        const QString path = m_dir.filePath(QStringLiteral("many.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("longitude,latitude,value\n");
        for (int i = 0; i < 40000; ++i)
            file.write(QByteArray::number(-110 + (i % 200) * 0.1) + ',' + QByteArray::number(18 + (i / 200) * 0.05) + ','
                       + QByteArray::number(i) + '\n');
        file.close();

        std::vector<double> reported;
        VectorLoadOptions options;
        options.assumedCrs = QStringLiteral("EPSG:4326");
        options.progress = [&](double share) { reported.push_back(share); };
        const VectorLoadResult loaded = loadVectorLayer(path, options);
        QVERIFY2(!loaded.error, qPrintable(loaded.error.detail));
        QCOMPARE(loaded.layer->features.size(), size_t(40000));
        QVERIFY(reported.size() >= 2);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QVERIFY(reported.front() > 0 && reported.back() <= 1.0);

        std::atomic_bool cancel{true};
        options.cancel = &cancel;
        const VectorLoadResult cancelled = loadVectorLayer(path, options);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.layer);
        QVERIFY(cancelled.error.message.contains(QStringLiteral("cancelled")));
    }

    void csvWithUnusualColumnsAsksForThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("plantas.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nombre,este,norte\nPlanta A,-106.42,31.69\nPlanta B,-100.31,25.67\n");
        file.close();

        const VectorLoadResult unsure = loadVectorLayer(path);
        QVERIFY(unsure.error);
        QVERIFY(!unsure.layer);
        QCOMPARE(unsure.csvColumns, (QStringList{QStringLiteral("nombre"), QStringLiteral("este"), QStringLiteral("norte")}));

        VectorLoadOptions chosen;
        chosen.assumedCrs = QStringLiteral("EPSG:4326");
        chosen.xField = QStringLiteral("este");
        chosen.yField = QStringLiteral("norte");
        const VectorLoadResult loaded = loadVectorLayer(path, chosen);
        QVERIFY2(!loaded.error, qPrintable(loaded.error.message + loaded.error.detail));
        QCOMPARE(loaded.layer->features.size(), size_t(2));
        const QPointF juarez = webmercator::toLonLat(loaded.layer->points(loaded.layer->features[0]).front());
        QVERIFY(std::abs(juarez.x() + 106.42) < 1e-9 && std::abs(juarez.y() - 31.69) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestVectorLoader)
#include "tst_vectorloader.moc"
