// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <map>
#include <optional>
#include <span>

namespace atlas {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

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
    }
}

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

void drawFeatures(QPainter &painter, const MapLayer &layer, const QTransform &toScreen, const QRectF &visible,
                  const std::atomic_bool *cancel)
{
    const LayerStyle &style = layer.style;
    const VectorLayer &data = *layer.data;
    const SymbolEvaluator symbols(style, data);
    QPen outline(style.stroke, style.strokeWidthPx);
    outline.setJoinStyle(Qt::RoundJoin);
    if (style.strokeWidthPx <= 0)
        outline = Qt::NoPen;

    // Only what the view shows, through the spatial index, in data order; proportional symbols largest first so
    // that small ones stay visible on top.
    std::vector<int> order = data.featuresIn(visible);
    if (style.kind == LayerStyle::Kind::Proportional) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return symbols.diameterPx(data.features[size_t(a)]) > symbols.diameterPx(data.features[size_t(b)]);
        });
    }

    // Raster targets stamp cached symbols; vector targets (PDF, SVG) keep every symbol a vector shape.
    const int deviceType = painter.device()->devType();
    const bool raster = deviceType == QInternal::Image || deviceType == QInternal::Pixmap;
    const double dpr = painter.deviceTransform().m11() > 0 ? painter.deviceTransform().m11() : 1.0;
    std::optional<StampCache> stamps;
    if (raster)
        stamps.emplace(style, outline, dpr, QSize(painter.device()->width(), painter.device()->height()));

    painter.save();
    painter.setOpacity(style.opacity);
    QPainterPath path;
    for (const int index : order) {
        if (cancelled(cancel))
            break;
        const Feature &feature = data.features[size_t(index)];
        switch (feature.kind) {
        case GeometryKind::Polygon:
        case GeometryKind::Line: {
            const bool polygon = feature.kind == GeometryKind::Polygon;
            const QRectF onScreen = toScreen.mapRect(feature.bounds);
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
                QPen line(symbols.fill(feature), std::max(1.0, style.strokeWidthPx * 1.5));
                line.setJoinStyle(Qt::RoundJoin);
                painter.setPen(line);
                painter.setBrush(Qt::NoBrush);
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
                    if (stamps) {
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
    painter.restore();
}

// Labels go on top of every layer: the higher labelPriority first, then larger features first; each label takes the
// first of its candidate positions that overlaps no label already placed, or is left out. Point labels sit beside
// their symbol (right, left, above, below); area labels are centred on a point inside the area.
void drawLabels(QPainter &painter, const MapSettings &settings, const QTransform &toScreen, const QRectF &visible)
{
    struct Candidate {
        QString text;
        QPointF at;
        double symbolRadius; ///< > 0 for point features
        int priority;
        double area;
        const LayerStyle *style;
    };
    std::vector<Candidate> candidates;
    for (const MapLayer &layer : settings.layers) {
        if (!layer.visible || layer.style.labelField.isEmpty() || !layer.data)
            continue;
        const SymbolEvaluator symbols(layer.style, *layer.data);
        const int column = layer.data->fieldIndex(layer.style.labelField);
        for (const Feature &feature : layer.data->features) {
            if (column < 0 || feature.kind == GeometryKind::None || !visible.contains(feature.labelPoint))
                continue;
            const QString text = layer.data->value(feature, column).toString();
            if (text.isEmpty() || layer.style.labelExcluded.contains(text))
                continue;
            const QRectF b = toScreen.mapRect(feature.bounds);
            const double radius = feature.kind == GeometryKind::Point ? symbols.diameterPx(feature) / 2.0 : 0.0;
            candidates.push_back({text, toScreen.map(feature.labelPoint), radius, layer.style.labelPriority,
                                  b.width() * b.height(), &layer.style});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.area > b.area;
    });

    std::vector<QRectF> placed;
    for (const Candidate &c : candidates) {
        QFont font = painter.font();
        font.setPointSizeF(c.style->labelPointSize);
        font.setBold(c.style->labelBold);
        const QFontMetricsF metrics(font, painter.device());
        const QRectF box = metrics.boundingRect(c.text); // relative to the baseline origin
        std::vector<QPointF> origins; // baseline origins to try, best first
        if (c.symbolRadius > 0) {
            const double gap = c.symbolRadius + 3;
            const double midline = -box.center().y();
            origins = {c.at + QPointF(gap, midline), c.at + QPointF(-gap - box.width(), midline),
                       c.at + QPointF(-box.width() / 2, -gap - box.bottom()), c.at + QPointF(-box.width() / 2, gap - box.top())};
        } else {
            origins = {c.at - box.center()};
        }
        for (const QPointF &origin : origins) {
            const QRectF area = box.translated(origin).adjusted(-2, -1, 2, 1);
            if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(area); }))
                continue;
            placed.push_back(area);
            QPainterPath text;
            text.addText(origin, font, c.text);
            painter.strokePath(text, QPen(c.style->labelHalo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.fillPath(text, c.style->labelColour);
            break;
        }
    }
}

} // namespace

bool MapRenderer::render(QPainter &painter, const MapSettings &settings, const std::atomic_bool *cancel)
{
    const MapCamera &camera = settings.camera;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(settings.devicePixelRatio, settings.devicePixelRatio);
    painter.fillRect(QRectF(QPointF(0, 0), camera.size), settings.background);

    const QTransform toScreen = camera.mercatorToScreen();
    const QRectF visible = camera.visibleMercatorBounds();
    for (const MapLayer &layer : settings.layers) {
        if (cancelled(cancel))
            break;
        if (layer.visible && layer.data)
            drawFeatures(painter, layer, toScreen, visible, cancel);
    }
    if (settings.drawLabels && !cancelled(cancel))
        drawLabels(painter, settings, toScreen, visible);
    painter.restore();
    return !cancelled(cancel);
}

QImage MapRenderer::renderImage(const MapSettings &settings, const std::atomic_bool *cancel)
{
    const QSize pixels = (settings.camera.size * settings.devicePixelRatio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio);
    QPainter painter(&image);
    // The painter is already scaled by the image's devicePixelRatio: render() must not scale again.
    MapSettings logical = settings;
    logical.devicePixelRatio = 1.0;
    const bool complete = render(painter, logical, cancel);
    painter.end();
    return complete ? image : QImage();
}

} // namespace atlas
