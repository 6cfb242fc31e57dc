// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

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

void drawFeatures(QPainter &painter, const MapLayer &layer, const QTransform &toScreen, const QRectF &visible,
                  const std::atomic_bool *cancel)
{
    const LayerStyle &style = layer.style;
    const SymbolEvaluator symbols(style, *layer.data);
    QPen outline(style.stroke, style.strokeWidthPx);
    outline.setCosmetic(true); // width in pixels whatever the zoom
    outline.setJoinStyle(Qt::RoundJoin);
    if (style.strokeWidthPx <= 0)
        outline = Qt::NoPen;

    // Draw order: as stored, except proportional symbols, which go largest first so small ones stay visible.
    std::vector<const Feature *> order;
    order.reserve(layer.data->features.size());
    for (const Feature &feature : layer.data->features) {
        if (feature.kind != GeometryKind::None &&
            (feature.bounds.intersects(visible) || visible.contains(feature.bounds.topLeft())))
            order.push_back(&feature);
    }
    if (style.kind == LayerStyle::Kind::Proportional) {
        std::stable_sort(order.begin(), order.end(), [&](const Feature *a, const Feature *b) {
            return symbols.diameterPx(*a) > symbols.diameterPx(*b);
        });
    }

    painter.save();
    painter.setOpacity(style.opacity);
    const QTransform logicalPixels = painter.transform();
    painter.setTransform(toScreen, true);
    for (const Feature *feature : order) {
        if (cancelled(cancel))
            break;
        switch (feature->kind) {
        case GeometryKind::Polygon:
            painter.setPen(outline);
            painter.setBrush(symbols.fill(*feature));
            painter.drawPath(feature->path);
            break;
        case GeometryKind::Line: {
            QPen line(symbols.fill(*feature), std::max(1.0, style.strokeWidthPx * 1.5));
            line.setCosmetic(true);
            painter.setPen(line);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(feature->path);
            break;
        }
        case GeometryKind::Point: {
            // Symbols keep their pixel size: place them in screen pixels at their projected position.
            const double diameter = symbols.diameterPx(*feature);
            if (diameter <= 0)
                break;
            painter.save();
            painter.setTransform(logicalPixels);
            painter.setPen(outline);
            painter.setBrush(symbols.fill(*feature));
            for (const QPointF &p : feature->points)
                drawMarker(painter, style.marker, toScreen.map(p), diameter);
            painter.restore();
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
            const QString text = feature.attributes.value(column).toString();
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
