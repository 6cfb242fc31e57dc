// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidecomposer.h"

#include "featurepainter.h"
#include "geodistance.h"
#include "maplegends.h"
#include "maprenderer.h"
#include "pointdisplacement.h"
#include "slidelanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace atlas {

namespace {
// Symbols and labels on a 1080-line slide, relative to the screen's: a projected slide is read from across a room
// (the screen's 8.5 pt hub names become about 1.4 % of the slide's height, as Datawrapper sizes its labels).
constexpr double slideSymbolScale = 1.3;
// What the locator inset shows: Mexico's 32 states as geodata/mx_states.geojson draws them, with a little sea around.
constexpr LonLatBox locatorExtent{-118.6, 14.3, -86.5, 32.9};

QFont font(double pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::round(pixelSize))));
    f.setBold(bold);
    return f;
}

// An image holding the whole slide: the map can be drawn on every core and pasted in. A strip of a larger slide
// (stripedraster.h) or a vector device gets the map drawn straight onto it instead.
bool isWholeImage(const QPaintDevice &device, QSize slide)
{
    return (device.devType() == QInternal::Image || device.devType() == QInternal::Pixmap)
           && QSize(device.width(), device.height()) == slide;
}
} // namespace

SlideComposer::SlideComposer(const ExportRequest &request)
    : m_request(request)
    , m_unit(std::min(request.pixels.width(), request.pixels.height()) / 1080.0)
    , m_mapScale(m_unit * slideSymbolScale)
{
    const QRectF page(QPointF(0, 0), QSizeF(request.pixels));
    const double margin = 24 * m_unit;
    const double titleHeight = request.title.isEmpty() ? 0 : (request.subtitle.isEmpty() ? 60 : 92) * m_unit;
    const double footerHeight = request.sourceLine ? 34 * m_unit : 0;
    m_titleBand = QRectF(margin, margin, page.width() - 2 * margin, titleHeight);
    m_footerBand = QRectF(margin, page.height() - margin - footerHeight, page.width() - 2 * margin, footerHeight);
    m_mapFrame = QRectF(QPointF(margin, m_titleBand.bottom() + (titleHeight > 0 ? 8 * m_unit : 0)),
                        QPointF(page.width() - margin, m_footerBand.top() - (footerHeight > 0 ? 6 * m_unit : 0)));
    if (!request.factBox.isEmpty()) {
        // The figures take a column right of the map: about a third of a 16:9 slide, never narrower than a row of
        // "company · US$1,000 million" at the slide's type size.
        const double width = std::clamp(page.width() * 0.3, 420 * m_unit, 640 * m_unit);
        m_factFrame = QRectF(QPointF(m_mapFrame.right() - width, m_mapFrame.top()), m_mapFrame.bottomRight());
        m_mapFrame.setRight(m_factFrame.left() - 16 * m_unit);
    }
    if (request.legend) {
        // A legend that would cover much of the map (a hub slide beside its fact box always would) goes in a band
        // under it instead, the lowest that holds it within the map's width.
        const std::vector<LegendBlock> blocks = legendBlocks();
        double total = 0;
        for (const LegendBlock &b : blocks)
            total += b.height;
        if (!blocks.empty() && (!request.factBox.isEmpty() || total > m_mapFrame.height() * 0.35)) {
            const double mapBottom = m_mapFrame.bottom(), mapHeight = m_mapFrame.height();
            double band = 120 * m_unit;
            std::vector<LegendBlock> shown = blocks;
            // The shorter frame can show other layers (a site that comes into view adds the investment key), so the
            // band is measured again on the frame it leaves; it only grows, so this settles within a few rounds.
            for (int round = 0; round < 4; ++round) {
                while (legendSize(shown, band, nullptr).width() > m_mapFrame.width() && band < mapHeight / 2)
                    band += 20 * m_unit;
                const double height = std::max(legendSize(shown, band, nullptr).height(), m_legendBand.height());
                if (round > 0 && height <= m_legendBand.height())
                    break;
                m_legendBand = QRectF(m_mapFrame.left(), mapBottom - height, m_mapFrame.width(), height);
                m_mapFrame.setBottom(m_legendBand.top() - 8 * m_unit);
                if (!m_factFrame.isEmpty())
                    m_factFrame.setBottom(m_legendBand.bottom());
                m_view.reset();
                m_frameGeography.reset(); // the frame is shorter now
                shown = legendBlocks();
                band = std::max(band, m_legendBand.height() - 10 * m_unit); // the legend's padding (LegendMetrics::pad)
            }
        }
    }
    if (request.sourceLine) {
        // The source line wraps: a slide that credits many sources (a planner's own layers besides the shipped
        // ones) gets the lines it needs, the map and its legend moving up, rather than a last line cut off.
        const QRectF needed = QFontMetricsF(font(12 * m_unit))
                                  .boundingRect(QRectF(0, 0, m_footerBand.width(), 1e6),
                                                Qt::AlignLeft | Qt::TextWordWrap, sourceLineText());
        if (const double grow = needed.height() + 4 * m_unit - m_footerBand.height(); grow > 0) {
            m_footerBand.setTop(m_footerBand.top() - grow);
            m_mapFrame.setBottom(m_mapFrame.bottom() - grow);
            if (!m_legendBand.isEmpty())
                m_legendBand.translate(0, -grow);
            if (!m_factFrame.isEmpty())
                m_factFrame.setBottom(m_factFrame.bottom() - grow);
            m_view.reset();
            m_frameGeography.reset();
        }
    }
}

LonLatBox SlideComposer::mapLonLatBox() const
{
    if (m_view)
        return m_view->frameLonLatBox();
    // The frame's geography needs the camera, not the layers: no reprojection for it.
    MapSettings bare = m_request.map;
    bare.layers.clear();
    return viewOf(bare).frameLonLatBox();
}

const ExportView &SlideComposer::view() const
{
    if (!m_view)
        m_view = viewOf(m_request.map);
    return *m_view;
}

ExportView SlideComposer::viewOf(const MapSettings &map) const
{
    // A framed extent fills the frame exactly; otherwise a little of its surroundings shows around it. The camera
    // is in map pixels (mapScale() output pixels each), so its devicePixelRatio carries the scale to the renderer.
    ExportView v = exportView(map, m_request.extent, m_mapFrame.size() / m_mapScale,
                              m_request.exactExtent ? 0 : 12 * m_unit / m_mapScale, m_request.crs);
    v.settings.devicePixelRatio = m_mapScale;
    // The slide's furniture on the map is drawn after it: a label underneath would be hidden or unreadable.
    const double u = m_unit;
    std::vector<QRectF> furniture; // in the frame's output units
    if (m_request.locator && showsLocator(v))
        furniture.push_back(locatorBox().adjusted(0, 0, 4 * u, 4 * u));
    if (m_request.northArrow)
        furniture.emplace_back(m_mapFrame.width() - 50 * u, 12 * u, 32 * u, 58 * u);
    if (m_request.scaleBar) // the bar stays within a fifth of the frame (and its label within about 260 units)
        furniture.emplace_back(12 * u, m_mapFrame.height() - 60 * u, std::max(m_mapFrame.width() * 0.22, 270 * u), 48 * u);
    // Nor does a slide cut a label at the frame's edge, as a screen panning past it may.
    const double w = m_mapFrame.width(), h = m_mapFrame.height(), out = 1000 * u;
    furniture.insert(furniture.end(), {QRectF(-out, -out, w + 2 * out, out), QRectF(-out, h, w + 2 * out, out),
                                       QRectF(-out, 0, out, h), QRectF(w, 0, out, h)});
    for (const QRectF &r : furniture)
        v.settings.labelKeepOut.emplace_back(r.topLeft() / m_mapScale, r.size() / m_mapScale);
    return v;
}

QRectF SlideComposer::locatorBox() const
{
    return {QPointF(12 * m_unit, 12 * m_unit), QSizeF(200 * m_unit, 132 * m_unit)}; // in the frame
}

bool SlideComposer::showsLocator(const ExportView &v)
{
    const QRectF mexicoMercator(webmercator::fromLonLat(locatorExtent.west, locatorExtent.north),
                                webmercator::fromLonLat(locatorExtent.east, locatorExtent.south));
    // The map frame's outline in Web Mercator, the inset's projection: in another CRS (or turned by a bearing) the
    // frame is no rectangle of Mercator metres. A frame showing much of Mexico needs no inset.
    QPolygonF outline;
    for (const QPointF &lonLat : v.frameOutlineLonLat())
        outline.append(webmercator::fromLonLat(lonLat.x(), lonLat.y()));
    const QRectF shown = outline.boundingRect();
    return outline.size() >= 3 && shown.width() <= 0.6 * mexicoMercator.width() && shown.intersects(mexicoMercator);
}

bool SlideComposer::compose(QPaintDevice &device, const std::atomic_bool *cancel) const
{
    QPainter painter(&device);
    return compose(painter, cancel);
}

bool SlideComposer::compose(QPainter &painter, const std::atomic_bool *cancel) const
{
    const SlideLanguage texts(m_request.language); // on whichever thread composes: a worker, the CLI, a test
    const QPaintDevice &device = *painter.device();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(m_request.pixels)), Qt::white);
    drawTitle(painter);

    const MapSettings &settings = mapSettings();
    painter.save();
    painter.translate(m_mapFrame.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), m_mapFrame.size()));
    bool complete = true;
    if (isWholeImage(device, m_request.pixels)) {
        // Raster slides use every core; the image is composed onto the slide as is (same pixel grid).
        const RenderResult rendered = MapRenderer::renderParallel(settings, cancel);
        complete = !rendered.cancelled;
        if (complete) { // the image is in output pixels already: placed one to one, not scaled again
            QImage image = rendered.image;
            image.setDevicePixelRatio(1.0);
            painter.drawImage(QPointF(0, 0), image);
        }
    } else {
        // Vector shapes and real text, or one strip; the renderer scales by the settings' devicePixelRatio itself.
        complete = MapRenderer::render(painter, settings, cancel);
    }
    painter.restore();
    if (!complete)
        return false;
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 1 * m_unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(m_mapFrame);

    if (m_request.legend)
        drawLegends(painter);
    if (m_request.scaleBar)
        drawScaleBar(painter);
    if (m_request.northArrow)
        drawNorthArrow(painter);
    if (m_request.locator)
        drawLocator(painter);
    if (!m_request.factBox.isEmpty())
        drawFactBox(painter);
    if (m_request.sourceLine)
        drawSourceLine(painter);
    return !(cancel && cancel->load());
}

void SlideComposer::drawTitle(QPainter &painter) const
{
    if (m_request.title.isEmpty())
        return;
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    painter.setFont(font(34 * m_unit, true));
    const QFontMetricsF title(painter.font(), painter.device());
    painter.drawText(QPointF(m_titleBand.left(), m_titleBand.top() + title.ascent()), m_request.title);
    if (!m_request.subtitle.isEmpty()) {
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.setFont(font(20 * m_unit));
        const QFontMetricsF sub(painter.font(), painter.device());
        painter.drawText(QPointF(m_titleBand.left(), m_titleBand.top() + title.height() + 6 * m_unit + sub.ascent()),
                         m_request.subtitle);
    }
}

const SlideComposer::FrameGeography &SlideComposer::frameGeography() const
{
    // Once per frame, not per layer: in a CRS other than Web Mercator each view builds a PROJ transformation.
    if (!m_frameGeography) {
        const LonLatBox box = mapLonLatBox();
        MapSettings bare = m_request.map; // the zoom needs the camera only, not the layers reprojected
        bare.layers.clear();
        const double zoom = m_view ? m_view->settings.camera.zoom : viewOf(bare).settings.camera.zoom;
        m_frameGeography = FrameGeography{
            QRectF(webmercator::fromLonLat(box.west, box.north), webmercator::fromLonLat(box.east, box.south)).normalized(),
            zoom};
    }
    return *m_frameGeography;
}

std::vector<int> SlideComposer::rowsInFrame(const MapLayer &layer) const
{
    if (!layer.visible || !layer.data)
        return {};
    const FrameGeography &frame = frameGeography();
    return drawOrder(layer, frame.mercator, frame.zoom); // at the frame's zoom, through the layer's filter
}

bool SlideComposer::drawsInFrame(const MapLayer &layer) const
{
    if (!layer.data)
        return layer.visible; // a raster overlay covers what it covers: named whenever it is shown
    return !rowsInFrame(layer).empty();
}

bool SlideComposer::collapsesGroupsInFrame(const MapLayer &layer, const std::vector<int> &rows) const
{
    if (!layer.style.displacement.enabled)
        return false;
    // The frame's box onto the map's pixels (exact in Web Mercator, near enough elsewhere to tell a ring from a
    // collapsed group): the layout the renderer makes of the same points.
    const FrameGeography &frame = frameGeography();
    const QSizeF pixels = m_mapFrame.size() / m_mapScale;
    if (frame.mercator.isEmpty() || pixels.isEmpty())
        return false;
    const QTransform toScreen = QTransform::fromTranslate(-frame.mercator.left(), -frame.mercator.top()) *
                                QTransform::fromScale(pixels.width() / frame.mercator.width(),
                                                      pixels.height() / frame.mercator.height());
    const PointLayout layout = layoutLayerPoints(layer, toScreen, rows);
    return std::any_of(layout.groups.begin(), layout.groups.end(), [](const PointGroup &g) { return g.collapsed; });
}

namespace {

// The legend's type and spacing on a slide, in slide units.
struct LegendMetrics {
    double u, pad, row, swatch, gutter, maxNote;
    QFont heading, note, text;
    double mapScale;

    LegendMetrics(double unit, double scale, double maxNoteWidth)
        : u(unit), pad(10 * unit), row(20 * unit), swatch(16 * unit), gutter(14 * unit), maxNote(maxNoteWidth),
          heading(font(14 * unit, true)), note(font(11 * unit)), text(font(13 * unit)), mapScale(scale)
    {
    }
    // Fonts are sized in pixels, so measuring needs no device.
    [[nodiscard]] QSizeF noteSize(const QString &subtitle) const
    {
        return subtitle.isEmpty() ? QSizeF()
                                  : QFontMetricsF(note)
                                        .boundingRect(QRectF(0, 0, maxNote, 1e6), Qt::AlignLeft | Qt::TextWordWrap, subtitle)
                                        .size();
    }
    [[nodiscard]] double markerSize(const LegendItem &item) const { return item.sizePx * mapScale; }
    [[nodiscard]] double itemHeight(const LegendItem &item) const
    {
        return std::max(row, item.symbol == LegendItem::Symbol::Marker ? markerSize(item) + 4 * u : row);
    }
};

bool headed(const Legend &legend)
{
    return legend.layout != Legend::Layout::Row; // a one-symbol layer is named by its row alone
}

} // namespace

std::vector<SlideComposer::LegendBlock> SlideComposer::legendBlocks() const
{
    // Like QGIS's "filter legend by map content": a slide explains what it shows, not every layer of the project.
    // Within a layer too: only the categories, colour keys and symbols the frame holds.
    std::vector<MapLayer> shown;
    for (const MapLayer &layer : m_request.map.layers) {
        if (!layer.data) {
            if (layer.visible)
                shown.push_back(layer);
            continue;
        }
        const std::vector<int> rows = rowsInFrame(layer);
        if (!rows.empty())
            shown.push_back(legendLayerForContent(layer, rows, collapsesGroupsInFrame(layer, rows)));
    }
    const LegendMetrics m(m_unit, m_mapScale, 300 * m_unit);
    std::vector<LegendBlock> blocks;
    for (Legend &legend : mapLegends(shown, m_request.locale)) {
        const bool heads = headed(legend);
        double width = std::max(heads ? QFontMetricsF(m.heading).horizontalAdvance(legend.title) : 0.0,
                                m.noteSize(legend.subtitle).width());
        double height = (heads ? m.row : 0) + (legend.subtitle.isEmpty() ? 0 : m.noteSize(legend.subtitle).height() + 4 * m.u);
        for (const LegendItem &item : legend.items) {
            width = std::max(width, std::max(m.swatch, m.markerSize(item)) + 8 * m.u +
                                        QFontMetricsF(m.text).horizontalAdvance(item.label));
            height += m.itemHeight(item);
        }
        height += heads ? m.pad : m.pad / 2;
        blocks.push_back({std::move(legend), width, height});
    }
    return blocks;
}

QSizeF SlideComposer::legendSize(const std::vector<LegendBlock> &blocks, double columnHeight,
                                 std::vector<std::vector<size_t>> *columns) const
{
    const LegendMetrics m(m_unit, m_mapScale, 300 * m_unit);
    std::vector<std::vector<size_t>> flow(1);
    double filled = 0, width = 0, height = 0, columnWidth = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (filled > 0 && filled + blocks[i].height > columnHeight) { // blocks stay whole
            width += columnWidth + m.gutter;
            height = std::max(height, filled);
            flow.emplace_back();
            filled = columnWidth = 0;
        }
        flow.back().push_back(i);
        filled += blocks[i].height;
        columnWidth = std::max(columnWidth, blocks[i].width);
    }
    width += columnWidth + 2 * m.pad;
    height = std::max(height, filled) + m.pad;
    if (columns)
        *columns = std::move(flow);
    return {width, height};
}

QSizeF SlideComposer::legendSizeInBand() const
{
    if (m_legendBand.isEmpty())
        return {};
    const LegendMetrics m(m_unit, m_mapScale, 300 * m_unit);
    return legendSize(legendBlocks(), m_legendBand.height() - m.pad, nullptr);
}

void SlideComposer::drawLegends(QPainter &painter) const
{
    const std::vector<LegendBlock> blocks = legendBlocks();
    if (blocks.empty())
        return;
    const LegendMetrics m(m_unit, m_mapScale, 300 * m_unit);
    const double u = m_unit;
    std::vector<std::vector<size_t>> columns;
    QRectF box;
    if (!m_legendBand.isEmpty()) {
        // Under the map (a hub slide): as many columns as the band needs, never over the sites.
        const QSizeF size = legendSize(blocks, m_legendBand.height() - m.pad, &columns);
        box = QRectF(m_legendBand.topLeft(), QSizeF(std::min(size.width(), m_legendBand.width()), m_legendBand.height()));
    } else {
        // On the map at its bottom right, in a second column rather than over more than half its height.
        double total = 0;
        for (const LegendBlock &b : blocks)
            total += b.height;
        const QSizeF size = legendSize(blocks, std::max(m_mapFrame.height() * 0.5, total / 2 + m.row), &columns);
        box = QRectF(m_mapFrame.right() - size.width() - 12 * u, m_mapFrame.bottom() - size.height() - 12 * u,
                     size.width(), size.height());
    }
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), u));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 6 * u, 6 * u);

    double x = box.left() + m.pad;
    for (const std::vector<size_t> &column : columns) {
        double y = box.top() + m.pad, columnWidth = 0;
        for (const size_t i : column)
            columnWidth = std::max(columnWidth, blocks[i].width);
        for (const size_t i : column) {
            const Legend &legend = blocks[i].legend;
            const bool heads = headed(legend);
            painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            painter.setFont(m.heading);
            if (heads) {
                painter.drawText(QRectF(x, y, columnWidth, m.row), Qt::AlignLeft | Qt::AlignVCenter, legend.title);
                y += m.row;
            }
            if (!legend.subtitle.isEmpty()) {
                painter.setFont(m.note);
                painter.setPen(QColor(0x66, 0x66, 0x66));
                const double h = m.noteSize(legend.subtitle).height() + 4 * u;
                painter.drawText(QRectF(x, y, m.maxNote, h), Qt::AlignLeft | Qt::TextWordWrap, legend.subtitle);
                y += h;
            }
            painter.setFont(m.text);
            for (const LegendItem &item : legend.items) {
                const bool marker = item.symbol == LegendItem::Symbol::Marker;
                const double size = marker ? m.markerSize(item) : m.swatch;
                const double h = m.itemHeight(item);
                const QPointF centre(x + std::max(m.swatch, size) / 2, y + h / 2);
                painter.setPen(QPen(item.stroke, 0.8 * u));
                painter.setBrush(item.fill);
                if (marker && item.hollow)
                    drawHollowMarker(painter, item.marker, centre, size, item.fill);
                else if (marker)
                    drawMarker(painter, item.marker, centre, size);
                else if (item.symbol == LegendItem::Symbol::Line) {
                    painter.setPen(QPen(item.fill, 2 * u, Qt::SolidLine, Qt::RoundCap));
                    painter.drawLine(centre - QPointF(m.swatch / 2, 0), centre + QPointF(m.swatch / 2, 0));
                } else
                    painter.drawRect(QRectF(centre - QPointF(m.swatch / 2, m.swatch * 0.375), QSizeF(m.swatch, m.swatch * 0.75)));
                painter.setPen(QColor(0x1a, 0x1a, 0x1a));
                const double textLeft = x + std::max(m.swatch, size) + 8 * u;
                painter.drawText(QRectF(textLeft, y, x + columnWidth - textLeft + m.pad, h), Qt::AlignLeft | Qt::AlignVCenter,
                                 item.label);
                y += h;
            }
            y += heads ? m.pad : m.pad / 2;
        }
        x += columnWidth + m.gutter;
    }
}

// A bar of a round ground length (1, 2 or 5 × 10^n km) about a fifth of the map wide, true at the map's centre:
// the ground length of a short horizontal step there is measured on the ellipsoid (PROJ geodesic), so the bar is
// right in any CRS. Web Mercator stretches distances by 1/cos(latitude), so the bar names the latitude it holds at.
void SlideComposer::drawScaleBar(QPainter &painter) const
{
    const double u = m_unit;
    const QPointF centre = QPointF(m_mapFrame.width() / 2, m_mapFrame.height() / 2) / m_mapScale; // map pixels
    constexpr double step = 100; // map pixels
    const QPointF a = view().frameToLonLat(centre - QPointF(step / 2, 0));
    const QPointF b = view().frameToLonLat(centre + QPointF(step / 2, 0));
    const double groundMetersPerPixel = geodesic::distanceMeters(a.x(), a.y(), b.x(), b.y()) / (step * m_mapScale);
    if (!std::isfinite(groundMetersPerPixel) || groundMetersPerPixel <= 0)
        return; // the frame's centre is outside what the CRS can show
    const double target = m_mapFrame.width() * 0.2 * groundMetersPerPixel;
    const double base = std::pow(10.0, std::floor(std::log10(target)));
    double meters = base;
    for (const double m : {2.0, 5.0}) {
        if (m * base <= target)
            meters = m * base;
    }
    const double length = meters / groundMetersPerPixel;
    const QPointF start(m_mapFrame.left() + 20 * u, m_mapFrame.bottom() - 24 * u);
    const QString label = meters >= 1000 ? QStringLiteral("%1 km").arg(m_request.locale.toString(meters / 1000, 'f', 0))
                                         : QStringLiteral("%1 m").arg(m_request.locale.toString(meters, 'f', 0));
    painter.setPen(QPen(Qt::white, 5 * u, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(start, start + QPointF(length, 0));
    painter.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 2.5 * u, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(start, start + QPointF(length, 0));
    painter.drawLine(start, start - QPointF(0, 7 * u));
    painter.drawLine(start + QPointF(length, 0), start + QPointF(length, -7 * u));
    painter.setFont(font(13 * u, true));
    const double latitude = view().frameToLonLat(centre).y();
    painter.drawText(QRectF(start.x(), start.y() - 28 * u, length, 18 * u), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                     slideText("Export", "%1 (at %2° latitude)").arg(label, m_request.locale.toString(latitude, 'f', 0)));
}

// The arrow points to true north at the map's centre: up on a north-up Web Mercator map, turned by the bearing, and
// leaning with the meridians away from the central meridian of a conic projection.
void SlideComposer::drawNorthArrow(QPainter &painter) const
{
    const double u = m_unit;
    const QPointF centre = QPointF(m_mapFrame.width() / 2, m_mapFrame.height() / 2) / m_mapScale; // map pixels
    const QPointF here = view().frameToLonLat(centre);
    const QPointF north = view().lonLatToFrame(here.x(), std::min(here.y() + 0.01, 89.9));
    // To a hundredth of a degree: rounding noise (±1e-10° in Web Mercator) must not turn the arrow's antialiasing, or
    // the same slide made again from its sidecar would differ in a few pixels.
    const double angle = std::round(std::atan2(north.x() - centre.x(), centre.y() - north.y()) * 180.0 / M_PI * 100) / 100;
    const QPointF tip(m_mapFrame.right() - 34 * u, m_mapFrame.top() + 18 * u);
    painter.save();
    painter.translate(tip + QPointF(0, 22 * u));
    painter.rotate(std::isfinite(angle) ? angle : -m_request.map.camera.bearing);
    painter.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 1.2 * u));
    painter.setBrush(QColor(0x1a, 0x1a, 0x1a));
    painter.drawPolygon(QPolygonF{QPointF(0, -22 * u), QPointF(9 * u, 10 * u), QPointF(0, 4 * u), QPointF(-9 * u, 10 * u)});
    painter.setFont(font(14 * u, true));
    painter.drawText(QRectF(-12 * u, 12 * u, 24 * u, 18 * u), Qt::AlignCenter, QStringLiteral("N"));
    painter.restore();
}

// A small map of Mexico in the map's top-left corner with the exported view outlined, so an audience knows where a
// close-up lies. Left out when the view already shows most of the country (it would only repeat the map).
void SlideComposer::drawLocator(QPainter &painter) const
{
    if (!showsLocator(view()))
        return;
    const double u = m_unit;
    const LonLatBox mexico = locatorExtent;
    const QSizeF size = locatorBox().size();
    const QRectF box = locatorBox().translated(m_mapFrame.topLeft());
    QPolygonF outline; // the frame, marked on the inset
    for (const QPointF &lonLat : view().frameOutlineLonLat())
        outline.append(webmercator::fromLonLat(lonLat.x(), lonLat.y()));
    MapSettings inset;
    inset.camera = MapCamera::fitting(mexico, size, 2 * u);
    inset.drawLabels = false;
    for (const MapLayer &layer : m_request.map.layers) {
        if (!isLocatorRole(layer.role) || !layer.data)
            continue;
        MapLayer plain = layer;
        plain.visible = true;
        plain.style = LayerStyle{};
        plain.style.fill = layer.role == LayerRole::States ? QColor(0xe0, 0xdc, 0xd2) : QColor(0xf4, 0xf2, 0xee);
        plain.style.stroke = QColor(0xa0, 0x9c, 0x94);
        plain.style.strokeWidthPx = 0.4 * u;
        inset.layers.push_back(plain);
    }
    painter.save();
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 1 * u));
    painter.setBrush(inset.background);
    painter.drawRect(box);
    painter.translate(box.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), size));
    MapRenderer::render(painter, inset, nullptr);
    // The exported view, at least a few pixels wide so that a city-scale view still shows as a mark.
    const QPolygonF mark = inset.camera.mercatorToScreen().map(outline);
    const double minimum = 6 * u;
    painter.setPen(QPen(QColor(0xcb, 0x18, 0x1d), 2 * u));
    painter.setBrush(QColor(0xcb, 0x18, 0x1d, 40));
    if (const QRectF r = mark.boundingRect(); r.width() < minimum || r.height() < minimum)
        painter.drawRect(QRectF(r.center() - QPointF(minimum, minimum) / 2, QSizeF(minimum, minimum)));
    else
        painter.drawPolygon(mark);
    painter.restore();
}

QStringList SlideComposer::shownSources() const
{
    QStringList sources;
    const auto add = [&](const QString &source) {
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    };
    for (const MapLayer &layer : m_request.map.layers) {
        if (!drawsInFrame(layer)) // a layer with nothing in the frame (elsewhere, filtered out) is not on the slide
            continue;
        if (layer.featureAttributions.empty() || !layer.data) {
            add(layer.attribution);
            continue;
        }
        const std::vector<int> rows = rowsInFrame(layer);
        for (const FeatureAttribution &part : layer.featureAttributions) {
            const int column = layer.data->fieldIndex(part.field);
            if (column >= 0 && std::any_of(rows.begin(), rows.end(), [&](int row) {
                    return layer.data->value(layer.data->features[size_t(row)], column).toString().startsWith(part.prefix);
                }))
                add(part.text);
        }
    }
    for (const QString &source : m_request.factSources)
        add(source);
    return sources;
}

void SlideComposer::drawFactBox(QPainter &painter) const
{
    const double u = m_unit, pad = 14 * u, gap = 8 * u, swatch = 12 * u;
    const QFont heading = font(16 * u, true), label = font(14 * u), value = font(14 * u, true), note = font(12 * u);
    const QRectF inner = m_factFrame.adjusted(pad, pad, -pad, -pad);
    const auto height = [&](const QFont &f, const QString &text, double width) {
        return text.isEmpty() ? 0.0
                              : QFontMetricsF(f, painter.device())
                                    .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, text)
                                    .height();
    };
    struct Placed {
        const FactBox::Row *row;
        double labelWidth, labelHeight, height;
        bool noteInline; ///< a short note (a year) goes on the label's line
    };
    // Lays the rows out and tells the height; rows past a section's limit are summed up as "and N more".
    const auto layout = [&](const std::vector<size_t> &limits, std::vector<std::vector<Placed>> &placed) {
        double total = 0;
        placed.clear();
        for (size_t s = 0; s < m_request.factBox.sections.size(); ++s) {
            const FactBox::Section &section = m_request.factBox.sections[s];
            total += height(heading, section.heading, inner.width()) + 4 * u;
            std::vector<Placed> rows;
            for (size_t i = 0; i < section.rows.size() && i < limits[s]; ++i) {
                const FactBox::Row &row = section.rows[i];
                const double valueWidth = QFontMetricsF(value, painter.device()).horizontalAdvance(row.value);
                const double left = row.swatch.isValid() ? swatch + gap : 0;
                const double labelWidth = std::max(40 * u, inner.width() - left - valueWidth - gap);
                const double noteWidth = QFontMetricsF(note, painter.device()).horizontalAdvance(row.note);
                const bool inlineNote = !row.note.isEmpty() &&
                                        QFontMetricsF(label, painter.device()).horizontalAdvance(row.label) + gap +
                                                noteWidth <= labelWidth;
                const double labelHeight = std::max(height(label, row.label, labelWidth), 18 * u);
                const double h = labelHeight +
                                 (row.note.isEmpty() || inlineNote ? 0 : height(note, row.note, inner.width() - left) + 1 * u) +
                                 5 * u;
                rows.push_back({&row, labelWidth, labelHeight, h, inlineNote});
                total += h;
            }
            if (section.rows.size() > limits[s])
                total += 20 * u;
            total += height(note, section.footnote, inner.width()) + (section.footnote.isEmpty() ? 0 : 4 * u) + gap * 1.5;
            placed.push_back(std::move(rows));
        }
        return total;
    };
    std::vector<std::vector<Placed>> placed;
    std::vector<size_t> limits;
    for (const FactBox::Section &section : m_request.factBox.sections)
        limits.push_back(section.rows.size());
    // Too tall for the column: the longest section gives up rows first (each keeps at least two).
    while (layout(limits, placed) > inner.height()) {
        const auto longest = std::max_element(limits.begin(), limits.end());
        if (*longest <= 2)
            break;
        --*longest;
    }

    painter.save();
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), u));
    painter.setBrush(QColor(0xf7, 0xf7, 0xf5));
    painter.drawRect(m_factFrame);
    painter.setClipRect(m_factFrame);
    double y = inner.top();
    for (size_t s = 0; s < m_request.factBox.sections.size(); ++s) {
        const FactBox::Section &section = m_request.factBox.sections[s];
        painter.setFont(heading);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        const double headingHeight = height(heading, section.heading, inner.width());
        painter.drawText(QRectF(inner.left(), y, inner.width(), headingHeight), Qt::AlignLeft | Qt::TextWordWrap,
                         section.heading);
        y += headingHeight + 4 * u;
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.8 * u));
        painter.drawLine(QPointF(inner.left(), y - 2 * u), QPointF(inner.right(), y - 2 * u));
        for (const Placed &p : placed[s]) {
            const FactBox::Row &row = *p.row;
            double left = inner.left();
            const double lineHeight = QFontMetricsF(label, painter.device()).height();
            if (row.swatch.isValid()) {
                // The map's symbol in small: filled for money committed, a ring for an announcement or pledge.
                const QPointF centre(left + swatch / 2, y + lineHeight / 2);
                painter.setPen(QPen(row.hollowSwatch ? row.swatch : row.swatch.darker(160), row.hollowSwatch ? 2.2 * u : 0.8 * u));
                painter.setBrush(row.hollowSwatch ? QBrush(Qt::white) : QBrush(row.swatch));
                painter.drawEllipse(centre, swatch / 2 - u, swatch / 2 - u);
                left += swatch + gap;
            }
            painter.setFont(label);
            painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            painter.drawText(QRectF(left, y, p.labelWidth, p.height), Qt::AlignLeft | Qt::TextWordWrap, row.label);
            painter.setFont(value);
            painter.setPen(row.noData ? QColor(0x88, 0x88, 0x88) : QColor(0x1a, 0x1a, 0x1a));
            painter.drawText(QRectF(inner.left(), y, inner.width(), lineHeight), Qt::AlignRight | Qt::AlignTop, row.value);
            if (!row.note.isEmpty()) {
                painter.setFont(note);
                painter.setPen(QColor(0x5f, 0x5f, 0x5f));
                if (p.noteInline) {
                    const double after = QFontMetricsF(label, painter.device()).horizontalAdvance(row.label) + gap;
                    painter.drawText(QRectF(left + after, y, p.labelWidth - after, lineHeight),
                                     Qt::AlignLeft | Qt::AlignVCenter, row.note);
                } else {
                    painter.drawText(QRectF(left, y + p.labelHeight, inner.right() - left, p.height),
                                     Qt::AlignLeft | Qt::TextWordWrap, row.note);
                }
            }
            y += p.height;
        }
        if (section.rows.size() > placed[s].size()) {
            painter.setFont(note);
            painter.setPen(QColor(0x5f, 0x5f, 0x5f));
            painter.drawText(QRectF(inner.left(), y, inner.width(), 20 * u), Qt::AlignLeft | Qt::AlignVCenter,
                             slideText("Export", "… and %1 more").arg(section.rows.size() - placed[s].size()));
            y += 20 * u;
        }
        if (!section.footnote.isEmpty()) {
            painter.setFont(note);
            painter.setPen(QColor(0x5f, 0x5f, 0x5f));
            const double h = height(note, section.footnote, inner.width());
            painter.drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignLeft | Qt::TextWordWrap, section.footnote);
            y += h + 4 * u;
        }
        y += gap * 1.5;
    }
    painter.restore();
}

QString SlideComposer::sourceLineText() const
{
    return slideText("Export", "Sources: %1. Nearshore Atlas, %2.")
        .arg(shownSources().join(QStringLiteral("; ")),
             m_request.locale.toString(m_request.date.isValid() ? m_request.date : QDate::currentDate(),
                                       QLocale::LongFormat));
}

void SlideComposer::drawSourceLine(QPainter &painter) const
{
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setFont(font(12 * m_unit));
    painter.drawText(m_footerBand, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, sourceLineText());
}

} // namespace atlas
