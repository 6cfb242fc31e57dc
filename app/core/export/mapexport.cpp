// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexport.h"

#include "exporterrors.h"
#include "exportprojection.h"
#include "legend.h"
#include "maprenderer.h"
#include "slidecomposer.h"
#include "stripedraster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>


namespace atlas {

namespace {

void setUpPdf(QPdfWriter &pdf, const ExportRequest &request)
{
    pdf.setResolution(request.dpi);
    pdf.setPageSize(QPageSize(QSizeF(request.pixels) / request.dpi, QPageSize::Inch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(request.title);
    pdf.setCreator(QStringLiteral("Nearshore Atlas"));
}

// Qt's raster images stop at 32767 pixels a side; PNG and GeoTIFF beyond that are drawn in strips.
constexpr int maxImageSide = 32767;
constexpr int maxStripedSide = SlideOptions::maxSide;

bool fitsOneImage(QSize size)
{
    return size.width() <= maxImageSide && size.height() <= maxImageSide;
}

// The georeferenced map alone, drawn in the export's CRS (no resampling: vector layers are reprojected, rasters
// warped once) and written by GDAL with its geotransform, via a temporary file.
UserError writeGeoTiff(const ExportRequest &request, const std::atomic_bool *cancel)
{
    MapSettings map = request.map;
    map.camera.bearing = 0; // a geotransform cannot express rotation
    const ExportView view = exportView(map, request.extent, QSizeF(request.pixels), 0, request.crs, cancel);
    if (cancel && cancel->load())
        return exportCancelled();
    const MapSettings &settings = view.settings;
    const QRectF m = settings.camera.visibleMercatorBounds(); // planar: metres of the export's CRS
    GeoReference where;
    where.transform = {m.left(), m.width() / request.pixels.width(), 0, m.bottom(), 0, -m.height() / request.pixels.height()};
    where.crs = view.projection ? view.projection->crs() : QStringLiteral("EPSG:3857");

    StripDrawer draw;
    QImage whole;
    if (fitsOneImage(request.pixels) && request.stripRows == 0) {
        const RenderResult rendered = MapRenderer::renderParallel(settings, cancel);
        if (rendered.cancelled)
            return exportCancelled();
        whole = rendered.image;
        draw = [&whole](QPainter &painter) {
            painter.drawImage(QPointF(0, 0), whole);
            return true;
        };
    } else {
        draw = [&settings, cancel](QPainter &painter) { return MapRenderer::render(painter, settings, cancel); };
    }
    return writeStripedGeoTiff(request.path, request.pixels, request.dpi, where, draw, cancel, request.stripRows);
}

// Six lines (ESRI world file): pixel width, rotations, negative pixel height, then the centre of the top-left
// pixel, in EPSG:3857 metres. The map frame sits inside the slide, so the origin is extrapolated to the image's
// corner: the transform is the same affine map for every pixel of the image.
UserError writeWorldFile(const ExportRequest &request, const SlideComposer &composer)
{
    const MapSettings &settings = composer.mapSettings();
    if (settings.camera.bearing != 0)
        return {QCoreApplication::translate("Export", "A world file cannot describe a rotated map: set the bearing to north."), {}};
    const double px = 1.0 / (settings.camera.pixelsPerMeter() * composer.mapScale()); // metres per output pixel
    const QRectF bounds = settings.camera.visibleMercatorBounds();
    const QPointF frame = composer.mapFrame().topLeft();
    const QString path = worldFilePath(request.path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return exportWriteFailed(path, file.errorString());
    const auto line = [](double v) { return QByteArray::number(v, 'f', 6) + '\n'; };
    file.write(line(px) + line(0) + line(0) + line(-px) + line(bounds.left() - (frame.x() - 0.5) * px)
               + line(bounds.bottom() + (frame.y() - 0.5) * px));
    if (!file.commit())
        return exportWriteFailed(path, file.errorString());
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


UserError exportMap(const ExportRequest &request, const std::atomic_bool *cancel)
{
    if (request.pixels.width() < 16 || request.pixels.height() < 16)
        return {QCoreApplication::translate("Export", "The export size must be at least 16 × 16 pixels."), {}};
    const bool striped = request.format == ExportRequest::Format::Png || request.format == ExportRequest::Format::GeoTiff;
    const bool vector = request.format == ExportRequest::Format::Pdf || request.format == ExportRequest::Format::Svg;
    if (!vector && !fitsOneImage(request.pixels) && !striped)
        return {QCoreApplication::translate("Export", "JPEG images stop at %1 pixels a side; choose PNG for a larger "
                                                      "slide.").arg(maxImageSide), {}};
    if (std::max(request.pixels.width(), request.pixels.height()) > maxStripedSide)
        return {QCoreApplication::translate("Export", "The export size must be at most %1 pixels a side.")
                    .arg(QLocale().toString(maxStripedSide)), {}};
    if (UserError error = checkExportCrs(request.crs, request.extent))
        return error;
    if (request.format == ExportRequest::Format::GeoTiff)
        return writeGeoTiff(request, cancel);

    const SlideComposer composer(request);
    if (request.format == ExportRequest::Format::Png && (!fitsOneImage(request.pixels) || request.stripRows > 0)) {
        const UserError error = writeStripedPng(
            request.path, request.pixels, request.dpi,
            [&composer, cancel](QPainter &painter) { return composer.compose(painter, cancel); }, cancel,
            request.stripRows);
        if (!error && request.worldFile)
            return writeWorldFile(request, composer);
        return error;
    }

    QSaveFile file(request.path); // temporary name, renamed by commit(): never a half-written slide
    if (!file.open(QIODevice::WriteOnly))
        return exportWriteFailed(request.path, file.errorString());

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
                return exportWriteFailed(request.path, writer.errorString());
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
        return exportCancelled();
    }
    if (!file.commit())
        return exportWriteFailed(request.path, file.errorString());
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
        return exportWriteFailed(pdfPath, file.errorString());
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
            return exportCancelled();
        }
    }
    painter.end();
    if (!file.commit())
        return exportWriteFailed(pdfPath, file.errorString());
    return {};
}

} // namespace atlas
