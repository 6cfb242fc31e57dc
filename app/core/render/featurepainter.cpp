// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurepainter.h"

#include "painterstateguard.h"

#include <QPainter>
#include <QPainterPath>

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

    void draw(QPainter &painter, QPointF logical, const QColor &fill, double diameter)
    {
        const QPoint device(qRound(logical.x() * m_dpr), qRound(logical.y() * m_dpr));
        Stamp &stamp = stampFor(fill, diameter);
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

    Stamp &stampFor(const QColor &fill, double diameter)
    {
        const quint64 key = (quint64(fill.rgba()) << 32) | quint64(qRound(diameter * 8));
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

} // namespace

std::vector<int> drawOrder(const MapLayer &layer, const QRectF &visible, double zoom)
{
    if (!drawnAtZoom(layer.style, zoom))
        return {};
    const VectorLayer &data = *layer.data;
    // Only what the view shows, through the spatial index, in data order; proportional symbols largest first so
    // that small ones stay visible on top.
    std::vector<int> order = data.featuresIn(visible);
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
    const bool dashed = style.lineDashColour.alpha() > 0;

    const PainterStateGuard state(painter);
    painter.setOpacity(style.opacity);
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
                const double width = std::max(1.0, style.strokeWidthPx * 1.5);
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
            for (uint32_t p = 0; p < feature.partCount; ++p) {
                for (const QPointF &point : data.part(feature, p)) {
                    const QPointF at = toScreen.map(point);
                    if (stamps && diameter <= maxStampDiameterPx) {
                        stamps->draw(painter, at, fill, diameter);
                    } else {
                        painter.setPen(outline);
                        painter.setBrush(fill);
                        drawMarker(painter, style.marker, at, diameter);
                    }
                }
            }
            break;
        }
        case GeometryKind::None:
            break;
        }
    }
}

} // namespace atlas
