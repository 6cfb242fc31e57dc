// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace atlas {

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

} // namespace atlas
