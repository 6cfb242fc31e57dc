// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factbox.h"
#include "mapsettings.h"
#include "slideoptions.h"
#include "usererror.h"

#include <QDate>
#include <QLocale>
#include <QSize>
#include <QString>

#include <atomic>
#include <vector>

namespace atlas {

/**
 * One slide-ready export: the planner's options (SlideOptions) plus what the document supplies, the layers, the
 * view and the slide's language. AtlasDocument::exportRequest() makes one for the window, the command line and the
 * hub deck alike.
 */
struct ExportRequest : SlideOptions {
    MapSettings map;          ///< layers and view; the camera's size is replaced by the map frame of the output
    LonLatBox extent;         ///< what must be in view (fitted into the map frame)
    QString path;
    /** The map frame shows exactly `extent` (the window's slide frame); otherwise a small margin is kept around it. */
    bool exactExtent = false;
    /**
     * Draw raster output in strips of this many rows, as slides beyond Qt's 32767-pixel images always are (PNG and
     * GeoTIFF up to 200,000 pixels a side). 0: only when needed. Tests set it to check the strips against one image.
     */
    int stripRows = 0;
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); ///< numbers and dates on the slide
    /** The date on the source line; null (the default) is the day the slide is drawn. Golden tests pin it. */
    QDate date = {};
    /** "en" or "es": the slide's texts (legend, scale bar, source line), whatever the window's language is. */
    QString language = QStringLiteral("en");
    /** Figures beside the map (a hub slide's sites, indicators and ports); empty: the map takes the whole width. */
    FactBox factBox;
    /** Sources the fact box's figures come from, added to the slide's source line after the layers'. */
    QStringList factSources;
};

/** The file a world file for `imagePath` goes to: x.png → x.pgw, x.jpg → x.jgw (the ESRI convention). */
[[nodiscard]] QString worldFilePath(const QString &imagePath);

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
