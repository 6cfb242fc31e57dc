// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include "layerfault.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace atlas {

// Labels go on top of every layer: the higher labelPriority first, then the larger labelRankField value (a city's
// population), then larger features first; each label takes the first of its candidate positions that overlaps no
// label already placed, or is left out, as is a name already placed close by (a city that is also a hub). Point labels sit beside
// their symbol (right, left, above, below); area labels are centred on a point inside the area.
namespace {

// Text with a halo that keeps it readable over any fill. On raster targets the halo is the text drawn around the
// origin in eight directions (glyphs come from Qt's cache: much faster than stroking outlines); vector targets get
// a stroked outline under real text, so that a PDF or SVG keeps one searchable copy of every label.
void drawHaloText(QPainter &painter, QPointF origin, const QFont &font, const QString &text, const QColor &colour,
                  const QColor &halo, bool raster)
{
    painter.setFont(font);
    if (raster) {
        painter.setPen(halo);
        constexpr double r = 1.2;
        for (const QPointF offset : {QPointF(-r, 0), QPointF(r, 0), QPointF(0, -r), QPointF(0, r), QPointF(-r, -r) * 0.7,
                                     QPointF(r, -r) * 0.7, QPointF(-r, r) * 0.7, QPointF(r, r) * 0.7})
            painter.drawText(origin + offset, text);
    } else {
        QPainterPath outline;
        outline.addText(origin, font, text);
        painter.strokePath(outline, QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    painter.setPen(colour);
    painter.drawText(origin, text);
}

struct Candidate {
    QString text;
    QPointF at;
    double symbolRadius; ///< > 0 for point features
    int priority;
    double rank;
    double area;
    const MapLayer *layer;
};

// The same name placed again within this many label heights reads as a duplicate (a city under its hub).
constexpr double duplicateDistanceInHeights = 4;

struct Placed {
    QRectF box;
    QPointF at;
    QString text;
};

// The labels one layer would place, appended to `candidates`.
void collectCandidates(const MapLayer &layer, const QTransform &toScreen, const QRectF &visible, double zoom,
                       std::vector<Candidate> &candidates)
{
    const SymbolEvaluator symbols(layer.style, *layer.data);
    const int column = layer.data->fieldIndex(layer.style.labelField);
    if (column < 0)
        return;
    for (const int index : layer.data->featuresIn(visible)) {
        if (!layer.shows(index))
            continue;
        const Feature &feature = layer.data->features[size_t(index)];
        if (!symbols.labelledAt(feature, zoom))
            continue;
        const QPointF labelPoint = layer.data->labelPoint(feature);
        if (!visible.contains(labelPoint))
            continue;
        const QString text = layer.data->value(feature, column).toString();
        if (text.isEmpty() || layer.style.labelExcluded.contains(text))
            continue;
        const QRectF b = toScreen.mapRect(layer.data->bounds(feature));
        const double radius = feature.kind == GeometryKind::Point ? symbols.diameterPx(feature) / 2.0 : 0.0;
        candidates.push_back({text, toScreen.map(labelPoint), radius, layer.style.labelPriority,
                              symbols.labelRank(feature), b.width() * b.height(), &layer});
    }
}

// Draws the label at the first of its candidate positions that overlaps no label in `placed`, or leaves it out.
void placeLabel(QPainter &painter, const Candidate &c, const QFont &font, const QFontMetricsF &metrics,
                std::vector<Placed> &placed, bool raster)
{
    const QRectF box = metrics.boundingRect(c.text); // relative to the baseline origin
    const double near = duplicateDistanceInHeights * box.height();
    if (std::any_of(placed.begin(), placed.end(), [&](const Placed &p) {
            return p.text == c.text && std::abs(p.at.x() - c.at.x()) < near && std::abs(p.at.y() - c.at.y()) < near;
        }))
        return;
    std::vector<QPointF> origins; // baseline origins to try, best first
    if (c.symbolRadius > 0) {
        const double gap = c.symbolRadius + 3;
        const double midline = -box.center().y();
        origins = {c.at + QPointF(gap, midline), c.at + QPointF(-gap - box.width(), midline),
                   c.at + QPointF(-box.width() / 2, -gap - box.bottom()),
                   c.at + QPointF(-box.width() / 2, gap - box.top())};
    } else {
        origins = {c.at - box.center()};
    }
    const LayerStyle &style = c.layer->style;
    for (const QPointF &origin : origins) {
        const QRectF area = box.translated(origin).adjusted(-2, -1, 2, 1);
        if (std::any_of(placed.begin(), placed.end(), [&](const Placed &p) { return p.box.intersects(area); }))
            continue;
        placed.push_back({area, c.at, c.text});
        drawHaloText(painter, origin, font, c.text, style.labelColour, style.labelHalo, raster);
        return;
    }
}

} // namespace

void drawLabels(QPainter &painter, const MapSettings &settings, const QTransform &toScreen, const QRectF &visible,
                QList<LayerError> &errors)
{
    const int deviceType = painter.device()->devType();
    const bool raster = deviceType == QInternal::Image || deviceType == QInternal::Pixmap;
    std::vector<Candidate> candidates;
    const double zoom = settings.camera.zoom;
    for (const MapLayer &layer : settings.layers) {
        if (!layer.visible || !labelledAtZoom(layer.style, zoom) || !layer.data || layer.raster)
            continue;
        // A layer that fails half way keeps the candidates it made: each is a whole, valid label.
        containLayerFault(layer, errors, [&] { collectCandidates(layer, toScreen, visible, zoom, candidates); });
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.rank != b.rank ? a.rank > b.rank : a.area > b.area;
    });

    // One font and its metrics per style (a few layers), not per label (hundreds).
    struct Typeface {
        QFont font;
        QFontMetricsF metrics;
    };
    std::map<const LayerStyle *, Typeface> typefaces;
    auto typefaceOf = [&](const LayerStyle *style) -> const Typeface & {
        auto it = typefaces.find(style);
        if (it == typefaces.end()) {
            QFont font = painter.font();
            font.setPointSizeF(style->labelPointSize);
            font.setBold(style->labelBold);
            font.setItalic(style->labelItalic);
            it = typefaces.emplace(style, Typeface{font, QFontMetricsF(font, painter.device())}).first;
        }
        return it->second;
    };

    std::vector<Placed> placed;
    for (const Candidate &c : candidates) {
        containLayerFault(*c.layer, errors, [&] {
            const Typeface &typeface = typefaceOf(&c.layer->style);
            placeLabel(painter, c, typeface.font, typeface.metrics, placed, raster);
        });
    }
}

} // namespace atlas
