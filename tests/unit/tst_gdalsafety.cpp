// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"
#include "vectorlayer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>

using namespace atlas;

// Hostile and careless files stay contained: no network access from a file, no XML external entities, a bounded
// number of open files and a bounded cache. 10.255.255.1 is a non-routable address: a connection attempt would hang
// until curl's timeout (tens of seconds), so answering within a second or two proves no connection was tried.
class TestGdalSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    static constexpr const char *unreachable = "http://10.255.255.1/nearshore/data.csv";

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static int openFiles() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size()); }

    static void verifyNoSecret(const VectorLoadResult &result, const QByteArray &secret)
    {
        QVERIFY(!result.error.message.contains(QString::fromUtf8(secret)));
        QVERIFY(!result.error.detail.contains(QString::fromUtf8(secret)));
        if (!result.layer)
            return;
        for (const Feature &f : result.layer->features) {
            for (int i = 0; i < int(result.layer->fieldNames.size()); ++i)
                QVERIFY2(!result.layer->value(f, i).toString().contains(QString::fromUtf8(secret)),
                         qPrintable(result.layer->fieldNames[i]));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureGdalReady(); // first: the dataset pool and the cache take their limits from it
        QVERIFY(m_dir.isValid());
        QVERIFY(!gdalNetworkAllowed());
    }

    void networkSourceIsRefusedAtOnce()
    {
        QElapsedTimer timer;
        timer.start();
        const VectorLoadResult result = loadVectorLayer(QStringLiteral("/vsicurl/") + QLatin1String(unreachable));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(result.error);
        QVERIFY2(result.error.message.contains("network access is off"), qPrintable(result.error.message));
        QVERIFY(result.error.message.contains("--allow-network"));
        QVERIFY(isNetworkSource(QStringLiteral("/vsizip//vsicurl/http://x/y.zip")));
        QVERIFY(isNetworkSource(QStringLiteral("https://example.org/a.geojson")));
        QVERIFY(!isNetworkSource(m_dir.filePath("a.geojson")));
    }

    void fileReferencingTheNetworkIsBlockedByGdal()
    {
        // A local file, so it reaches GDAL: an OGR VRT whose source is on the network.
        const QString vrt = write("remote.vrt", QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"data\">"
                                                               "<SrcDataSource>/vsicurl/%1</SrcDataSource>"
                                                               "</OGRVRTLayer></OGRVRTDataSource>")
                                                    .arg(QLatin1String(unreachable))
                                                    .toUtf8());
        QElapsedTimer timer;
        timer.start();
        const VectorLoadResult result = loadVectorLayer(vrt);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.error || (result.layer && result.layer->features.empty()));

        // GDAL's own switches, directly: /vsicurl/ opens nothing, CPLHTTPFetch is refused, PROJ stays offline.
        timer.restart();
        VSIStatBufL stat;
        QVERIFY(VSIStatL((QStringLiteral("/vsicurl/") + QLatin1String(unreachable)).toUtf8().constData(), &stat) != 0);
        const int refusedBefore = gdalRefusedRequests();
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLHTTPResult *fetched = CPLHTTPFetch("http://10.255.255.1/schema.xsd", nullptr);
        CPLPopErrorHandler();
        QVERIFY(fetched && fetched->nStatus != 0 && fetched->nDataLen == 0);
        CPLHTTPDestroyResult(fetched);
        QCOMPARE(gdalRefusedRequests(), refusedBefore + 1);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!OSRGetPROJEnableNetwork());
    }

    void gmlWithRemoteSchemaAndXlinksOpensOffline()
    {
        const QString gml = write("remote-schema.gml", QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
"<ogr:FeatureCollection xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\"\n"
"    xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
"    xsi:schemaLocation=\"http://ogr.maptools.org/ http://10.255.255.1/nearshore/schema.xsd\">\n"
"  <gml:featureMember><ogr:sites fid=\"sites.0\">\n"
"    <ogr:geometryProperty><gml:Point srsName=\"EPSG:4326\"><gml:coordinates>25.67,-100.31</gml:coordinates></gml:Point></ogr:geometryProperty>\n"
"    <ogr:name>Monterrey</ogr:name>\n"
"    <ogr:park xlink:href=\"http://10.255.255.1/nearshore/parks.gml#p1\"/>\n"
"  </ogr:sites></gml:featureMember>\n"
"</ogr:FeatureCollection>\n"));
        QElapsedTimer timer;
        timer.start();
        const VectorLoadResult result = loadVectorLayer(gml);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(!result.error, qPrintable(result.error.message + "\n" + result.error.detail));
        QCOMPARE(result.layer->features.size(), size_t(1));
        QCOMPARE(result.layer->attribute(result.layer->features[0], "name").toString(), QStringLiteral("Monterrey"));
    }

    void networkCanBeTurnedOn()
    {
        setGdalNetworkAllowed(true);
        QVERIFY(gdalNetworkAllowed());
        QVERIFY(CPLGetConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", nullptr) == nullptr);
        setGdalNetworkAllowed(false);
        QVERIFY(CPLGetConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", nullptr) != nullptr);
    }

    void xmlExternalEntitiesAreNotResolved()
    {
        const QByteArray secret = "TOP-SECRET-7f3a9c";
        const QString secretPath = write("secret.txt", secret + "\n");
        const QByteArray doctype = "<!DOCTYPE doc [<!ENTITY xxe SYSTEM \"file://" + secretPath.toUtf8() + "\">]>\n";

        const QString gml = write("xxe.gml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + doctype + "\n"
"<ogr:FeatureCollection xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\">\n"
"  <gml:featureMember><ogr:sites fid=\"sites.0\">\n"
"    <ogr:geometryProperty><gml:Point srsName=\"EPSG:4326\"><gml:coordinates>25.67,-100.31</gml:coordinates></gml:Point></ogr:geometryProperty>\n"
"    <ogr:name>&xxe;</ogr:name><ogr:note>plain</ogr:note>\n"
"  </ogr:sites></gml:featureMember>\n"
"</ogr:FeatureCollection>\n");
        verifyNoSecret(loadVectorLayer(gml), secret);

        const QString kml = write("xxe.kml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + doctype + "\n"
"<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark>\n"
"  <name>&xxe;</name><description>&xxe;</description>\n"
"  <Point><coordinates>-100.31,25.67</coordinates></Point>\n"
"</Placemark></Document></kml>\n");
        verifyNoSecret(loadVectorLayer(kml), secret);

        const QString gpx = write("xxe.gpx", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + doctype + "\n"
"<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
"  <wpt lat=\"25.67\" lon=\"-100.31\"><name>&xxe;</name></wpt>\n"
"</gpx>\n");
        verifyNoSecret(loadVectorLayer(gpx), secret);
    }

    void openFilesAreBounded()
    {
        QCOMPARE(QByteArray(CPLGetConfigOption("GDAL_MAX_DATASET_POOL_SIZE", "")), QByteArray::number(gdalMaxOpenDatasets));
        // A mosaic of more tiles than the pool holds: reading all of it must not hold every tile open at once.
        constexpr int tiles = 120;
        GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
        QByteArray vrt = "<VRTDataset rasterXSize=\"" + QByteArray::number(tiles * 4) +
                         "\" rasterYSize=\"4\"><GeoTransform>-110, 0.01, 0, 30, 0, -0.01</GeoTransform>"
                         "<VRTRasterBand dataType=\"Byte\" band=\"1\">";
        for (int i = 0; i < tiles; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("tile%1.tif").arg(i));
            {
                GDALDatasetUniquePtr tile(gtiff->Create(path.toUtf8().constData(), 4, 4, 1, GDT_Byte, nullptr));
                QVERIFY(tile);
            }
            vrt += "<SimpleSource><SourceFilename relativeToVRT=\"0\">" + path.toUtf8() +
                   "</SourceFilename><SourceBand>1</SourceBand>"
                   "<SourceProperties RasterXSize=\"4\" RasterYSize=\"4\" DataType=\"Byte\" BlockXSize=\"4\" BlockYSize=\"4\"/>"
                   "<SrcRect xOff=\"0\" yOff=\"0\" xSize=\"4\" ySize=\"4\"/><DstRect xOff=\"" + QByteArray::number(i * 4) +
                   "\" yOff=\"0\" xSize=\"4\" ySize=\"4\"/></SimpleSource>";
        }
        vrt += "</VRTRasterBand></VRTDataset>";
        const QString mosaic = write("mosaic.vrt", vrt);

        const int before = openFiles();
        GDALDatasetUniquePtr ds(GDALDataset::Open(mosaic.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        QVERIFY(ds);
        std::vector<uint8_t> pixels(size_t(tiles * 4 * 4));
        QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, tiles * 4, 4, pixels.data(), tiles * 4, 4, GDT_Byte, 0, 0,
                                                nullptr),
                 CE_None);
        const int during = openFiles();
        QVERIFY2(during - before <= gdalMaxOpenDatasets + 4, qPrintable(QStringLiteral("%1 files open").arg(during - before)));
        QVERIFY(during - before < tiles);
    }

    void cacheIsBounded()
    {
        QCOMPARE(GDALGetCacheMax64(), GIntBig(gdalCacheBytes));
    }
};

QTEST_GUILESS_MAIN(TestGdalSafety)
#include "tst_gdalsafety.moc"
