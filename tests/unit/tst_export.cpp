// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"
#include "exportprojection.h"
#include "gdalsetup.h"
#include "mapexport.h"
#include "reprojector.h"

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
        QCOMPARE(ds->GetRasterCount(), 4); // RGBA
    }

    void viewInMexicoLccFollowsTheProjection()
    {
        // INEGI's Lambert conformal conic: the layers are carried into it with PROJ, and the frame's geography is
        // its geography (meridians converge towards the north, straight up only on the central meridian, -102°).
        const QString crs = QStringLiteral("EPSG:6372");
        MapSettings map;
        map.layers = m_map.layers;
        const ExportView view = exportView(map, m_map.homeExtent, QSizeF(1600, 1000), 0, crs);
        QVERIFY(view.projection);
        QCOMPARE(view.settings.crs, crs);
        const QPointF juarez = view.lonLatToFrame(-106.42, 31.69);
        QVERIFY(QRectF(0, 0, 1600, 1000).contains(juarez));
        const QPointF back = view.frameToLonLat(juarez);
        QVERIFY(qAbs(back.x() + 106.42) < 1e-6 && qAbs(back.y() - 31.69) < 1e-6);
        QVERIFY(qAbs(view.lonLatToFrame(-102, 16).x() - view.lonLatToFrame(-102, 32).x()) < 0.5);
        QVERIFY(view.lonLatToFrame(-117, 32).x() - view.lonLatToFrame(-117, 16).x() > 20); // leans east going north

        // Every state is there, and a factory site lies where PROJ puts its coordinates.
        const auto layer = [&](const char *id) {
            return *std::find_if(view.settings.layers.begin(), view.settings.layers.end(),
                                 [&](const MapLayer &l) { return l.id == QLatin1String(id); });
        };
        QCOMPARE(layer("mx_states").data->features.size(), size_t(32));
        const VectorLayer &sites = *layer("facilities").data;
        QVERIFY(!sites.features.empty());
        const Feature &site = sites.features.front();
        const QPointF planar = sites.points(site).front();
        const VectorLayer &original = *std::find_if(m_map.layers.begin(), m_map.layers.end(), [](const MapLayer &l) {
                                           return l.id == QLatin1String("facilities");
                                       })->data;
        const auto same = std::find_if(original.features.begin(), original.features.end(),
                                       [&](const Feature &f) { return f.fid == site.fid; });
        QVERIFY(same != original.features.end());
        const QPointF lonLat = webmercator::toLonLat(original.points(*same).front());
        double x = lonLat.x(), y = lonLat.y();
        QVERIFY(Reprojector(QStringLiteral("EPSG:4326"), crs).transform(std::span(&x, 1), std::span(&y, 1)));
        QVERIFY2(qAbs(planar.x() - x) < 0.01 && qAbs(planar.y() - y) < 0.01,
                 qPrintable(QStringLiteral("%1 %2 vs %3 %4").arg(planar.x()).arg(planar.y()).arg(x).arg(y)));
    }

    void slidesInMexicoLcc()
    {
        // The same slide in Web Mercator and in EPSG:6372: both complete, and the maps differ (the shapes change).
        const ExportRequest mercator = request(ExportRequest::Format::Png, QStringLiteral("mercator.png"));
        ExportRequest lcc = request(ExportRequest::Format::Png, QStringLiteral("lcc.png"));
        lcc.crs = QStringLiteral("EPSG:6372");
        QVERIFY(!exportMap(mercator));
        const UserError error = exportMap(lcc);
        QVERIFY2(!error, qPrintable(error.message + error.detail));
        const QImage a(mercator.path), b(lcc.path);
        QCOMPARE(b.size(), a.size());
        QVERIFY(a != b);

        // PDF keeps vector geometry and real text in the projection as well.
        ExportRequest pdf = request(ExportRequest::Format::Pdf, QStringLiteral("lcc.pdf"));
        pdf.crs = QStringLiteral("EPSG:6372");
        QVERIFY(!exportMap(pdf));
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf.path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(text.contains(pdf.title));
        QVERIFY(text.contains(QStringLiteral("Ciudad Juárez")));
    }

    void unknownCrsIsExplained()
    {
        ExportRequest r = request(ExportRequest::Format::Png, QStringLiteral("unknown.png"));
        r.crs = QStringLiteral("EPSG:999999");
        const UserError error = exportMap(r);
        QVERIFY(error.message.contains(QStringLiteral("EPSG:999999")));
        QVERIFY(!error.detail.isEmpty()); // GDAL's own words, one click away
        QVERIFY(!QFile::exists(r.path));
    }

    static int differingPixels(const QImage &first, const QImage &second)
    {
        const QImage a = first.convertToFormat(QImage::Format_ARGB32), b = second.convertToFormat(QImage::Format_ARGB32);
        int differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                if (qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q)) > 24)
                    ++differing;
            }
        }
        return differing;
    }

    void stripsDrawTheSameSlide()
    {
        // The striped writer (for slides beyond Qt's images): eight strips against two (a strip of 719 rows is drawn
        // the same way, straight onto the strip, while one of 720 would be the whole slide), and against one image.
        ExportRequest whole = request(ExportRequest::Format::Png, QStringLiteral("whole.png"));
        whole.dpi = 300;
        ExportRequest oneStrip = whole, strips = whole;
        oneStrip.path = m_dir.filePath(QStringLiteral("one-strip.png"));
        oneStrip.stripRows = 719;
        strips.path = m_dir.filePath(QStringLiteral("strips.png"));
        strips.stripRows = 100;
        QVERIFY(!exportMap(whole));
        QVERIFY(!exportMap(oneStrip));
        QVERIFY(!exportMap(strips));
        const QImage a(whole.path), b(oneStrip.path), c(strips.path);
        QCOMPARE(c.size(), a.size());
        QCOMPARE(qRound(c.dotsPerMeterX() * 0.0254), 300);
        // No seams: strip borders only clip what is drawn.
        const int seams = differingPixels(b, c);
        QVERIFY2(seams < a.width() * a.height() / 1000, qPrintable(QString::number(seams)));
        // The same slide as one image, up to anti-aliasing: there each layer is drawn apart and then composed.
        const int shades = differingPixels(a, c);
        QVERIFY2(shades < a.width() * a.height() / 20, qPrintable(QString::number(shades)));
    }

    void slideWiderThanQtImages()
    {
        ExportRequest r = request(ExportRequest::Format::Png, QStringLiteral("banner.png"));
        r.pixels = QSize(33000, 400);
        r.dpi = 150;
        const UserError error = exportMap(r);
        QVERIFY2(!error, qPrintable(error.message + error.detail));
        QImageReader reader(r.path);
        QCOMPARE(reader.size(), QSize(33000, 400)); // from the header: Qt would not load it whole
        // GDAL reads it: the map in the middle is not blank paper.
        ensureGdalReady();
        GDALDatasetUniquePtr ds(GDALDataset::Open(r.path.toUtf8().constData(), GDAL_OF_RASTER));
        QVERIFY(ds);
        std::vector<uint8_t> red(2000);
        QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Read, 15500, 200, 2000, 1, red.data(), 2000, 1, GDT_Byte, 0, 0),
                 CE_None);
        QVERIFY(std::any_of(red.begin(), red.end(), [](uint8_t v) { return v < 240; }));
        // Its DPI is in the pHYs chunk.
        QFile file(r.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(256);
        const qsizetype at = head.indexOf("pHYs");
        QVERIFY(at > 0);
        const auto u32 = [&](qsizetype i) {
            return quint32(uchar(head[i])) << 24 | quint32(uchar(head[i + 1])) << 16 | quint32(uchar(head[i + 2])) << 8
                   | quint32(uchar(head[i + 3]));
        };
        QCOMPARE(qRound(u32(at + 4) * 0.0254), 150);
        QCOMPARE(int(head[at + 12]), 1); // unit: metre
    }

    void sizesBeyondWhatFormatsHoldAreExplained()
    {
        ExportRequest r = request(ExportRequest::Format::Jpeg, QStringLiteral("huge.jpg"));
        r.pixels = QSize(40000, 100);
        QVERIFY(exportMap(r).message.contains(QStringLiteral("PNG")));
        r.format = ExportRequest::Format::Png;
        r.pixels = QSize(300000, 100);
        QVERIFY(exportMap(r));
        QVERIFY(!QFile::exists(r.path));
    }

    void cancelledExportLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("strips");
        QTest::newRow("png") << int(ExportRequest::Format::Png) << 0;
        QTest::newRow("png in strips") << int(ExportRequest::Format::Png) << 100;
        QTest::newRow("pdf") << int(ExportRequest::Format::Pdf) << 0;
        QTest::newRow("tif") << int(ExportRequest::Format::GeoTiff) << 0;
        QTest::newRow("tif in strips") << int(ExportRequest::Format::GeoTiff) << 100;
    }
    void cancelledExportLeavesNoFile()
    {
        QFETCH(int, format);
        QFETCH(int, strips);
        ExportRequest r = request(ExportRequest::Format(format), QStringLiteral("cancelled.out"));
        r.stripRows = strips;
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
