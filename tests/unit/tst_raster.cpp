// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"
#include "maprenderer.h"
#include "rasterlayer.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>

using namespace atlas;

// Raster overlays: read through GDAL, warped to the view, placed exactly, errors reported.
class TestRaster : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A 60 x 60 RGB GeoTIFF over lon -106..-100, lat 20..26 (EPSG:4326): west half red, east half blue.
    QString writeHalves(const QString &name, bool georeferenced)
    {
        ensureGdalReady();
        const QString path = m_dir.filePath(name);
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
        GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 60, 60, 3, GDT_Byte, nullptr));
        if (georeferenced) {
            double transform[6] = {-106, 0.1, 0, 26, 0, -0.1};
            ds->SetGeoTransform(transform);
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            ds->SetSpatialRef(&wgs84);
        }
        std::vector<uint8_t> band(60 * 60);
        for (int b = 1; b <= 3; ++b) {
            for (int y = 0; y < 60; ++y)
                for (int x = 0; x < 60; ++x)
                    band[size_t(y * 60 + x)] = (b == 1 && x < 30) || (b == 3 && x >= 30) ? 255 : 0;
            if (ds->GetRasterBand(b)->RasterIO(GF_Write, 0, 0, 60, 60, band.data(), 60, 60, GDT_Byte, 0, 0) != CE_None)
                qFatal("cannot write the test raster");
        }
        return path;
    }

    static MapSettings viewOf(const std::shared_ptr<const RasterLayer> &raster)
    {
        MapSettings settings;
        settings.camera = MapCamera::fitting({-108, 18, -98, 28}, QSizeF(400, 400), 0);
        MapLayer layer;
        layer.id = QStringLiteral("raster");
        layer.title = QStringLiteral("Raster");
        layer.raster = raster;
        settings.layers = {layer};
        return settings;
    }

private Q_SLOTS:
    void warpedIntoPlace()
    {
        const RasterLoadResult loaded = loadRasterLayer(writeHalves(QStringLiteral("halves.tif"), true));
        QVERIFY2(loaded.layer, qPrintable(loaded.error.detail));
        QCOMPARE(loaded.layer->sourceCrs, QStringLiteral("EPSG:4326"));
        QVERIFY(qAbs(loaded.layer->extentLonLat.west + 106) < 1e-6);
        QVERIFY(qAbs(loaded.layer->extentLonLat.north - 26) < 1e-6);

        const MapSettings settings = viewOf(loaded.layer);
        const RenderResult result = MapRenderer::renderParallel(settings);
        QVERIFY(result.errors.isEmpty());
        const MapCamera &c = settings.camera;
        auto colourAt = [&](double lon, double lat) { return result.image.pixelColor(c.lonLatToScreen(lon, lat).toPoint()); };
        QCOMPARE(colourAt(-105, 23), QColor(255, 0, 0));           // west half
        QCOMPARE(colourAt(-101, 23), QColor(0, 0, 255));           // east half
        QCOMPARE(colourAt(-107.5, 23), settings.background);       // outside the raster: the map shows through
        QCOMPARE(colourAt(-103, 27), settings.background);
        // The seam sits at -103° (the 30th column): one source pixel (4 px here) either side, bilinear blending
        // aside, the colours are pure.
        const double seam = c.lonLatToScreen(-103, 23).x();
        QCOMPARE(result.image.pixelColor(int(seam) - 6, int(c.lonLatToScreen(-103, 23).y())), QColor(255, 0, 0));
        QCOMPARE(result.image.pixelColor(int(seam) + 6, int(c.lonLatToScreen(-103, 23).y())), QColor(0, 0, 255));
    }

    void sequentialPathDrawsTheSame()
    {
        const RasterLoadResult loaded = loadRasterLayer(writeHalves(QStringLiteral("again.tif"), true));
        const MapSettings settings = viewOf(loaded.layer);
        QImage image(QSize(400, 400), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        QList<LayerError> errors;
        QVERIFY(MapRenderer::render(painter, settings, nullptr, &errors));
        painter.end();
        QVERIFY(errors.isEmpty());
        QCOMPARE(image.pixelColor(settings.camera.lonLatToScreen(-105, 23).toPoint()), QColor(255, 0, 0));
    }

    void withoutGeoreferencingIsAClearError()
    {
        const RasterLoadResult loaded = loadRasterLayer(writeHalves(QStringLiteral("plain.tif"), false));
        QVERIFY(!loaded.layer);
        QVERIFY(loaded.error.message.contains(QStringLiteral("georeferencing")));
    }

    void corruptFileIsAClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.tif"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("II*\0garbage that is no TIFF directory", 38);
        file.close();
        const RasterLoadResult loaded = loadRasterLayer(path);
        QVERIFY(!loaded.layer);
        QVERIFY(loaded.error.message.contains(QStringLiteral("broken.tif")));
        QVERIFY(!loaded.error.detail.isEmpty());
    }

    void rasterGoneAtRenderTimeIsALayerError()
    {
        const QString path = writeHalves(QStringLiteral("vanishing.tif"), true);
        const RasterLoadResult loaded = loadRasterLayer(path);
        QVERIFY(loaded.layer);
        QVERIFY(QFile::remove(path));
        const RenderResult result = MapRenderer::renderParallel(viewOf(loaded.layer));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().layerId, QStringLiteral("raster"));
        QVERIFY(!result.image.isNull()); // the rest of the map still renders
    }
};

QTEST_MAIN(TestRaster)
#include "tst_raster.moc"
