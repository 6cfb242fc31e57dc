// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectorlayer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

// Bad input gives a readable message and GDAL's detail, never a crash.
class TestVectorLayerErrors : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void missingFile()
    {
        const VectorLoadResult result = loadVectorLayer(m_dir.filePath(QStringLiteral("nowhere.geojson")));
        QVERIFY(result.error);
        QVERIFY(!result.layer);
        QVERIFY(result.error.message.contains(QStringLiteral("nowhere.geojson")));
    }

    void truncatedGeoJson()
    {
        const QString path = write(QStringLiteral("cut.geojson"),
                                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geo");
        const VectorLoadResult result = loadVectorLayer(path);
        QVERIFY(result.error);
        QVERIFY(!result.error.detail.isEmpty()); // GDAL's own words, for the details view
    }

    void noCrsIsRefusedUnlessOneIsGiven()
    {
        // A CSV with WKT geometry declares no CRS; its numbers are not longitude/latitude (which would be read as
        // WGS 84, see tst_opening), so nothing may be assumed.
        const QString path = write(QStringLiteral("plain.csv"), "id,WKT\n1,\"POINT (372000 3508000)\"\n");
        const VectorLoadResult refused = loadVectorLayer(path);
        QVERIFY(refused.error);
        QVERIFY(refused.error.message.contains(QStringLiteral("coordinate reference system")));

        const VectorLoadResult accepted = loadVectorLayer(path, {{}, QStringLiteral("EPSG:32613")});
        QVERIFY2(!accepted.error, qPrintable(accepted.error.detail));
        QCOMPARE(accepted.layer->features.size(), size_t(1));
        QCOMPARE(accepted.layer->features.front().kind, GeometryKind::Point);
        QVERIFY(accepted.layer->extentLonLat.west > -107 && accepted.layer->extentLonLat.west < -106); // near Juárez
    }

    void csvWithLongitudeAndLatitudeColumnsIsPoints()
    {
        const QString path = write(QStringLiteral("sites.csv"),
                                   "name,Latitude,Longitude,usd\nPlant A,31.69,-106.42,1000000\nPlant B,25.67,-100.31,\n");
        const VectorLoadResult result = loadVectorLayer(path, {{}, QStringLiteral("EPSG:4326")});
        QVERIFY2(!result.error, qPrintable(result.error.detail));
        QCOMPARE(result.layer->features.size(), size_t(2));
        QCOMPARE(result.layer->features.front().kind, GeometryKind::Point);
        const QPointF p = webmercator::toLonLat(result.layer->points(result.layer->features.front()).front());
        QVERIFY(qAbs(p.x() + 106.42) < 1e-9 && qAbs(p.y() - 31.69) < 1e-9);
        QVERIFY(result.layer->attribute(result.layer->features[1], QStringLiteral("usd")).toString().isEmpty());
    }

    void nonUtf8TextDoesNotCrash()
    {
        // Latin-1 "Querétaro" in a GeoJSON file that claims nothing: the text is damaged, the load is not.
        const QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                "\"properties\":{\"name\":\"Quer\xe9taro\"},"
                                "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-100.39,20.59]}}]}";
        const VectorLoadResult result = loadVectorLayer(write(QStringLiteral("latin1.geojson"), json));
        QVERIFY2(!result.error, qPrintable(result.error.detail));
        QCOMPARE(result.layer->features.size(), size_t(1));
        QVERIFY(result.layer->attribute(result.layer->features.front(), QStringLiteral("name")).toString().startsWith(
            QStringLiteral("Quer")));
    }

    void polarDataIsClippedToWebMercator()
    {
        const QString path = write(QStringLiteral("polar.geojson"),
                                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                   "\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                   "[[[-10,60],[10,60],[10,90],[-10,90],[-10,60]]]}}]}");
        const VectorLoadResult result = loadVectorLayer(path);
        QVERIFY2(!result.error, qPrintable(result.error.detail));
        QVERIFY(std::isfinite(result.layer->extent.top()) && std::isfinite(result.layer->extent.bottom()));
        QVERIFY(result.layer->extentLonLat.north <= webmercator::maxLatitude + 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestVectorLayerErrors)
#include "tst_vectorlayer_errors.moc"
