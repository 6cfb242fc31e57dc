// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexport.h"

#include "gdalerrorcapture.h"
#include "gdalsetup.h"
#include "legend.h"
#include "maprenderer.h"
#include "slidecomposer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryFile>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

namespace atlas {

namespace {

UserError writeFailed(const QString &path, const QString &detail)
{
    return {QCoreApplication::translate("Export", "Could not write “%1”.").arg(QFileInfo(path).fileName()), detail};
}

void setUpPdf(QPdfWriter &pdf, const ExportRequest &request)
{
    pdf.setResolution(request.dpi);
    pdf.setPageSize(QPageSize(QSizeF(request.pixels) / request.dpi, QPageSize::Inch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(request.title);
    pdf.setCreator(QStringLiteral("Nearshore Atlas"));
}

bool isWebMercator(const QString &crs)
{
    return crs.isEmpty() || crs.compare(QLatin1String("EPSG:3857"), Qt::CaseInsensitive) == 0;
}

UserError cancelledError()
{
    return {QCoreApplication::translate("Export", "The export was cancelled; no file was written."), {}};
}

// The georeferenced map alone: rendered, then written by GDAL with its geotransform, via a temporary file.
UserError writeGeoTiff(const ExportRequest &request, const std::atomic_bool *cancel)
{
    MapSettings settings = request.map;
    settings.camera = MapCamera::fitting(request.extent, QSizeF(request.pixels), 0);
    settings.camera.bearing = 0; // a geotransform cannot express rotation
    const RenderResult rendered = MapRenderer::renderParallel(settings, cancel);
    if (rendered.cancelled)
        return cancelledError();
    const QImage image = rendered.image.convertToFormat(QImage::Format_RGBA8888);

    ensureGdalReady();
    GdalErrorCapture capture;
    const QString temporary = request.path + QStringLiteral(".partial.tif");
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr source(mem->Create("", image.width(), image.height(), 4, GDT_Byte, nullptr));
    for (int band = 0; band < 4; ++band) {
        const CPLErr err = source->GetRasterBand(band + 1)->RasterIO(
            GF_Write, 0, 0, image.width(), image.height(), const_cast<uchar *>(image.constBits()) + band, image.width(),
            image.height(), GDT_Byte, 4, image.bytesPerLine());
        if (err != CE_None)
            return writeFailed(request.path, capture.joined());
    }
    source->GetRasterBand(4)->SetColorInterpretation(GCI_AlphaBand);
    const QRectF m = settings.camera.visibleMercatorBounds();
    double transform[6] = {m.left(), m.width() / image.width(), 0, m.bottom(), 0, -m.height() / image.height()};
    source->SetGeoTransform(transform);
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    source->SetSpatialRef(&mercator);
    bool ok = false;
    if (isWebMercator(request.crs)) {
        const char *options[] = {"COMPRESS=DEFLATE", "TILED=YES", nullptr};
        GDALDatasetUniquePtr out(gtiff->CreateCopy(temporary.toUtf8().constData(), source.get(), FALSE,
                                                   const_cast<char **>(options), nullptr, nullptr));
        ok = out && out->Close() == CE_None;
        out.release(); // closed above
    } else {
        // Another CRS: GDAL warps the rendered map into it (bilinear, transparent outside the warped frame).
        const QByteArray crs = request.crs.toUtf8();
        const char *arguments[] = {"-t_srs", crs.constData(), "-r", "bilinear", "-dstalpha", "-of", "GTiff",
                                   "-co", "COMPRESS=DEFLATE", "-co", "TILED=YES", nullptr};
        GDALWarpAppOptions *options = GDALWarpAppOptionsNew(const_cast<char **>(arguments), nullptr);
        GDALDatasetH sources[] = {GDALDataset::ToHandle(source.get())};
        int usageError = 0;
        GDALDatasetH warped = GDALWarp(temporary.toUtf8().constData(), nullptr, 1, sources, options, &usageError);
        GDALWarpAppOptionsFree(options);
        ok = warped && GDALClose(warped) == CE_None;
    }
    if (!ok) {
        QFile::remove(temporary);
        return writeFailed(request.path, capture.joined());
    }
    QFile::remove(request.path);
    if (!QFile::rename(temporary, request.path)) {
        QFile::remove(temporary);
        return writeFailed(request.path, QStringLiteral("rename %1 failed").arg(temporary));
    }
    return {};
}

// Six lines (ESRI world file): pixel width, rotations, negative pixel height, then the centre of the top-left
// pixel, in EPSG:3857 metres. The map frame sits inside the slide, so the origin is extrapolated to the image's
// corner: the transform is the same affine map for every pixel of the image.
UserError writeWorldFile(const ExportRequest &request, const SlideComposer &composer)
{
    const MapSettings settings = composer.mapSettings();
    if (settings.camera.bearing != 0)
        return {QCoreApplication::translate("Export", "A world file cannot describe a rotated map: set the bearing to north."), {}};
    const double px = 1.0 / settings.camera.pixelsPerMeter();
    const QRectF bounds = settings.camera.visibleMercatorBounds();
    const QPointF frame = composer.mapFrame().topLeft();
    const QString path = worldFilePath(request.path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return writeFailed(path, file.errorString());
    const auto line = [](double v) { return QByteArray::number(v, 'f', 6) + '\n'; };
    file.write(line(px) + line(0) + line(0) + line(-px) + line(bounds.left() - (frame.x() - 0.5) * px)
               + line(bounds.bottom() + (frame.y() - 0.5) * px));
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

} // namespace

QString worldFilePath(const QString &imagePath)
{
    const QFileInfo info(imagePath);
    const QString suffix = info.suffix().toLower();
    const QString world = suffix.isEmpty() ? QStringLiteral("wld")
                                           : QString(suffix.front()) + QString(suffix.back()) + QLatin1Char('w');
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + world);
}

bool exportFormatFromName(const QString &name, ExportRequest::Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        *format = ExportRequest::Format::Png;
    else if (n == QLatin1String("jpg") || n == QLatin1String("jpeg"))
        *format = ExportRequest::Format::Jpeg;
    else if (n == QLatin1String("pdf"))
        *format = ExportRequest::Format::Pdf;
    else if (n == QLatin1String("svg"))
        *format = ExportRequest::Format::Svg;
    else if (n == QLatin1String("tif") || n == QLatin1String("tiff"))
        *format = ExportRequest::Format::GeoTiff;
    else
        return false;
    return true;
}

UserError exportMap(const ExportRequest &request, const std::atomic_bool *cancel)
{
    if (request.pixels.width() < 16 || request.pixels.height() < 16)
        return {QCoreApplication::translate("Export", "The export size must be at least 16 × 16 pixels."), {}};
    if (!isWebMercator(request.crs)) {
        OGRSpatialReference crs;
        if (crs.SetFromUserInput(request.crs.toUtf8().constData(),
                                 OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get()) != OGRERR_NONE)
            return {QCoreApplication::translate("Export", "“%1” is not a coordinate reference system GDAL knows; "
                                                          "try a code such as EPSG:6372.").arg(request.crs), {}};
        if (request.format != ExportRequest::Format::GeoTiff)
            return {QCoreApplication::translate("Export", "Slides are drawn in Web Mercator, as on screen; choose "
                                                          "GeoTIFF to export in %1.").arg(request.crs), {}};
    }
    if (request.format == ExportRequest::Format::GeoTiff)
        return writeGeoTiff(request, cancel);

    QSaveFile file(request.path); // temporary name, renamed by commit(): never a half-written slide
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(request.path, file.errorString());

    const SlideComposer composer(request);
    bool complete = false;
    switch (request.format) {
    case ExportRequest::Format::Png:
    case ExportRequest::Format::Jpeg: {
        QImage image(request.pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const int dotsPerMeter = qRound(request.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        complete = composer.compose(image, cancel);
        if (complete) {
            QImageWriter writer(&file, request.format == ExportRequest::Format::Png ? "png" : "jpg");
            if (request.format == ExportRequest::Format::Jpeg)
                writer.setQuality(92);
            if (!writer.write(request.format == ExportRequest::Format::Jpeg ? image.convertToFormat(QImage::Format_RGB32)
                                                                             : image))
                return writeFailed(request.path, writer.errorString());
        }
        break;
    }
    case ExportRequest::Format::Pdf: {
        QPdfWriter pdf(&file);
        setUpPdf(pdf, request);
        complete = composer.compose(pdf, cancel);
        break;
    }
    case ExportRequest::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(request.pixels);
        svg.setViewBox(QRect(QPoint(0, 0), request.pixels));
        svg.setResolution(request.dpi);
        svg.setTitle(request.title);
        complete = composer.compose(svg, cancel);
        break;
    }
    case ExportRequest::Format::GeoTiff:
        break;
    }
    if (!complete) {
        file.cancelWriting();
        return cancelledError();
    }
    if (!file.commit())
        return writeFailed(request.path, file.errorString());
    const bool image = request.format == ExportRequest::Format::Png || request.format == ExportRequest::Format::Jpeg;
    if (request.worldFile && image)
        return writeWorldFile(request, composer);
    return {};
}

UserError exportDeckPdf(const std::vector<ExportRequest> &slides, const QString &pdfPath, const std::atomic_bool *cancel)
{
    if (slides.empty())
        return {QCoreApplication::translate("Export", "There is nothing to put in the deck."), {}};
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(pdfPath, file.errorString());
    const ExportRequest &first = slides.front();
    QPdfWriter pdf(&file);
    setUpPdf(pdf, first);
    QPainter painter(&pdf);
    for (size_t i = 0; i < slides.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        if (!SlideComposer(slides[i]).compose(painter, cancel)) {
            painter.end();
            file.cancelWriting();
            return cancelledError();
        }
    }
    painter.end();
    if (!file.commit())
        return writeFailed(pdfPath, file.errorString());
    return {};
}

} // namespace atlas
