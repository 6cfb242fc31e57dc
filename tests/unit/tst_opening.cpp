// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"
#include "layersource.h"
#include "vectorlayer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace atlas;

// Opening a planner's data: what is assumed (and said) when a table declares no CRS, what is asked, tables without
// geometry, data outside its CRS's area of use, malformed features.
class TestOpening : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static bool anyContains(const QStringList &list, const QString &text)
    {
        for (const QString &s : list) {
            if (s.contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureGdalReady();
        QVERIFY(m_dir.isValid());
    }

    void lonLatColumnsWithoutCrsAreWgs84()
    {
        const QString csv = write("sites.csv", "name,lon,lat\nJuarez,-106.42,31.69\nMonterrey,-100.31,25.67\n");
        const VectorLoadResult result = loadVectorLayer(csv);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QCOMPARE(result.layer->sourceCrs, QStringLiteral("EPSG:4326"));
        QCOMPARE(result.assumedCrs, QStringLiteral("EPSG:4326"));
        QVERIFY2(anyContains(result.notices, "WGS 84"), qPrintable(result.notices.join('\n')));
        QVERIFY(anyContains(result.notices, "?crs=")); // and how to change it
        QCOMPARE(result.layer->features.size(), size_t(2));
        QVERIFY(qAbs(result.layer->extentLonLat.west - -106.42) < 1e-6);
        QVERIFY(qAbs(result.layer->extentLonLat.north - 31.69) < 1e-6);

        // The layer remembers the assumption, so that a project opens it the same way.
        const OpenedLayer opened = openLayerSource(csv);
        QCOMPARE(opened.layer.assumedCrs, QStringLiteral("EPSG:4326"));
        QVERIFY(!opened.notices.isEmpty());
    }

    void wktColumnWithoutCrsIsWgs84()
    {
        const QString csv = write("wkt.csv", "id,wkt\n1,\"POINT (-99.13 19.43)\"\n2,\"LINESTRING (-100 20,-101 21)\"\n");
        const VectorLoadResult result = loadVectorLayer(csv);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QCOMPARE(result.layer->sourceCrs, QStringLiteral("EPSG:4326"));
        QVERIFY(anyContains(result.notices, "EPSG:4326"));
    }

    void metresWithoutCrsAsk()
    {
        // UTM-like numbers: nobody may guess; the window asks, the command line takes ?crs= or --layer-crs.
        const QString csv = write("utm.csv", "name,x,y\nA,372000,3508000\nB,380000,3512000\n");
        const VectorLoadResult refused = loadVectorLayer(csv);
        QVERIFY(refused.error);
        QVERIFY(refused.error.message.contains("coordinate reference system"));
        const OpenedLayer asked = openLayerSource(csv);
        QVERIFY(asked.needsCrs);

        const OpenedLayer named = openLayerSource(csv, QStringLiteral("EPSG:32613"));
        QVERIFY2(!named.error, qPrintable(named.error.message));
        QCOMPARE(named.layer.data->sourceCrs, QStringLiteral("EPSG:32613"));
        QVERIFY2(named.notices.isEmpty(), qPrintable(named.notices.join('\n'))); // near Juárez: inside zone 13N
        QVERIFY(named.layer.data->extentLonLat.west > -107 && named.layer.data->extentLonLat.east < -106);
    }

    void layerArgumentNamesItsCrs()
    {
        LayerArgument a = parseLayerArgument(QStringLiteral("/data/utm.csv?crs=EPSG:32614"));
        QCOMPARE(a.source, QStringLiteral("/data/utm.csv"));
        QCOMPARE(a.crs, QStringLiteral("EPSG:32614"));
        a = parseLayerArgument(QStringLiteral("/data/plain.shp"));
        QCOMPARE(a.source, QStringLiteral("/data/plain.shp"));
        QVERIFY(a.crs.isEmpty());
        a = parseLayerArgument(QStringLiteral("https://example.org/wfs?service=WFS&request=GetFeature"));
        QCOMPARE(a.source, QStringLiteral("https://example.org/wfs?service=WFS&request=GetFeature"));
        QVERIFY(a.crs.isEmpty());
    }

    void attributeOnlyGeoPackageIsATable()
    {
        const QString path = m_dir.filePath("indicators.gpkg");
        {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRLayer *table = ds->CreateLayer("indicadores", nullptr, wkbNone, nullptr);
            OGRFieldDefn code("CVE_ENT", OFTString), value("valor", OFTReal);
            QVERIFY(table->CreateField(&code) == OGRERR_NONE && table->CreateField(&value) == OGRERR_NONE);
            for (int i = 1; i <= 3; ++i) {
                OGRFeature row(table->GetLayerDefn());
                row.SetField(0, QByteArray::number(i).rightJustified(2, '0').constData());
                row.SetField(1, i * 1.5);
                QVERIFY(table->CreateFeature(&row) == OGRERR_NONE);
            }
        }
        const OpenedLayer opened = openLayerSource(path);
        QVERIFY2(!opened.error, qPrintable(opened.error.message)); // not "does not say which CRS"
        QVERIFY(!opened.needsCrs);
        QVERIFY(opened.attributeOnly);
        QVERIFY2(anyContains(opened.notices, "attribute-only"), qPrintable(opened.notices.join('\n')));
        QCOMPARE(opened.layer.data->features.size(), size_t(3));
        QCOMPARE(opened.layer.data->attribute(opened.layer.data->features[1], "CVE_ENT").toString(), QStringLiteral("02"));
        QCOMPARE(opened.layer.data->features[0].kind, GeometryKind::None);
    }

    void spatialTableIsPreferredOverAttributeTables()
    {
        const QString path = m_dir.filePath("mixed.gpkg");
        {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRLayer *table = ds->CreateLayer("a_table", nullptr, wkbNone, nullptr);
            OGRFieldDefn note("note", OFTString);
            QVERIFY(table->CreateField(&note) == OGRERR_NONE);
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            OGRLayer *points = ds->CreateLayer("z_points", &wgs84, wkbPoint, nullptr);
            OGRFeature feature(points->GetLayerDefn());
            OGRPoint p(-100.3, 25.7);
            feature.SetGeometry(&p);
            QVERIFY(points->CreateFeature(&feature) == OGRERR_NONE);
        }
        const VectorLoadResult result = loadVectorLayer(path);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QCOMPARE(result.layer->name, QStringLiteral("z_points"));
        QVERIFY(!result.attributeOnly);
    }

    void degreesDeclaredAsMetresAreNamed()
    {
        // Degrees under INEGI's LCC (metres): they would land near the projection's origin, in the Pacific.
        const QString geojson = write("lcc.geojson", "{\"type\":\"FeatureCollection\",\n"
"            \"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::6372\"}},\n"
"            \"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Monterrey\"},\n"
"                         \"geometry\":{\"type\":\"Point\",\"coordinates\":[-100.31,25.67]}},\n"
"                        {\"type\":\"Feature\",\"properties\":{\"name\":\"Juarez\"},\n"
"                         \"geometry\":{\"type\":\"Point\",\"coordinates\":[-106.42,31.69]}}]}");
        const VectorLoadResult wrong = loadVectorLayer(geojson);
        QVERIFY2(!wrong.error, qPrintable(wrong.error.message));
        QCOMPARE(wrong.layer->sourceCrs, QStringLiteral("EPSG:6372"));
        QVERIFY2(anyContains(wrong.notices, "degrees"), qPrintable(wrong.notices.join('\n')));
        QVERIFY(anyContains(wrong.notices, "EPSG:6372"));

        // The same places in real EPSG:6372 metres: no warning.
        OGRSpatialReference wgs84, lcc;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        lcc.importFromEPSG(6372);
        lcc.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // easting first, as a file's x column
        std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs84, &lcc));
        double x[] = {-100.31, -106.42}, y[] = {25.67, 31.69};
        QVERIFY(ct && ct->Transform(2, x, y));
        const QString csv = write("lcc.csv", QStringLiteral("name,x,y\nMonterrey,%1,%2\nJuarez,%3,%4\n")
                                                 .arg(x[0], 0, 'f', 1).arg(y[0], 0, 'f', 1).arg(x[1], 0, 'f', 1)
                                                 .arg(y[1], 0, 'f', 1).toUtf8());
        VectorLoadOptions options;
        options.assumedCrs = QStringLiteral("EPSG:6372");
        const VectorLoadResult right = loadVectorLayer(csv, options);
        QVERIFY2(!right.error, qPrintable(right.error.message));
        QVERIFY2(right.notices.isEmpty(), qPrintable(right.notices.join('\n')));
        QVERIFY(qAbs(right.layer->extentLonLat.west - -106.42) < 1e-3);

        // The same metres under a CRS for somewhere else (France's Lambert-93): outside its area, a different cause.
        options.assumedCrs = QStringLiteral("EPSG:2154");
        const VectorLoadResult elsewhere = loadVectorLayer(csv, options);
        QVERIFY2(!elsewhere.error, qPrintable(elsewhere.error.message));
        QVERIFY2(anyContains(elsewhere.notices, "outside the area EPSG:2154 is meant for"),
                 qPrintable(elsewhere.notices.join('\n')));
        QVERIFY(!anyContains(elsewhere.notices, "degrees"));
    }

    void malformedFeaturesAreSkippedAndCounted()
    {
        const QString csv = write("broken.csv", "id,wkt\n"
                                                "1,\"POINT (-100 20)\"\n"
                                                "2,\"POINT (banana 20)\"\n"
                                                "3,\"POLYGON ((-100 20, -101 20\"\n"
                                                "4,\"POINT (-101 21)\"\n"
                                                "5,not wkt at all\n"
                                                "6,\n" // no geometry: a row, not a fault
                                                "7,\"LINESTRING (-100 20, -102 22)\"\n");
        const VectorLoadResult result = loadVectorLayer(csv);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QCOMPARE(result.layer->features.size(), size_t(4)); // 1, 4, 6, 7
        QCOMPARE(result.layer->features[2].fid, result.layer->features[2].fid);
        QCOMPARE(result.layer->features[2].kind, GeometryKind::None);
        QVERIFY2(anyContains(result.notices, "3 features skipped"), qPrintable(result.notices.join('\n')));
        QVERIFY(anyContains(result.notices, "feature 2"));
    }
};

QTEST_GUILESS_MAIN(TestOpening)
#include "tst_opening.moc"
