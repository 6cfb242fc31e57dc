// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slideoptions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace atlas {

/**
 * What the export panel asks of an export: SlideOptions (size, resolution, format, texts, the slide's elements, CRS)
 * plus what only the window chooses (the slide language, a sidecar project, the frame's extent). A default-constructed
 * value holds SlideOptions' defaults, and a JavaScript object passed where one is expected sets only what it names,
 * so the defaults are written in SlideOptions alone. The limits are readable too, for the panel's spin boxes.
 */
class ExportOptions
{
    Q_GADGET
    QML_VALUE_TYPE(exportOptions)
    QML_STRUCTURED_VALUE

    Q_PROPERTY(int width READ width WRITE setWidth FINAL)
    Q_PROPERTY(int height READ height WRITE setHeight FINAL)
    Q_PROPERTY(int dpi READ dpi WRITE setDpi FINAL)
    /** png, jpg, pdf, svg or tif; another name is kept and refused when the export is requested. */
    Q_PROPERTY(QString format READ format WRITE setFormat FINAL)
    Q_PROPERTY(QString title READ title WRITE setTitle FINAL)
    Q_PROPERTY(QString subtitle READ subtitle WRITE setSubtitle FINAL)
    /** The slide's language, en or es (anything else reads as en). */
    Q_PROPERTY(QString language MEMBER m_language FINAL)
    Q_PROPERTY(bool legend READ legend WRITE setLegend FINAL)
    Q_PROPERTY(bool scaleBar READ scaleBar WRITE setScaleBar FINAL)
    Q_PROPERTY(bool northArrow READ northArrow WRITE setNorthArrow FINAL)
    Q_PROPERTY(bool sourceLine READ sourceLine WRITE setSourceLine FINAL)
    Q_PROPERTY(bool locator READ locator WRITE setLocator FINAL)
    /** A world file beside PNG/JPEG output. */
    Q_PROPERTY(bool worldFile READ worldFile WRITE setWorldFile FINAL)
    /** A `.atlas` project beside the export that makes the same slide again. */
    Q_PROPERTY(bool sidecar MEMBER m_sidecar FINAL)
    /** Any CRS GDAL knows; empty or EPSG:3857 is Web Mercator, as on screen. */
    Q_PROPERTY(QString crs READ crs WRITE setCrs FINAL)
    /** [west, south, east, north] in degrees: exactly this area; empty for the home extent. */
    Q_PROPERTY(QList<double> extent MEMBER m_extent FINAL)

    Q_PROPERTY(int minSide READ minSide CONSTANT FINAL)
    Q_PROPERTY(int maxSide READ maxSide CONSTANT FINAL)
    /** JPEG is written in one image: no side beyond this. */
    Q_PROPERTY(int maxJpegSide READ maxJpegSide CONSTANT FINAL)
    Q_PROPERTY(int minDpi READ minDpi CONSTANT FINAL)
    Q_PROPERTY(int maxDpi READ maxDpi CONSTANT FINAL)

public:
    ExportOptions() = default;
    explicit ExportOptions(const SlideOptions &slide) : m_slide(slide) {}

    /** The slide's options; `formatKnown()` says whether `format` named one. */
    [[nodiscard]] const SlideOptions &slide() const { return m_slide; }
    [[nodiscard]] bool formatKnown() const { return m_formatKnown; }
    [[nodiscard]] const QString &language() const { return m_language; }
    [[nodiscard]] bool sidecar() const { return m_sidecar; }
    [[nodiscard]] const QList<double> &extent() const { return m_extent; }
    void setLanguage(const QString &language) { m_language = language; }
    void setSidecar(bool sidecar) { m_sidecar = sidecar; }
    void setExtent(const QList<double> &extent) { m_extent = extent; }

    [[nodiscard]] int width() const { return m_slide.pixels.width(); }
    void setWidth(int width) { m_slide.pixels.setWidth(width); }
    [[nodiscard]] int height() const { return m_slide.pixels.height(); }
    void setHeight(int height) { m_slide.pixels.setHeight(height); }
    [[nodiscard]] int dpi() const { return m_slide.dpi; }
    void setDpi(int dpi) { m_slide.dpi = dpi; }
    [[nodiscard]] QString format() const;
    void setFormat(const QString &format);
    [[nodiscard]] QString title() const { return m_slide.title; }
    void setTitle(const QString &title) { m_slide.title = title; }
    [[nodiscard]] QString subtitle() const { return m_slide.subtitle; }
    void setSubtitle(const QString &subtitle) { m_slide.subtitle = subtitle; }
    [[nodiscard]] bool legend() const { return m_slide.legend; }
    void setLegend(bool on) { m_slide.legend = on; }
    [[nodiscard]] bool scaleBar() const { return m_slide.scaleBar; }
    void setScaleBar(bool on) { m_slide.scaleBar = on; }
    [[nodiscard]] bool northArrow() const { return m_slide.northArrow; }
    void setNorthArrow(bool on) { m_slide.northArrow = on; }
    [[nodiscard]] bool sourceLine() const { return m_slide.sourceLine; }
    void setSourceLine(bool on) { m_slide.sourceLine = on; }
    [[nodiscard]] bool locator() const { return m_slide.locator; }
    void setLocator(bool on) { m_slide.locator = on; }
    [[nodiscard]] bool worldFile() const { return m_slide.worldFile; }
    void setWorldFile(bool on) { m_slide.worldFile = on; }
    [[nodiscard]] QString crs() const { return m_slide.crs; }
    void setCrs(const QString &crs) { m_slide.crs = crs.trimmed(); }

    [[nodiscard]] static constexpr int minSide() { return SlideOptions::minSide; }
    [[nodiscard]] static constexpr int maxSide() { return SlideOptions::maxSide; }
    [[nodiscard]] static constexpr int maxJpegSide() { return SlideOptions::maxJpegSide; }
    [[nodiscard]] static constexpr int minDpi() { return SlideOptions::minDpi; }
    [[nodiscard]] static constexpr int maxDpi() { return SlideOptions::maxDpi; }

    bool operator==(const ExportOptions &) const = default;

private:
    SlideOptions m_slide;
    bool m_formatKnown = true;
    QString m_unknownFormat; ///< a format name exportFormatFromName() does not know, kept so that it is refused
    QString m_language = QStringLiteral("en");
    bool m_sidecar = true;
    QList<double> m_extent;
};

/** A size the export panel offers: a name and the slide's pixels and resolution. */
struct SlidePreset {
    Q_GADGET
    QML_VALUE_TYPE(slidePreset)

    Q_PROPERTY(QString name MEMBER name FINAL)
    Q_PROPERTY(int width MEMBER width FINAL)
    Q_PROPERTY(int height MEMBER height FINAL)
    Q_PROPERTY(int dpi MEMBER dpi FINAL)

public:
    QString name;
    int width = 0;
    int height = 0;
    int dpi = 0;

    bool operator==(const SlidePreset &) const = default;
};

} // namespace atlas
