// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"
#include "usererror.h"

#include <QLocale>
#include <QSize>
#include <QString>

#include <atomic>
#include <vector>

namespace atlas {

/** One slide-ready export: the view, the output and what the composition shows. */
struct ExportRequest {
    enum class Format { Png, Jpeg, Pdf, Svg, GeoTiff };

    MapSettings map;          ///< layers and view; the camera's size is replaced by the map frame of the output
    LonLatBox extent;         ///< what must be in view (fitted into the map frame)
    QSize pixels{1920, 1080}; ///< output size in pixels (PDF/SVG: the page at `dpi`)
    int dpi = 96;
    Format format = Format::Png;
    QString path;
    QString title;
    QString subtitle;
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool sourceLine = true;
    bool locator = true;      ///< a small map of Mexico with the exported extent marked
    /** The map frame shows exactly `extent` (the window's slide frame); otherwise a small margin is kept around it. */
    bool exactExtent = false;
    /**
     * The export's CRS, any CRS GDAL knows ("EPSG:6372", INEGI's Mexico ITRF2008 / LCC): slides and GeoTIFFs are drawn
     * in it (the layers reprojected, rasters warped, scale bar and north arrow measured in it). Web Mercator is the
     * screen's.
     */
    QString crs = QStringLiteral("EPSG:3857");
    /** Also write a world file next to PNG/JPEG output (.pgw / .jgw), for the map's pixels, in the export's CRS. */
    bool worldFile = false;
    /**
     * Draw raster output in strips of this many rows, as slides beyond Qt's 32767-pixel images always are (PNG and
     * GeoTIFF up to 200,000 pixels a side). 0: only when needed. Tests set it to check the strips against one image.
     */
    int stripRows = 0;
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); ///< numbers and dates on the slide
};

/** The file a world file for `imagePath` goes to: x.png → x.pgw, x.jpg → x.jgw (the ESRI convention). */
[[nodiscard]] QString worldFilePath(const QString &imagePath);

/** "png", "jpg"/"jpeg", "pdf", "svg", "tif"/"tiff" to a format; false for anything else. */
bool exportFormatFromName(const QString &name, ExportRequest::Format *format);

/**
 * Writes the export. PNG/JPEG/PDF/SVG carry the composed slide (title, map, legend, scale bar, north arrow, source
 * line and date); PDF and SVG keep vector geometry and real text. GeoTIFF carries the map alone, georeferenced in
 * the export's CRS. The file is written under a temporary name and renamed when complete: a failure or cancellation
 * leaves no file. Returns the error, if any.
 */
[[nodiscard]] UserError exportMap(const ExportRequest &request, const std::atomic_bool *cancel = nullptr);

/**
 * A deck: one slide per request (same styles, breaks and legend, since they share the layers) as a multi-page PDF
 * at `pdfPath`, written via a temporary name. Every request's pixels and dpi must match the first's.
 */
[[nodiscard]] UserError exportDeckPdf(const std::vector<ExportRequest> &slides, const QString &pdfPath,
                                      const std::atomic_bool *cancel = nullptr);

} // namespace atlas
