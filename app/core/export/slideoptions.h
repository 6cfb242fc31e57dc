// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

namespace atlas {

/**
 * What the planner chooses for one export: size, resolution, format, texts, the slide's elements and its CRS.
 * The window's export panel, the command line, a project's presets and an export's sidecar all carry this one
 * struct, so its defaults and limits are written here and nowhere else.
 */
struct SlideOptions {
    enum class Format { Png, Jpeg, Pdf, Svg, GeoTiff };

    static constexpr int minSide = 16;          ///< pixels, the smallest slide that still holds a map
    static constexpr int maxSide = 200000;      ///< pixels: PNG and GeoTIFF beyond Qt's image limit are drawn in strips
    static constexpr int maxJpegSide = 32767;   ///< pixels: JPEG is written by Qt in one image
    static constexpr int minDpi = 36;
    static constexpr int maxDpi = 2400;

    QSize pixels{1920, 1080}; ///< output size in pixels (PDF/SVG: the page at `dpi`)
    int dpi = 96;
    Format format = Format::Png;
    QString title;
    QString subtitle;
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool sourceLine = true;
    bool locator = true;      ///< a small map of Mexico with the exported extent marked
    /**
     * The export's CRS, any CRS GDAL knows ("EPSG:6372", INEGI's Mexico ITRF2008 / LCC): slides and GeoTIFFs are drawn
     * in it (the layers reprojected, rasters warped, scale bar and north arrow measured in it). Web Mercator is the
     * screen's.
     */
    QString crs = QStringLiteral("EPSG:3857");
    /**
     * A hub's slide: framed on that hub's metro with its fact box (core/project/hubslide.h), so that a sidecar
     * makes the same slide again. Empty for any other view.
     */
    QString hub;
    /** Also write a world file next to PNG/JPEG output (.pgw / .jgw), for the map's pixels, in the export's CRS. */
    bool worldFile = false;

    /** What is wrong with these options, for the planner (empty when they can be exported). */
    [[nodiscard]] QString problem() const;

    bool operator==(const SlideOptions &) const = default;
};

/** "png", "jpg"/"jpeg", "pdf", "svg", "tif"/"tiff" to a format; false for anything else. */
bool exportFormatFromName(const QString &name, SlideOptions::Format *format);
/** The short name a project file and the command line use: png, jpg, pdf, svg, tif. */
[[nodiscard]] QString exportFormatName(SlideOptions::Format format);

} // namespace atlas
