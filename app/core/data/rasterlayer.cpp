// SPDX-License-Identifier: GPL-3.0-or-later
#include "rasterlayer.h"

#include "gdalerrorcapture.h"
#include "gdalsetup.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace atlas {

namespace {

struct WarpOptionsDeleter {
    void operator()(GDALWarpAppOptions *options) const { GDALWarpAppOptionsFree(options); }
};

QString shownName(const QString &source)
{
    const QString name = QFileInfo(source).fileName();
    return name.isEmpty() ? source : name;
}

// GDAL's progress callback doubles as the cancellation check: returning FALSE stops the warp.
int CPL_STDCALL progress(double, const char *, void *data)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(data);
    return cancel && cancel->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

} // namespace

RasterLoadResult loadRasterLayer(const QString &source)
{
    ensureGdalReady();
    GdalErrorCapture capture;
    RasterLoadResult result;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset) {
        result.error = {QObject::tr("Could not open “%1” as a raster: it is missing, damaged, or not a format GDAL reads.")
                            .arg(shownName(source)),
                        capture.joined().isEmpty() ? QStringLiteral("GDAL: no raster driver recognised %1").arg(source)
                                                   : capture.joined()};
        return result;
    }
    const OGRSpatialReference *srs = dataset->GetSpatialRef();
    double transform[6];
    if (!srs || dataset->GetGeoTransform(transform) != CE_None) {
        result.error = {QObject::tr("“%1” has no georeferencing (no coordinate reference system or position), so it "
                                    "cannot be placed on the map.")
                            .arg(shownName(source)),
                        capture.joined()};
        return result;
    }
    auto layer = std::make_shared<RasterLayer>();
    layer->source = source;
    layer->width = dataset->GetRasterXSize();
    layer->height = dataset->GetRasterYSize();
    layer->bandCount = dataset->GetRasterCount();
    const char *authority = srs->GetAuthorityName(nullptr);
    const char *code = srs->GetAuthorityCode(nullptr);
    layer->sourceCrs = authority && code ? QStringLiteral("%1:%2").arg(QLatin1String(authority), QLatin1String(code))
                                         : QString::fromUtf8(srs->GetName());

    // The extent in Web Mercator: the source footprint's corners and edge midpoints, reprojected.
    OGRSpatialReference mercator, wgs84;
    mercator.importFromEPSG(3857);
    wgs84.importFromEPSG(4326);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference source_(*srs);
    source_.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toMercator(OGRCreateCoordinateTransformation(&source_, &mercator));
    if (!toMercator) {
        result.error = {QObject::tr("The coordinates of “%1” cannot be converted to the map's projection.")
                            .arg(shownName(source)),
                        capture.joined()};
        return result;
    }
    double xs[9], ys[9];
    int n = 0;
    for (const double fx : {0.0, 0.5, 1.0}) {
        for (const double fy : {0.0, 0.5, 1.0}) {
            const double px = fx * layer->width, py = fy * layer->height;
            xs[n] = transform[0] + px * transform[1] + py * transform[2];
            ys[n] = transform[3] + px * transform[4] + py * transform[5];
            ++n;
        }
    }
    int ok[9] = {};
    toMercator->Transform(9, xs, ys, nullptr, ok);
    bool any = false;
    for (int i = 0; i < 9; ++i) {
        if (!ok[i])
            continue;
        const QRectF p(QPointF(xs[i], ys[i]), QSizeF(0, 0));
        layer->extent = any ? QRectF(QPointF(std::min(layer->extent.left(), xs[i]), std::min(layer->extent.top(), ys[i])),
                                     QPointF(std::max(layer->extent.right(), xs[i]), std::max(layer->extent.bottom(), ys[i])))
                            : p;
        any = true;
    }
    const QPointF sw = webmercator::toLonLat(layer->extent.topLeft());
    const QPointF ne = webmercator::toLonLat(layer->extent.bottomRight());
    layer->extentLonLat = {sw.x(), sw.y(), ne.x(), ne.y()};
    result.layer = std::move(layer);
    return result;
}

RasterLayer::Warped RasterLayer::warp(const QRectF &view, QSize pixels, const std::atomic_bool *cancel,
                                      const QString &targetCrs) const
{
    ensureGdalReady();
    GdalErrorCapture capture;
    Warped out;
    out.mercator = view;
    const bool mercator = targetCrs.isEmpty();
    // `extent` is in EPSG:3857: only there does it tell cheaply that the view misses the raster.
    if ((mercator && view.intersected(extent).isEmpty()) || pixels.isEmpty()) {
        out.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        out.image.fill(Qt::transparent);
        return out;
    }
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset) {
        out.error = {QObject::tr("The raster “%1” could not be read any more.").arg(shownName(source)), capture.joined()};
        return out;
    }

    // Warp the view's rectangle to an in-memory RGBA-capable dataset at exactly the output size.
    const QByteArray te[4] = {QByteArray::number(view.left(), 'f', 6), QByteArray::number(view.top(), 'f', 6),
                              QByteArray::number(view.right(), 'f', 6), QByteArray::number(view.bottom(), 'f', 6)};
    const QByteArray ts[2] = {QByteArray::number(pixels.width()), QByteArray::number(pixels.height())};
    const QByteArray crs = mercator ? QByteArrayLiteral("EPSG:3857") : targetCrs.toUtf8();
    const char *argv[] = {"-of", "MEM", "-t_srs", crs.constData(), "-te", te[0].constData(), te[1].constData(),
                          te[2].constData(), te[3].constData(), "-ts", ts[0].constData(), ts[1].constData(),
                          "-r", "bilinear", "-dstalpha", "-wo", "NUM_THREADS=1", nullptr};
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> options(
        GDALWarpAppOptionsNew(const_cast<char **>(argv), nullptr));
    GDALWarpAppOptionsSetProgress(options.get(), progress, const_cast<std::atomic_bool *>(cancel));
    GDALDatasetH sources[] = {GDALDataset::ToHandle(dataset.get())};
    int usageError = FALSE;
    GDALDatasetUniquePtr warped(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, sources, options.get(), &usageError)));
    if (!warped) {
        if (!(cancel && cancel->load()))
            out.error = {QObject::tr("The raster “%1” could not be reprojected for this view.").arg(shownName(source)),
                         capture.joined()};
        return out;
    }

    // Bands to RGBA: the warp added an alpha band last.
    const int bands = warped->GetRasterCount();
    const int w = pixels.width(), h = pixels.height();
    std::vector<uint8_t> r(size_t(w) * h), g, b, a(size_t(w) * h);
    auto readBand = [&](int band, std::vector<uint8_t> &into, bool stretch) {
        GDALRasterBand *rb = warped->GetRasterBand(band);
        if (!stretch)
            return rb->RasterIO(GF_Read, 0, 0, w, h, into.data(), w, h, GDT_Byte, 0, 0) == CE_None;
        std::vector<float> values(size_t(w) * h);
        if (rb->RasterIO(GF_Read, 0, 0, w, h, values.data(), w, h, GDT_Float32, 0, 0) != CE_None)
            return false;
        // Grey stretch between the source band's own minimum and maximum (from its statistics or a quick scan).
        double minMax[2] = {0, 255};
        GDALRasterBand *sourceBand = dataset->GetRasterBand(1);
        if (sourceBand->ComputeRasterMinMax(TRUE, minMax) != CE_None)
            minMax[0] = 0, minMax[1] = 255;
        const double span = minMax[1] > minMax[0] ? minMax[1] - minMax[0] : 1;
        for (size_t i = 0; i < values.size(); ++i)
            into[i] = uint8_t(std::clamp((values[i] - minMax[0]) / span * 255.0, 0.0, 255.0));
        return true;
    };
    bool ok = readBand(bands, a, false);
    const int colourBands = bands - 1;
    GDALColorTable *palette = colourBands == 1 ? warped->GetRasterBand(1)->GetColorTable() : nullptr;
    std::vector<uint8_t> index;
    if (colourBands >= 3) {
        g.resize(r.size());
        b.resize(r.size());
        ok = ok && readBand(1, r, false) && readBand(2, g, false) && readBand(3, b, false);
    } else if (palette) {
        index.resize(r.size());
        ok = ok && readBand(1, index, false);
    } else {
        ok = ok && readBand(1, r, dataset->GetRasterBand(1)->GetRasterDataType() != GDT_Byte);
    }
    if (!ok) {
        out.error = {QObject::tr("The raster “%1” could not be read.").arg(shownName(source)), capture.joined()};
        return out;
    }
    out.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * w + x;
            QRgb rgb;
            if (colourBands >= 3) {
                rgb = qRgba(r[i], g[i], b[i], a[i]);
            } else if (palette) {
                const GDALColorEntry *e = palette->GetColorEntry(index[i]);
                rgb = e ? qRgba(e->c1, e->c2, e->c3, std::min<int>(e->c4, a[i])) : qRgba(0, 0, 0, 0);
            } else {
                rgb = qRgba(r[i], r[i], r[i], a[i]);
            }
            line[x] = qPremultiply(rgb);
        }
    }
    return out;
}

} // namespace atlas
