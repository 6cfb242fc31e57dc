// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"
#include "gdalsetup.h"
#include "mapexport.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

using namespace atlas;

// Every export format, checked with an independent reader.
class TestExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DefaultMap m_map;

    ExportRequest request(ExportRequest::Format format, const QString &file)
    {
        ExportRequest r;
        r.map.layers = m_map.layers;
        r.extent = m_map.homeExtent;
        r.format = format;
        r.path = m_dir.filePath(file);
        r.title = QStringLiteral("Nearshore hubs 2025");
        r.subtitle = QStringLiteral("Factory sites by announced investment");
        r.pixels = QSize(1280, 720);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_map = DefaultMap::load();
        QVERIFY(m_map.errors.isEmpty());
    }

    void pngHasItsSizeAndDpi()
    {
        ExportRequest r = request(ExportRequest::Format::Png, QStringLiteral("slide.png"));
        r.dpi = 300;
        QVERIFY2(!exportMap(r), "export failed");
        QImageReader reader(r.path);
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(1280, 720));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // the slide's margin
    }

    void pdfHasTheTitleAsText()
    {
        const ExportRequest r = request(ExportRequest::Format::Pdf, QStringLiteral("slide.pdf"));
        QVERIFY(!exportMap(r));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, in packaging/debian/build-deps) is needed");
        QProcess process;
        process.start(pdftotext, {r.path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(r.title), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Ciudad Juárez"))); // map labels stay real text too
        QVERIFY(text.contains(QStringLiteral("Sources:")));
    }

    void svgParsesAndKeepsText()
    {
        const ExportRequest r = request(ExportRequest::Format::Svg, QStringLiteral("slide.svg"));
        QVERIFY(!exportMap(r));
        QFile file(r.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int texts = 0, paths = 0;
        bool title = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
                ++texts;
                title = title || xml.readElementText(QXmlStreamReader::IncludeChildElements).contains(r.title);
            } else if (xml.isStartElement() && xml.name() == QLatin1String("path")) {
                ++paths;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(title);
        QVERIFY(texts > 10);
        QVERIFY(paths > 30); // vector geometry, not one embedded picture
    }

    void geoTiffIsGeoreferenced()
    {
        ExportRequest r = request(ExportRequest::Format::GeoTiff, QStringLiteral("map.tif"));
        r.extent = {-108, 25, -98, 33};
        r.pixels = QSize(1000, 800);
        QVERIFY(!exportMap(r));
        ensureGdalReady();
        GDALDatasetUniquePtr ds(GDALDataset::Open(r.path.toUtf8().constData(), GDAL_OF_RASTER));
        QVERIFY(ds);
        QCOMPARE(ds->GetRasterXSize(), 1000);
        QCOMPARE(ds->GetRasterYSize(), 800);
        QCOMPARE(QString::fromLatin1(ds->GetSpatialRef()->GetAuthorityCode(nullptr)), QStringLiteral("3857"));
        double t[6];
        QCOMPARE(ds->GetGeoTransform(t), CE_None);
        // The requested box lies inside the raster, and the raster is no bigger than fitting it requires.
        const QPointF sw = webmercator::fromLonLat(-108, 25), ne = webmercator::fromLonLat(-98, 33);
        const double west = t[0], north = t[3], east = t[0] + 1000 * t[1], south = t[3] + 800 * t[5];
        QVERIFY(west <= sw.x() + 1 && east >= ne.x() - 1 && south <= sw.y() + 1 && north >= ne.y() - 1);
        QVERIFY(qAbs((east - west) - (ne.x() - sw.x())) < 1 || qAbs((north - south) - (ne.y() - sw.y())) < 1);
    }

    void geoTiffInMexicoLcc()
    {
        ExportRequest r = request(ExportRequest::Format::GeoTiff, QStringLiteral("lcc.tif"));
        r.extent = {-108, 25, -98, 33};
        r.pixels = QSize(800, 600);
        r.crs = QStringLiteral("EPSG:6372");
        const UserError error = exportMap(r);
        QVERIFY2(!error, qPrintable(error.message + error.detail));
        GDALDatasetUniquePtr ds(GDALDataset::Open(r.path.toUtf8().constData(), GDAL_OF_RASTER));
        QVERIFY(ds);
        QCOMPARE(QString::fromLatin1(ds->GetSpatialRef()->GetAuthorityCode(nullptr)), QStringLiteral("6372"));
        // The requested box, projected to EPSG:6372 with PROJ, lies inside the raster's extent.
        double t[6];
        QCOMPARE(ds->GetGeoTransform(t), CE_None);
        OGRSpatialReference wgs84, lcc;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        lcc.importFromEPSG(6372);
        lcc.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // easting, northing, as the geotransform
        std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs84, &lcc));
        const double west = t[0], north = t[3], east = t[0] + ds->GetRasterXSize() * t[1],
                     south = t[3] + ds->GetRasterYSize() * t[5];
        for (const auto &[lon, lat] : {std::pair{-103.0, 29.0}, std::pair{-107.5, 25.5}, std::pair{-98.5, 32.5}}) {
            double x = lon, y = lat;
            QVERIFY(ct->Transform(1, &x, &y));
            QVERIFY2(x > west && x < east && y > south && y < north,
                     qPrintable(QStringLiteral("%1 %2 -> %3 %4 not in %5..%6, %7..%8").arg(lon).arg(lat).arg(x).arg(y).arg(west).arg(east).arg(south).arg(north)));
        }
        QCOMPARE(ds->GetRasterCount(), 4); // RGB and alpha: transparent outside the warped frame
    }

    void otherCrsIsExplained()
    {
        ExportRequest r = request(ExportRequest::Format::Png, QStringLiteral("lcc.png"));
        r.crs = QStringLiteral("EPSG:6372");
        QVERIFY(exportMap(r).message.contains(QStringLiteral("GeoTIFF")));
        r.format = ExportRequest::Format::GeoTiff;
        r.crs = QStringLiteral("EPSG:999999");
        QVERIFY(exportMap(r).message.contains(QStringLiteral("EPSG:999999")));
        QVERIFY(!QFile::exists(r.path));
    }

    void cancelledExportLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("png") << int(ExportRequest::Format::Png);
        QTest::newRow("pdf") << int(ExportRequest::Format::Pdf);
        QTest::newRow("tif") << int(ExportRequest::Format::GeoTiff);
    }
    void cancelledExportLeavesNoFile()
    {
        QFETCH(int, format);
        const ExportRequest r = request(ExportRequest::Format(format), QStringLiteral("cancelled.out"));
        std::atomic_bool cancel{true};
        const UserError error = exportMap(r, &cancel);
        QVERIFY(error);
        QVERIFY(!QFile::exists(r.path));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("cancelled.out*")}, QDir::Files).isEmpty());
    }

    void unwritablePathIsAnError()
    {
        const ExportRequest r = request(ExportRequest::Format::Png, QStringLiteral("no/such/dir/slide.png"));
        const UserError error = exportMap(r);
        QVERIFY(error);
        QVERIFY(error.message.contains(QStringLiteral("slide.png")));
    }

    void formatNames()
    {
        ExportRequest::Format f{};
        QVERIFY(exportFormatFromName(QStringLiteral("PDF"), &f) && f == ExportRequest::Format::Pdf);
        QVERIFY(exportFormatFromName(QStringLiteral("tiff"), &f) && f == ExportRequest::Format::GeoTiff);
        QVERIFY(!exportFormatFromName(QStringLiteral("docx"), &f));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
