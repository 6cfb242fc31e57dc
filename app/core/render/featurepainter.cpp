// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurepainter.h"

#include "hexbins.h"
#include "painterstateguard.h"
#include "pointdisplacement.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace atlas {

void drawMarker(QPainter &painter, MarkerShape shape, QPointF at, double diameter)
{
    const double r = diameter / 2.0;
    switch (shape) {
    case MarkerShape::Circle:
        painter.drawEllipse(at, r, r);
        break;
    case MarkerShape::Square:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, diameter, diameter));
        break;
    case MarkerShape::Diamond:
        painter.drawPolygon(QPolygonF{at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)});
        break;
    case MarkerShape::Triangle:
        painter.drawPolygon(QPolygonF{at + QPointF(0, -r), at + QPointF(r * 0.87, r * 0.5), at + QPointF(-r * 0.87, r * 0.5)});
        break;
    case MarkerShape::Airport: {
        // Nose up: fuselage, swept wings, tailplane; symmetric about the vertical axis through `at`.
        static constexpr QPointF half[] = {{0.0, -1.0},  {0.12, -0.85}, {0.12, -0.3}, {1.0, 0.15}, {1.0, 0.35},
                                           {0.12, 0.1},  {0.12, 0.6},   {0.45, 0.85}, {0.45, 1.0}, {0.0, 0.88}};
        QPolygonF plane;
        for (const QPointF &p : half)
            plane << at + QPointF(p.x() * r, p.y() * r);
        for (int i = int(std::size(half)) - 2; i > 0; --i)
            plane << at + QPointF(-half[i].x() * r, half[i].y() * r);
        painter.drawPolygon(plane);
        break;
    }
    }
}

void drawHollowMarker(QPainter &painter, MarkerShape shape, QPointF at, double diameter, const QColor &colour)
{
    // A thick ring in the symbol's colour, inset so that its outer edge is where the filled symbol's would be.
    const double ring = std::clamp(diameter * 0.16, 1.8, 4.0);
    const PainterStateGuard state(painter);
    painter.setPen(QPen(QColor(colour.red(), colour.green(), colour.blue()), ring));
    painter.setBrush(QColor(255, 255, 255, 215));
    drawMarker(painter, shape, at, std::max(diameter - ring, 1.0));
}

namespace {

// Screen-space generalisation: a vertex closer than this (in device pixels) to the last kept one adds nothing visible.
constexpr double minVertexSpacingPx = 0.5;

// Appends a part to `path` in screen pixels, dropping vertices that fall on (almost) the same pixel as the last kept
// one, so a 2,000-vertex state boundary costs a few hundred segments at country scale and all of them when zoomed in.
void appendDecimated(QPainterPath &path, std::span<const QPointF> vertices, const QTransform &toScreen, bool close)
{
    if (vertices.empty())
        return;
    QPointF last = toScreen.map(vertices[0]);
    path.moveTo(last);
    const size_t n = vertices.size();
    for (size_t i = 1; i < n; ++i) {
        const QPointF p = toScreen.map(vertices[i]);
        if (i + 1 < n && std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < minVertexSpacingPx)
            continue;
        path.lineTo(p);
        last = p;
    }
    if (close)
        path.closeSubpath();
}

// Larger symbols are few (proportional circles) and gain nothing from a cache that keeps a pixel mask per size.
constexpr double maxStampDiameterPx = 24;

// Pre-rendered point symbols: drawing a cached image is several times cheaper than rasterising an antialiased
// ellipse, and identical symbols landing on the same device pixel are drawn once.
class StampCache
{
public:
    StampCache(const LayerStyle &style, const QPen &outline, double devicePixelRatio, QSize devicePixels)
        : m_style(style)
        , m_outline(outline)
        , m_dpr(devicePixelRatio)
        , m_devicePixels(devicePixels)
    {
    }

    void draw(QPainter &painter, QPointF logical, const QColor &fill, double diameter, bool hollow)
    {
        const QPoint device(qRound(logical.x() * m_dpr), qRound(logical.y() * m_dpr));
        Stamp &stamp = stampFor(fill, diameter, hollow);
        if (device.x() >= 0 && device.y() >= 0 && device.x() < m_devicePixels.width() &&
            device.y() < m_devicePixels.height()) {
            const size_t bit = size_t(device.y()) * size_t(m_devicePixels.width()) + size_t(device.x());
            if (stamp.drawn[bit / 64] & (uint64_t(1) << (bit % 64)))
                return;
            stamp.drawn[bit / 64] |= uint64_t(1) << (bit % 64);
        }
        painter.drawImage(QPointF(device.x() / m_dpr, device.y() / m_dpr) - stamp.centre, stamp.image);
    }

private:
    struct Stamp {
        QImage image;
        QPointF centre; ///< logical offset of the symbol's centre in the image
        std::vector<uint64_t> drawn;
    };

    Stamp &stampFor(const QColor &fill, double diameter, bool hollow)
    {
        const quint64 key = (quint64(fill.rgba()) << 32) | (quint64(qRound(diameter * 8)) << 1) | quint64(hollow);
        auto it = m_stamps.find(key);
        if (it != m_stamps.end())
            return it->second;
        const double margin = m_outline.widthF() + 1;
        const int side = int(std::ceil((diameter + 2 * margin) * m_dpr));
        Stamp stamp;
        stamp.image = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        stamp.image.fill(Qt::transparent);
        stamp.image.setDevicePixelRatio(m_dpr);
        stamp.centre = QPointF(side / m_dpr / 2.0, side / m_dpr / 2.0);
        QPainter p(&stamp.image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(m_outline);
        p.setBrush(fill);
        if (hollow)
            drawHollowMarker(p, m_style.marker, stamp.centre, diameter, fill);
        else
            drawMarker(p, m_style.marker, stamp.centre, diameter);
        p.end();
        stamp.drawn.assign((size_t(m_devicePixels.width()) * size_t(m_devicePixels.height()) + 63) / 64, 0);
        return m_stamps.emplace(key, std::move(stamp)).first->second;
    }

    const LayerStyle &m_style;
    QPen m_outline;
    double m_dpr;
    QSize m_devicePixels;
    std::map<quint64, Stamp> m_stamps;
};

// What a spread group draws under its symbols: a thin leader from each member's true place to where it is drawn,
// and a small mark at the true place; a collapsed group instead draws one symbol with its count, on top.
void drawLeaders(QPainter &painter, const PointLayout &layout)
{
    const PainterStateGuard state(painter);
    painter.setPen(QPen(QColor(0x40, 0x40, 0x40, 200), 0.9));
    for (const PlacedSymbol &s : layout.symbols) {
        if (layout.isDisplaced(s))
            painter.drawLine(s.truePlace, s.drawnAt);
    }
    painter.setPen(QPen(Qt::white, 0.8));
    painter.setBrush(QColor(0x26, 0x26, 0x26));
    for (const PlacedSymbol &s : layout.symbols) {
        if (layout.isDisplaced(s))
            painter.drawEllipse(s.truePlace, 2.2, 2.2);
    }
}

void drawCounts(QPainter &painter, const PointLayout &layout)
{
    const PainterStateGuard state(painter);
    for (const PointGroup &group : layout.groups) {
        if (!group.collapsed)
            continue;
        // Dark, unlike any site or hub symbol, with a white number; a short tick joins it to the true place.
        const double r = group.countDiameter / 2;
        painter.setPen(QPen(QColor(0x26, 0x26, 0x26), 1.2));
        painter.drawLine(group.centre, group.countAt);
        painter.setPen(QPen(Qt::white, 1.2));
        painter.setBrush(QColor(0x3a, 0x3a, 0x3a, 240));
        painter.drawEllipse(group.countAt, r, r);
        QFont font = painter.font();
        font.setPixelSize(std::max(8, int(std::lround(group.countDiameter * 0.55))));
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(group.countAt - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter,
                         QString::number(group.members.size()));
    }
}

} // namespace

std::vector<int> drawOrder(const MapLayer &layer, const QRectF &visible, double zoom)
{
    if (!drawnAtZoom(layer.style, zoom))
        return {};
    const VectorLayer &data = *layer.data;
    // Only what the view shows, through the spatial index, in data order; proportional symbols largest first so
    // that small ones stay visible on top.
    // Hexagons at the view's edges hold points beyond it: those count too.
    const double reach = aggregatedAtZoom(layer.style, zoom) ? hexReachMeters(layer.style, zoom) : 0;
    std::vector<int> order = data.featuresIn(visible.adjusted(-reach, -reach, reach, reach));
    if (layer.shown)
        std::erase_if(order, [&](int row) { return !layer.shows(row); });
    if (!layer.style.minZoomField.isEmpty()) {
        const SymbolEvaluator symbols(layer.style, data);
        std::erase_if(order, [&](int row) { return !symbols.drawnAt(data.features[size_t(row)], zoom); });
    }
    if (layer.style.kind == LayerStyle::Kind::Proportional) {
        const SymbolEvaluator symbols(layer.style, data);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return symbols.diameterPx(data.features[size_t(a)]) > symbols.diameterPx(data.features[size_t(b)]);
        });
    }
    return order;
}

void drawFeatures(QPainter &painter, const MapLayer &layer, const QTransform &toScreen, std::span<const int> order,
                  const std::atomic_bool *cancel)
{
    const LayerStyle &style = layer.style;
    const VectorLayer &data = *layer.data;
    // The zoom this transform draws at: the world is 256 · 2^zoom pixels wide (MapCamera).
    const double zoom = std::log2(std::abs(toScreen.m11()) * 2 * M_PI * webmercator::earthRadius / 256.0);
    if (aggregatedAtZoom(style, zoom)) {
        drawHexagons(painter, layer, toScreen, order, cancel);
        return;
    }
    const SymbolEvaluator symbols(style, data);
    QPen outline(style.stroke, style.strokeWidthPx);
    outline.setJoinStyle(Qt::RoundJoin);
    if (style.strokeWidthPx <= 0)
        outline = Qt::NoPen;

    // Raster targets stamp cached symbols; vector targets (PDF, SVG) keep every symbol a vector shape.
    const int deviceType = painter.device()->devType();
    const bool raster = deviceType == QInternal::Image || deviceType == QInternal::Pixmap;
    const double dpr = painter.deviceTransform().m11() > 0 ? painter.deviceTransform().m11() : 1.0;
    std::optional<StampCache> stamps;
    if (raster)
        stamps.emplace(style, outline, dpr, QSize(painter.device()->width(), painter.device()->height()));

    QPen dashes(style.lineDashColour, 1.0, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    // Dashes over a line (a railway's casing) only from a regional scale: below it they cannot be told from a
    // plain line, and outlining them costs more than the rest of the map (the bench's default map).
    constexpr double dashesFromZoom = 7;
    const bool cased = style.lineDashColour.alpha() > 0;
    const bool dashed = cased && zoom >= dashesFromZoom;

    const PainterStateGuard state(painter);
    painter.setOpacity(style.opacity);

    // Displaced point symbols: where each is drawn, from the whole order (a displaced layer is never split across
    // slices, see sliceplan.cpp).
    std::optional<PointLayout> layout;
    std::vector<int> placedIndex; // by feature row: index into layout->symbols, -1 for none
    if (style.displacement.enabled) {
        layout = layoutLayerPoints(layer, toScreen, std::vector<int>(order.begin(), order.end()));
        placedIndex.assign(data.features.size(), -1);
        for (size_t i = 0; i < layout->symbols.size(); ++i)
            placedIndex[size_t(layout->symbols[i].feature)] = int(i);
        drawLeaders(painter, *layout);
    }

    QPainterPath path;
    for (const int index : order) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        const Feature &feature = data.features[size_t(index)];
        switch (feature.kind) {
        case GeometryKind::Polygon:
        case GeometryKind::Line: {
            const bool polygon = feature.kind == GeometryKind::Polygon;
            const QRectF onScreen = toScreen.mapRect(data.bounds(feature));
            if (onScreen.width() < 1 && onScreen.height() < 1) {
                // Smaller than a pixel: one dot keeps it visible without tracing its outline.
                painter.fillRect(QRectF(onScreen.center() - QPointF(0.5, 0.5), QSizeF(1, 1)), symbols.fill(feature));
                break;
            }
            path.clear();
            path.setFillRule(Qt::OddEvenFill);
            for (uint32_t p = 0; p < feature.partCount; ++p)
                appendDecimated(path, data.part(feature, p), toScreen, polygon);
            if (polygon) {
                painter.setPen(outline);
                painter.setBrush(symbols.fill(feature));
            } else {
                // Below the dashes' scale a cased line is drawn one pixel wide: Qt's raster engine then takes its fast
                // path for thin lines instead of stroking (measured: railways cost 75 ms of the default map wide).
                const double width = cased && !dashed ? 1.0 : std::max(1.0, style.strokeWidthPx * 1.5);
                QPen line(symbols.fill(feature), width);
                line.setJoinStyle(Qt::RoundJoin);
                painter.setPen(line);
                painter.setBrush(Qt::NoBrush);
                if (dashed) {
                    painter.drawPath(path);
                    // The dashes are outlined here rather than by the paint engine, whose dasher restarts the
                    // pattern where a clip cuts a line: strips of one slide would then disagree at their seams.
                    // (QPen's dash pattern is in units of its width.)
                    dashes.setWidthF(width / 2);
                    dashes.setDashPattern({style.lineDashPx / dashes.widthF(), style.lineDashPx / dashes.widthF()});
                    QPainterPathStroker stroker(dashes);
                    painter.fillPath(stroker.createStroke(path), style.lineDashColour);
                    break;
                }
            }
            painter.drawPath(path);
            break;
        }
        case GeometryKind::Point: {
            const double diameter = symbols.diameterPx(feature);
            if (diameter <= 0)
                break;
            const QColor fill = symbols.fill(feature);
            const bool hollow = symbols.isHollow(feature);
            const auto drawAt = [&](QPointF at) {
                if (stamps && diameter <= maxStampDiameterPx) {
                    stamps->draw(painter, at, fill, diameter, hollow);
                } else if (hollow) {
                    drawHollowMarker(painter, style.marker, at, diameter, fill);
                } else {
                    painter.setPen(outline);
                    painter.setBrush(fill);
                    drawMarker(painter, style.marker, at, diameter);
                }
            };
            if (layout && placedIndex[size_t(index)] >= 0) {
                const PlacedSymbol &placed = layout->symbols[size_t(placedIndex[size_t(index)])];
                if (!layout->isHidden(placed))
                    drawAt(placed.drawnAt);
                break;
            }
            for (uint32_t p = 0; p < feature.partCount; ++p) {
                for (const QPointF &point : data.part(feature, p))
                    drawAt(toScreen.map(point));
            }
            break;
        }
        case GeometryKind::None:
            break;
        }
    }
    if (layout)
        drawCounts(painter, *layout);
}

} // namespace atlas
