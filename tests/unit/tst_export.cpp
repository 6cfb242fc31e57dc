// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"
#include "exportprojection.h"
#include "exportsidecar.h"
#include "gdalsetup.h"
#include "mapexport.h"
#include "rasterlayer.h"
#include "reprojector.h"
#include "stripedraster.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
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
        // Not a blank frame: most of the map is land and states, not sea or paper.
        int drawn = 0, sampled = 0;
        const QColor sea = MapSettings{}.background;
        for (int y = 150; y < 600; y += 7) {
            for (int x = 100; x < 1180; x += 7, ++sampled) {
                const QColor c = b.pixelColor(x, y);
                drawn += c != sea && c != QColor(Qt::white) ? 1 : 0;
            }
        }
        QVERIFY2(drawn > sampled / 4, qPrintable(QStringLiteral("%1 of %2").arg(drawn).arg(sampled)));
        // The sidecar's extent is the frame's place on Earth (around Mexico), not its LCC metres read as degrees.
        const LonLatBox e = exportedExtent(lcc);
        QVERIFY2(e.west > -135 && e.west < -110 && e.east > -90 && e.east < -70 && e.south > 5 && e.north < 45,
                 qPrintable(QStringLiteral("%1 %2 %3 %4").arg(e.west).arg(e.south).arg(e.east).arg(e.north)));

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

    void stripsJoinWithoutSeams_data()
    {
        QTest::addColumn<bool>("tiff");
        QTest::newRow("png") << false;
        QTest::newRow("tif") << true;
    }
    void stripsJoinWithoutSeams()
    {
        // A diagonal band and a frame drawn across seven strips of 37 rows come out exactly where one drawing puts them.
        QFETCH(bool, tiff);
        const QSize size(300, 250);
        const auto draw = [](QPainter &painter) {
            painter.fillRect(QRect(0, 0, 300, 250), QColor(10, 20, 30));
            painter.setPen(QPen(QColor(250, 200, 0), 9));
            painter.drawLine(0, 0, 299, 249);
            painter.drawRect(20, 20, 260, 210);
            return true;
        };
        QImage expected(size, QImage::Format_ARGB32_Premultiplied);
        expected.fill(Qt::white);
        QPainter painter(&expected);
        draw(painter);
        painter.end();
        const QString path = m_dir.filePath(tiff ? QStringLiteral("strips.tif") : QStringLiteral("strips-drawn.png"));
        const GeoReference where{{0, 1, 0, 0, 0, -1}, QStringLiteral("EPSG:3857")};
        const UserError error = tiff ? writeStripedGeoTiff(path, size, 96, where, draw, nullptr, 37)
                                     : writeStripedPng(path, size, 96, draw, nullptr, 37);
        QVERIFY2(!error, qPrintable(error.message + error.detail));
        ensureGdalReady();
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER));
        QVERIFY(ds);
        std::vector<uint8_t> rgba(size_t(size.width() * size.height() * 4));
        int bands[] = {1, 2, 3, 4};
        QCOMPARE(ds->RasterIO(GF_Read, 0, 0, size.width(), size.height(), rgba.data(), size.width(), size.height(),
                              GDT_Byte, 4, bands, 4, size.width() * 4, 1, nullptr),
                 CE_None);
        const QImage read(rgba.data(), size.width(), size.height(), size.width() * 4, QImage::Format_RGBA8888);
        // Aliased thick lines may take or leave an edge pixel depending on the clip; anything more is a seam.
        const int differing = differingPixels(read, expected);
        QVERIFY2(differing <= size.width() * size.height() / 2000, qPrintable(QString::number(differing)));
    }

    void failedStripLeavesNoFile()
    {
        // The drawer gives up on the third strip (a cancelled render): nothing is left, not even the temporary file.
        for (const bool tiff : {false, true}) {
            int strips = 0;
            const auto draw = [&strips](QPainter &) { return ++strips < 3; };
            const QString path = m_dir.filePath(tiff ? QStringLiteral("given-up.tif") : QStringLiteral("given-up.png"));
            const GeoReference where{{0, 1, 0, 0, 0, -1}, QStringLiteral("EPSG:3857")};
            const UserError error = tiff ? writeStripedGeoTiff(path, QSize(100, 100), 96, where, draw, nullptr, 10)
                                         : writeStripedPng(path, QSize(100, 100), 96, draw, nullptr, 10);
            QVERIFY(error);
            QCOMPARE(strips, 3);
            QVERIFY(!QFile::exists(path));
            QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("given-up*")}, QDir::Files).isEmpty());
        }
    }

    void rasterLayersInStrips()
    {
        // A raster overlay drawn strip by strip is warped strip by strip, and lands where one image puts it.
        ExportRequest tif = request(ExportRequest::Format::GeoTiff, QStringLiteral("overlay.tif"));
        tif.extent = {-110, 20, -95, 32};
        tif.pixels = QSize(600, 480);
        QVERIFY(!exportMap(tif));
        const RasterLoadResult raster = loadRasterLayer(tif.path);
        QVERIFY2(raster.layer, qPrintable(raster.error.detail));
        MapLayer overlay;
        overlay.id = QStringLiteral("overlay");
        overlay.raster = raster.layer;
        ExportRequest whole = request(ExportRequest::Format::Png, QStringLiteral("overlay-whole.png"));
        whole.map.layers = {overlay};
        whole.extent = tif.extent;
        whole.legend = whole.locator = false;
        ExportRequest strips = whole;
        strips.path = m_dir.filePath(QStringLiteral("overlay-strips.png"));
        strips.stripRows = 64;
        ExportRequest bare = whole;
        bare.path = m_dir.filePath(QStringLiteral("overlay-none.png"));
        bare.map.layers.clear();
        QVERIFY(!exportMap(whole));
        QVERIFY(!exportMap(strips));
        QVERIFY(!exportMap(bare));
        // Straight onto a strip the overlay is resampled at the frame's fractional offset, where one image pastes
        // it whole: edges soften by a shade, nothing moves. The overlay itself makes a far larger difference.
        const double shade = meanDifference(QImage(whole.path), QImage(strips.path));
        const double withOverlay = meanDifference(QImage(bare.path), QImage(strips.path));
        QVERIFY2(shade < 2.0 && withOverlay > 10 * shade,
                 qPrintable(QStringLiteral("%1 %2").arg(shade).arg(withOverlay)));
    }

    static double meanDifference(const QImage &first, const QImage &second)
    {
        const QImage a = first.convertToFormat(QImage::Format_ARGB32), b = second.convertToFormat(QImage::Format_ARGB32);
        double sum = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
            }
        }
        return sum / (3.0 * a.width() * a.height());
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
