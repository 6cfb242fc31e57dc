// SPDX-License-Identifier: GPL-3.0-or-later
#include "stripedraster.h"

#include "exporterrors.h"
#include "gdalerrorcapture.h"
#include "gdalsetup.h"
#include "pendingoutput.h"
#include "reprojector.h"

#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <png.h>

#include <csetjmp>
#include <cmath>

namespace atlas {

namespace {

/** One strip of the output, drawn in output coordinates and returned as straight (not premultiplied) RGBA. */
QImage drawStrip(const StripDrawer &draw, int width, int top, int rows, bool *complete)
{
    QImage strip(width, rows, QImage::Format_ARGB32_Premultiplied);
    strip.fill(Qt::white);
    QPainter painter(&strip);
    painter.translate(0, -top);
    painter.setClipRect(QRect(0, top, width, rows));
    *complete = draw(painter);
    painter.end();
    return strip.convertToFormat(QImage::Format_RGBA8888);
}

// libpng reports errors by longjmp. Everything that changes while it writes lives here, in memory reached through
// a pointer, so that nothing a longjmp skips over is left half-updated in a register.
struct PngTarget {
    QSaveFile *file = nullptr;
    QString error;
    bool complete = true;
    QImage strip;
    int rows = 0;
};

void pngWrite(png_structp png, png_bytep data, size_t length)
{
    auto *target = static_cast<PngTarget *>(png_get_io_ptr(png));
    if (target->file->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
        target->error = target->file->errorString();
        png_error(png, "write failed");
    }
}

void pngFlush(png_structp) {}

void pngError(png_structp png, png_const_charp message)
{
    auto *target = static_cast<PngTarget *>(png_get_io_ptr(png));
    if (target && target->error.isEmpty())
        target->error = QString::fromUtf8(message);
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) {}

} // namespace

int stripRows(int width)
{
    constexpr qint64 pixelsPerStrip = 64 * 1024 * 1024; // 256 MB at four bytes a pixel
    return int(std::clamp<qint64>(pixelsPerStrip / std::max(1, width), 16, 32767));
}

UserError writeStripedPng(const QString &path, QSize size, int dpi, const StripDrawer &draw,
                          const std::atomic_bool *cancel, int rowsPerStrip)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportWriteFailed(path, file.errorString());
    PngTarget target{&file, {}, true, {}, rowsPerStrip > 0 ? rowsPerStrip : stripRows(size.width())};
    PngTarget *const state = &target;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, state, pngError, pngWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return exportWriteFailed(path, QStringLiteral("libpng could not start"));
    }
    if (setjmp(png_jmpbuf(png)) == 0) {
        png_set_write_fn(png, state, pngWrite, pngFlush);
        png_set_IHDR(png, info, png_uint_32(size.width()), png_uint_32(size.height()), 8, PNG_COLOR_TYPE_RGB_ALPHA,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        const auto perMeter = png_uint_32(std::lround(dpi / 0.0254));
        png_set_pHYs(png, info, perMeter, perMeter, PNG_RESOLUTION_METER);
        png_write_info(png, info);
        for (int top = 0; top < size.height() && state->complete; top += state->rows) {
            const int height = std::min(state->rows, size.height() - top);
            state->strip = drawStrip(draw, size.width(), top, height, &state->complete);
            if (cancel && cancel->load())
                state->complete = false;
            for (int y = 0; y < height && state->complete; ++y)
                png_write_row(png, state->strip.constScanLine(y));
        }
        if (state->complete)
            png_write_end(png, info);
    } else {
        png_destroy_write_struct(&png, &info);
        file.cancelWriting();
        return exportWriteFailed(path, state->error);
    }
    png_destroy_write_struct(&png, &info);
    if (!state->complete) {
        file.cancelWriting();
        return exportCancelled();
    }
    if (!file.commit())
        return exportWriteFailed(path, file.errorString());
    return {};
}

UserError writeStripedGeoTiff(const QString &path, QSize size, int dpi, const GeoReference &where,
                              const StripDrawer &draw, const std::atomic_bool *cancel, int rowsPerStrip)
{
    ensureGdalReady();
    GdalErrorCapture capture;
    QString crsError;
    const auto srs = spatialReferenceFrom(where.crs, &crsError);
    if (!srs)
        return exportWriteFailed(path, crsError);
    // GDAL writes to a path, not a QIODevice: an unnamed file that only becomes `path` once complete (a kill
    // leaves neither half a GeoTIFF nor a temporary file).
    PendingOutput temporary(path);
    GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
    const char *options[] = {"COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER",
                             nullptr};
    GDALDatasetUniquePtr out(gtiff->Create(temporary.writePath().toUtf8().constData(), size.width(), size.height(), 4,
                                           GDT_Byte, const_cast<char **>(options)));
    if (!out)
        return exportWriteFailed(path, capture.joined());
    const auto fail = [&](const UserError &error) {
        out.reset(); // closes GDAL's handle; `temporary` discards the content
        return error;
    };
    std::array<double, 6> transform = where.transform;
    out->SetGeoTransform(transform.data());
    out->SetSpatialRef(srs.get());
    out->GetRasterBand(4)->SetColorInterpretation(GCI_AlphaBand);
    const QByteArray resolution = QByteArray::number(dpi);
    out->SetMetadataItem("TIFFTAG_XRESOLUTION", resolution.constData());
    out->SetMetadataItem("TIFFTAG_YRESOLUTION", resolution.constData());
    out->SetMetadataItem("TIFFTAG_RESOLUTIONUNIT", "2"); // inches

    // Whole rows of 256-pixel tiles per strip: a tile written in two halves is compressed twice.
    const int rows = rowsPerStrip > 0 ? rowsPerStrip : std::max(256, stripRows(size.width()) / 256 * 256);
    int bandMap[] = {1, 2, 3, 4};
    for (int top = 0; top < size.height(); top += rows) {
        const int height = std::min(rows, size.height() - top);
        bool complete = true;
        const QImage strip = drawStrip(draw, size.width(), top, height, &complete);
        if (!complete || (cancel && cancel->load()))
            return fail(exportCancelled());
        if (out->RasterIO(GF_Write, 0, top, size.width(), height, const_cast<uchar *>(strip.constBits()), size.width(),
                          height, GDT_Byte, 4, bandMap, 4, strip.bytesPerLine(), 1, nullptr) != CE_None)
            return fail(exportWriteFailed(path, capture.joined()));
    }
    if (out->Close() != CE_None)
        return fail(exportWriteFailed(path, capture.joined()));
    out.reset();
    if (!temporary.commit())
        return exportWriteFailed(path, temporary.errorString());
    return {};
}

} // namespace atlas
