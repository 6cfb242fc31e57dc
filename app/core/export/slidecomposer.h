// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportprojection.h"
#include "legend.h"
#include "mapexport.h"

#include <QRectF>

#include <optional>

class QPaintDevice;
class QPainter;

namespace atlas {

/**
 * Lays out one slide on any paint device of ExportRequest::pixels: title and subtitle on top, the map, and on the
 * map its legend, scale bar and north arrow; the source line and date at the bottom. Sizes scale with the output
 * (a 4K slide looks like a 1080p one, only sharper). Vector devices get vector shapes and real text throughout.
 */
class SlideComposer
{
public:
    explicit SlideComposer(const ExportRequest &request);

    /** Draws the slide; false when cancelled. */
    bool compose(QPaintDevice &device, const std::atomic_bool *cancel) const;
    /** The same on a painter already open on its device (one page of a multi-page PDF). */
    bool compose(QPainter &painter, const std::atomic_bool *cancel) const;

    /**
     * Where the map goes on the slide, and the settings that draw it there (camera fitted to the extent, layers in
     * the export's CRS).
     */
    [[nodiscard]] QRectF mapFrame() const { return m_mapFrame; }
    /** Where the fact box goes (right of the map); empty when the request has none. */
    [[nodiscard]] QRectF factFrame() const { return m_factFrame; }
    [[nodiscard]] const MapSettings &mapSettings() const { return view().settings; }
    /**
     * Output pixels per map pixel: the map is laid out at a 1080-line slide's size and drawn scaled, so symbols
     * and labels keep their share of the slide at any size (and a little larger than on screen, for a room).
     */
    [[nodiscard]] double mapScale() const { return m_mapScale; }
    /** The longitude/latitude box around what the map frame shows (in any CRS). */
    [[nodiscard]] LonLatBox mapLonLatBox() const;
    /**
     * What the source line names: the attributions of the visible layers that draw something inside the map frame
     * (a layer's per-feature sources only where its features in the frame come from them), then the fact sources.
     */
    [[nodiscard]] QStringList shownSources() const;
    /** The band under the map that holds the legend (a slide with a fact box); empty when it sits on the map. */
    [[nodiscard]] QRectF legendBand() const { return m_legendBand; }
    /** The size the legends take when flowed into the band's columns: within the band when nothing spills. */
    [[nodiscard]] QSizeF legendSizeInBand() const;

private:
    void drawTitle(QPainter &painter) const;
    void drawLegends(QPainter &painter) const;
    /** One layer's legend as the slide lays it out. */
    struct LegendBlock {
        Legend legend;
        double width, height;
    };
    /** The legends of the layers drawn in the frame, measured. */
    [[nodiscard]] std::vector<LegendBlock> legendBlocks() const;
    /** The legend box's size when blocks flow into columns of at most `columnHeight`; `columns` gets the flow. */
    [[nodiscard]] QSizeF legendSize(const std::vector<LegendBlock> &blocks, double columnHeight,
                                    std::vector<std::vector<size_t>> *columns) const;
    void drawScaleBar(QPainter &painter) const;
    void drawNorthArrow(QPainter &painter) const;
    void drawLocator(QPainter &painter) const;
    /** The locator inset's place in the map frame (frame coordinates, output units). */
    [[nodiscard]] QRectF locatorBox() const;
    /** Whether a frame showing `view` gets the inset: it shows a part of Mexico small enough to need placing. */
    [[nodiscard]] static bool showsLocator(const ExportView &view);
    void drawSourceLine(QPainter &painter) const;
    /** "Sources: …. Nearshore Atlas, <date>." for the sources the slide shows. */
    [[nodiscard]] QString sourceLineText() const;
    void drawFactBox(QPainter &painter) const;
    /** The layer is shown and draws something inside the map frame (at its zoom, through its filter). */
    [[nodiscard]] bool drawsInFrame(const MapLayer &layer) const;
    /** The features of a shown vector layer that the frame draws (none for a hidden layer). */
    [[nodiscard]] std::vector<int> rowsInFrame(const MapLayer &layer) const;
    /** True when some of `rows` (a displaced point layer's) are drawn as one collapsed group at the frame's scale. */
    [[nodiscard]] bool collapsesGroupsInFrame(const MapLayer &layer, const std::vector<int> &rows) const;

    const ExportRequest &m_request;
    double m_unit;      ///< one "slide pixel" of a 1080-line slide, in output units
    double m_mapScale;  ///< see mapScale()
    /** The map in the frame, in the export's CRS: made on first need (reprojecting layers is not free). */
    const ExportView &view() const;
    /** The export's view of `map`'s layers in the frame. */
    [[nodiscard]] ExportView viewOf(const MapSettings &map) const;

    QRectF m_titleBand, m_mapFrame, m_footerBand, m_factFrame;
    QRectF m_legendBand; ///< under the map on a slide with a fact box; empty: the legend sits on the map
    mutable std::optional<ExportView> m_view;
    /** What the frame shows (its box in lon/lat, the camera's zoom), for the legend and the source line. */
    struct FrameGeography {
        QRectF mercator;
        double zoom;
    };
    [[nodiscard]] const FrameGeography &frameGeography() const;
    mutable std::optional<FrameGeography> m_frameGeography;
};

} // namespace atlas
