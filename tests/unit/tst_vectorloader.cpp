// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"
#include "vectorlayer.h"

#include <QFile>
#include <QLineF>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <gdal_utils.h>
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
    void flatGeobufRowsWithoutGeometryKeepTheirPoints()
    {
        // GDAL 3.10's FlatGeobuf Arrow stream gives such rows another row's point: the loader must not show it.
        // Rows without a point among rows with one, as the default data's unlocated factory sites are.
        ensureGdalReady();
        const QString path = m_dir.filePath(QStringLiteral("gaps.fgb"));
        {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            const char *options[] = {"SPATIAL_INDEX=NO", nullptr};
            OGRLayer *layer = ds->CreateLayer("sites", &wgs84, wkbPoint, const_cast<char **>(options));
            OGRFieldDefn name("name", OFTString);
            QVERIFY(layer->CreateField(&name) == OGRERR_NONE);
            for (int i = 0; i < 12; ++i) {
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField(0, QByteArray::number(i).constData());
                if (i % 3 != 1) { // rows 1, 4, 7, 10 have none
                    OGRPoint point(-110.0 + i, 20.0 + i / 2.0);
                    feature.SetGeometry(&point);
                }
                QVERIFY(layer->CreateFeature(&feature) == OGRERR_NONE);
            }
        }
        const VectorLoadResult loaded = loadVectorLayer(path);
        QVERIFY2(loaded.layer, qPrintable(loaded.error.detail));
        const VectorLayer &layer = *loaded.layer;
        QCOMPARE(layer.features.size(), size_t(12));
        for (int i = 0; i < 12; ++i) {
            const Feature &f = layer.features[size_t(i)];
            QCOMPARE(layer.attribute(f, QStringLiteral("name")).toString(), QString::number(i));
            if (i % 3 == 1) {
                QCOMPARE(f.kind, GeometryKind::None);
                continue;
            }
            QCOMPARE(f.kind, GeometryKind::Point);
            const QPointF expected = webmercator::fromLonLat(-110.0 + i, 20.0 + i / 2.0);
            QVERIFY(QLineF(layer.points(f).front(), expected).length() < 0.01);
        }
    }

    void arrowAndFeatureLoopAgree()
    {
        const VectorLoadResult gpkg = loadVectorLayer(writePoints("GPKG", QStringLiteral("sites.gpkg")));
        const VectorLoadResult json = loadVectorLayer(writePoints("GeoJSON", QStringLiteral("sites.geojson")));
        QVERIFY2(gpkg.layer && json.layer, qPrintable(gpkg.error.detail + json.error.detail));
        QVERIFY(gpkg.columnar);
        QVERIFY(!json.columnar);
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

    // Enough rows for several Arrow batches decoded at once (more than the three in flight, so that decoding slots are
    // reused) and written at their own place in the table, which is sized from the count the file states, or grown
    // batch by batch when it is not known. A stale count, too low or too high (GDAL 3.10's Arrow reader then
    // returned rows that are not in the file, or crashed), makes the loader read feature by feature instead.
    void manyBatchesLandInTheirRows_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("storedCount");
        QTest::addColumn<bool>("countIgnored");
        QTest::addColumn<bool>("columnar");
        QTest::newRow("count right") << 300'000 << 300'000 << false << true;
        QTest::newRow("count unknown: the table grows") << 300'000 << 300'000 << true << true;
        QTest::newRow("count too low") << 150'000 << 1'000 << false << false;
        QTest::newRow("count too high") << 150'000 << 400'000 << false << false;
    }
    void manyBatchesLandInTheirRows()
    {
        QFETCH(int, rows); // GDAL's batches hold 65,536 rows
        QFETCH(int, storedCount);
        QFETCH(bool, countIgnored);
        QFETCH(bool, columnar);
        ensureGdalReady();
        const QString path = m_dir.filePath(QStringLiteral("many-%1-%2.gpkg").arg(rows).arg(storedCount));
        auto lonOf = [](int i) { return -118.0 + (i % 1000) * 0.032; };
        auto latOf = [](int i) { return 14.0 + (i / 1000) * 0.12; };
        const char *categories[] = {"Foxconn", "Wistron", "Pegatron"};
        {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            OGRLayer *layer = ds->CreateLayer("sites", &wgs84, wkbPoint, nullptr);
            OGRFieldDefn company("company", OFTString), value("value", OFTReal);
            QVERIFY(layer->CreateField(&company) == OGRERR_NONE && layer->CreateField(&value) == OGRERR_NONE);
            QVERIFY(layer->StartTransaction() == OGRERR_NONE);
            for (int i = 0; i < rows; ++i) {
                OGRFeature feature(layer->GetLayerDefn());
                if (i % 7 != 3)
                    feature.SetField(0, categories[i % 3]);
                if (i % 11 != 5)
                    feature.SetField(1, i * 0.5);
                if (i % 1000 != 999) { // every thousandth row has no geometry
                    OGRPoint point(lonOf(i), latOf(i));
                    feature.SetGeometry(&point);
                }
                QVERIFY(layer->CreateFeature(&feature) == OGRERR_NONE);
            }
            QVERIFY(layer->CommitTransaction() == OGRERR_NONE);
        }
        if (storedCount != rows) { // a count left stale by another tool
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            const QByteArray sql = "UPDATE gpkg_ogr_contents SET feature_count = " + QByteArray::number(storedCount);
            ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
        }
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
            QCOMPARE(ds->GetLayer(0)->GetFeatureCount(FALSE), GIntBig(storedCount)); // the path under test is the one meant
        }

        VectorLoadOptions options;
        options.ignoreStoredCount = countIgnored;
        const VectorLoadResult loaded = loadVectorLayer(path, options);
        QVERIFY2(loaded.layer, qPrintable(loaded.error.detail));
        QCOMPARE(loaded.columnar, columnar); // the path under test is the one taken
        const VectorLayer &layer = *loaded.layer;
        QCOMPARE(layer.features.size(), size_t(rows));
        const int company = layer.fieldIndex(QStringLiteral("company")), value = layer.fieldIndex(QStringLiteral("value"));
        int mismatches = 0;
        for (int i = 0; i < rows && mismatches < 5; ++i) {
            const Feature &f = layer.features[size_t(i)];
            bool ok = f.fid == i + 1;
            if (i % 1000 == 999) {
                ok = ok && f.kind == GeometryKind::None && layer.points(f).empty();
            } else {
                const QPointF expected = webmercator::fromLonLat(lonOf(i), latOf(i));
                ok = ok && f.kind == GeometryKind::Point && layer.points(f).size() == 1 &&
                     QLineF(layer.points(f).front(), expected).length() < 1e-3 && layer.bounds(f).topLeft() == layer.points(f).front() &&
                     layer.labelPoint(f) == layer.points(f).front();
            }
            const QVariant text = layer.value(f, company);
            ok = ok && (i % 7 == 3 ? text.isNull() : text.toString() == QLatin1String(categories[i % 3]));
            const double number = layer.number(f, value);
            ok = ok && (i % 11 == 5 ? std::isnan(number) : number == i * 0.5);
            if (!ok) {
                ++mismatches;
                qWarning() << "row" << i << "fid" << f.fid << "kind" << int(f.kind) << text << number;
            }
        }
        QCOMPARE(mismatches, 0);
        const QPointF southWest = webmercator::fromLonLat(-118.0, 14.0);
        const QPointF northEast = webmercator::fromLonLat(lonOf(999 - 1), latOf(rows - 1));
        QVERIFY(QLineF(layer.extent.topLeft(), southWest).length() < 1e-3);
        QVERIFY(QLineF(layer.extent.bottomRight(), QPointF(northEast.x(), northEast.y())).length() < 1e-3);
    }

    // A FlatGeobuf cut short (a copy that did not finish): its header promises rows the file no longer has. GDAL's
    // Arrow stream breaks off; the loader then reads feature by feature and keeps the rows that are there, with
    // GDAL's words in the warnings.
    void truncatedFlatGeobufKeepsWhatIsThere()
    {
        ensureGdalReady();
        const QString path = m_dir.filePath(QStringLiteral("cut.fgb"));
        constexpr int rows = 150'000;
        {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            const char *sequential[] = {"SPATIAL_INDEX=NO", nullptr};
            OGRLayer *layer = ds->CreateLayer("sites", &wgs84, wkbPoint, const_cast<char **>(sequential));
            OGRFieldDefn value("value", OFTReal);
            QVERIFY(layer->CreateField(&value) == OGRERR_NONE);
            for (int i = 0; i < rows; ++i) {
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField(0, double(i));
                OGRPoint point(-118.0 + (i % 1000) * 0.032, 14.0 + (i / 1000) * 0.12);
                feature.SetGeometry(&point);
                QVERIFY(layer->CreateFeature(&feature) == OGRERR_NONE);
            }
        }
        QFile file(path);
        QVERIFY(file.resize(file.size() * 6 / 10));

        const VectorLoadResult loaded = loadVectorLayer(path);
        QVERIFY2(loaded.layer, qPrintable(loaded.error.detail));
        QVERIFY(!loaded.columnar); // the Arrow stream's partial rows were dropped, the feature loop read again
        const VectorLayer &layer = *loaded.layer;
        QVERIFY(layer.features.size() > 0);
        QVERIFY(layer.features.size() < size_t(rows));
        QVERIFY(loaded.warnings.join(QLatin1Char('\n')).contains(QLatin1String("I/O failure"))); // GDAL's words
        // The rows kept are the file's own, in order: nothing zero-filled or repeated.
        const int value = layer.fieldIndex(QStringLiteral("value"));
        for (size_t i = 0; i < layer.features.size(); ++i)
            QCOMPARE(layer.number(layer.features[i], value), double(i));
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
