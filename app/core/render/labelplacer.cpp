// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include "featurepainter.h"
#include "labelsprites.h"
#include "layerfault.h"
#include "pointdisplacement.h"
#include "searchtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>

namespace atlas {

// Labels go on top of every layer: the higher labelPriority first, then the larger labelRankField value (a city's
// population), then larger features first; each label takes the first of its candidate positions that overlaps no
// label already placed, or is left out, as is a name another layer already placed close by (a city that is also a
// hub). Point labels sit beside
// their symbol (right, left, above, below); area labels are centred on a point inside the area.
namespace {

// Text with a halo that keeps it readable over any fill. On raster targets the halo is the text drawn around the
// origin in eight directions, kept as an image for the next renders (labelsprites.h); vector targets get a stroked
// outline under real text, so that a PDF or SVG keeps one searchable copy of every label.
void drawHaloText(QPainter &painter, QPointF origin, const QFont &font, const QString &text, const QColor &colour,
                  const QColor &halo, bool raster)
{
    painter.setFont(font);
    if (raster) {
        LabelSprites::draw(painter, origin, font, text, colour, halo);
        return;
    }
    QPainterPath outline;
    outline.addText(origin, font, text);
    painter.strokePath(outline, QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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
    QPointF outward = {}; ///< a displaced symbol: away from its group's centre, the side its label tries first
    int feature = -1;     ///< with withMarker: the feature whose marker goes with the label
    bool withMarker = false; ///< the layer's markers are drawn only with their labels (LayerStyle::markerWithLabel)
};

// The same name placed again within this many label heights reads as a duplicate (a city under its hub)...
constexpr double duplicateDistanceInHeights = 4;
// ...and so does one within this distance on the ground, up to a dozen label heights away: Natural Earth's places
// are drawn for 1:10 million and sit up to about 15 km from the INEGI or GeoNames point of the same town's hub.
constexpr double duplicateGroundMeters = 20000;
constexpr double duplicateMaxDistanceInHeights = 12;

// "León" and "León (León de los Aldama)", "Chihuahua" and "Chihuahua (city)", "Mazatlan" and "Mazatlán": one
// town's names in two layers (compared foldedForSearch(): Natural Earth's sea ports write "Mazatlan", its places
// "Mazatlán").
bool sameTown(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return longer.startsWith(shorter) && longer.mid(shorter.size()).startsWith(QLatin1String(" ("));
}

struct Placed {
    QRectF box;
    QPointF at;
    QString text;
    const MapLayer *layer;
    bool point; ///< a point symbol's label (not an area's, such as a state's name)
    QString key; ///< the text foldedForSearch(), for telling a town named twice
};

// A point symbol as drawn on screen: labels keep off it.
struct Obstacle {
    QPointF centre;
    double radius;
};

// Layers with more visible points than this are not obstacles: testing every label against a dense point cloud
// would cost more than the cleared labels are worth.
constexpr size_t maxObstaclePoints = 5000;

// Where the point symbols of one layer are drawn (displaced ones where they were moved to; a collapsed group's
// count symbol at its centre), appended to `obstacles`.
void collectObstacles(const MapLayer &layer, const QTransform &toScreen, const QRectF &visible, double zoom,
                      std::vector<Obstacle> &obstacles)
{
    const std::vector<int> order = drawOrder(layer, visible, zoom);
    if (order.size() > maxObstaclePoints)
        return;
    const PointLayout layout = layoutLayerPoints(layer, toScreen, order);
    for (const PlacedSymbol &s : layout.symbols) {
        if (!layout.isHidden(s) && s.diameter > 0)
            obstacles.push_back({s.drawnAt, s.diameter / 2});
    }
    for (const PointGroup &g : layout.groups) {
        if (g.collapsed)
            obstacles.push_back({g.countAt, g.countDiameter / 2});
    }
}

// Labels and symbols by the screen cells they cover, so that a label tests only its neighbours (a country-scale
// map has hundreds of each: testing every pair cost the default map ~15 ms).
class CellIndex
{
public:
    static constexpr double cell = 64; // px: about one label's width

    void insert(const QRectF &box, size_t item)
    {
        forCells(box, [&](qint64 key) { m_cells[key].push_back(item); });
    }
    /** Calls `test(item)` for every item in a cell `box` covers (an item may come more than once); true if any did. */
    template<typename Test>
    bool any(const QRectF &box, Test test) const
    {
        bool found = false;
        forCells(box, [&](qint64 key) {
            if (found)
                return;
            const auto it = m_cells.find(key);
            if (it != m_cells.end())
                found = std::any_of(it->second.begin(), it->second.end(), test);
        });
        return found;
    }

private:
    template<typename F>
    static void forCells(const QRectF &box, F f)
    {
        // Clamped to a wide margin around any screen: a symbol far off it (or not finite) stays in the edge cells.
        const auto cellOf = [](double v) {
            return std::isfinite(v) ? qint64(std::floor(std::clamp(v, -1e6, 1e6) / cell)) : qint64(0);
        };
        const qint64 x0 = cellOf(box.left()), x1 = cellOf(box.right());
        const qint64 y0 = cellOf(box.top()), y1 = cellOf(box.bottom());
        for (qint64 y = y0; y <= y1; ++y)
            for (qint64 x = x0; x <= x1; ++x)
                f((y << 32) ^ (x & 0xffffffff));
    }
    std::unordered_map<qint64, std::vector<size_t>> m_cells;
};

bool touches(const QRectF &box, const Obstacle &o)
{
    const double x = std::clamp(o.centre.x(), box.left(), box.right());
    const double y = std::clamp(o.centre.y(), box.top(), box.bottom());
    return std::hypot(o.centre.x() - x, o.centre.y() - y) < o.radius;
}

// The labels of a displaced point layer: beside each symbol where it is drawn; none for a collapsed group's members.
void collectDisplacedCandidates(const MapLayer &layer, const QTransform &toScreen, const QRectF &visible, double zoom,
                                int column,
                                std::vector<Candidate> &candidates)
{
    const PointLayout layout = layoutLayerPoints(layer, toScreen, drawOrder(layer, visible, zoom));
    for (const PlacedSymbol &s : layout.symbols) {
        if (layout.isHidden(s))
            continue;
        const QString text = layer.data->value(layer.data->features[size_t(s.feature)], column).toString();
        if (text.isEmpty() || layer.style.labelExcluded.contains(text))
            continue;
        // Area as the symbol's, so larger sites are labelled first when space is short.
        const QPointF outward = layout.isDisplaced(s) ? s.drawnAt - layout.groups[size_t(s.group)].centre : QPointF();
        candidates.push_back({text, s.drawnAt, std::max(s.diameter / 2, 1.0), layer.style.labelPriority, 0.0,
                              s.diameter * s.diameter, &layer, outward});
    }
}

// The labels one layer would place, appended to `candidates`.
void collectCandidates(const MapLayer &layer, const QTransform &toScreen, const QRectF &visible, double zoom,
                       std::vector<Candidate> &candidates)
{
    const SymbolEvaluator symbols(layer.style, *layer.data);
    const int column = layer.data->fieldIndex(layer.style.labelField);
    if (column < 0)
        return;
    if (layer.style.displacement.enabled)
        return collectDisplacedCandidates(layer, toScreen, visible, zoom, column, candidates);
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
                              symbols.labelRank(feature), b.width() * b.height(), &layer, {}, index,
                              markersDrawnWithLabels(layer.style, zoom, true)});
    }
}

// Draws the label at the first of its candidate positions that overlaps no label in `placed` and no symbol in
// `obstacles`, or leaves it out. A point's label tries the four sides of its symbol, then the same sides pushed
// further out (past a ring of displaced symbols around it, for instance); a spread symbol's label first tries the
// line out from its ring's centre.
void placeLabel(QPainter &painter, const Candidate &c, const QFont &font, const QFontMetricsF &metrics,
                std::vector<Placed> &placed, CellIndex &placedCells, const std::vector<Obstacle> &obstacles,
                const CellIndex &obstacleCells, const std::vector<QRectF> &keepOut, double groundPxPerMeter,
                std::map<const MapLayer *, std::vector<int>> &markers, bool raster)
{
    const QRectF box = metrics.boundingRect(c.text); // relative to the baseline origin
    const double near = std::max(duplicateDistanceInHeights * box.height(),
                                 std::min(duplicateGroundMeters * groundPxPerMeter,
                                          duplicateMaxDistanceInHeights * box.height()));
    const QRectF nearby(c.at - QPointF(near, near), c.at + QPointF(near, near));
    const QString key = foldedForSearch(c.text);
    if (placedCells.any(nearby, [&](size_t i) {
            const Placed &p = placed[i];
            // Only across layers (a city under its hub): two features of one layer are two places, such as two
            // plants of one company, and each keeps its label.
            if (p.layer == c.layer)
                return false;
            // An area's name is a duplicate only spelled alike and close by: the state "Chihuahua" and the hub
            // "Chihuahua (city)" are two places.
            if (!p.point || c.symbolRadius <= 0)
                return p.text == c.text && std::abs(p.at.x() - c.at.x()) < duplicateDistanceInHeights * box.height()
                       && std::abs(p.at.y() - c.at.y()) < duplicateDistanceInHeights * box.height();
            return sameTown(p.key, key) && std::abs(p.at.x() - c.at.x()) < near
                   && std::abs(p.at.y() - c.at.y()) < near;
        }))
        return;
    // A marker drawn with its label keeps off the labels and markers placed before it, and off the furniture.
    const QRectF marker(c.at - QPointF(c.symbolRadius, c.symbolRadius), QSizeF(2 * c.symbolRadius, 2 * c.symbolRadius));
    if (c.withMarker
        && (placedCells.any(marker, [&](size_t i) { return placed[i].box.intersects(marker); })
            || std::any_of(keepOut.begin(), keepOut.end(), [&](const QRectF &r) { return r.intersects(marker); })))
        return;
    std::vector<QPointF> origins; // baseline origins to try, best first
    if (c.symbolRadius > 0 && !c.outward.isNull()) {
        // A spread symbol: first straight out along its leader, the label's near edge or corner facing the symbol,
        // so that the labels of a ring fan out as its symbols do and each reads as its own.
        const QPointF u = c.outward / std::hypot(c.outward.x(), c.outward.y());
        constexpr double aside = 0.35; // a direction this close to vertical (horizontal) centres the label on it
        const double x = u.x() > aside ? box.left() : (u.x() < -aside ? box.right() : box.center().x());
        const double y = u.y() < -aside ? box.bottom() : (u.y() > aside ? box.top() : box.center().y());
        for (const double push : {0.0, 6.0, 14.0, 26.0, 40.0})
            origins.push_back(c.at + u * (c.symbolRadius + 3 + push) - QPointF(x, y));
    }
    if (c.symbolRadius > 0) {
        const double midline = -box.center().y();
        // Right, left, above, below; a displaced symbol first on the side facing away from its ring's centre.
        std::array<int, 4> sides{0, 1, 2, 3};
        if (!c.outward.isNull()) {
            const bool horizontal = std::abs(c.outward.x()) >= std::abs(c.outward.y());
            const int first = horizontal ? (c.outward.x() >= 0 ? 0 : 1) : (c.outward.y() < 0 ? 2 : 3);
            std::rotate(sides.begin(), std::find(sides.begin(), sides.end(), first), std::find(sides.begin(), sides.end(), first) + 1);
        }
        for (const double push : {0.0, 8.0, 20.0, 36.0}) {
            const double gap = c.symbolRadius + 3 + push;
            const QPointF at[4] = {c.at + QPointF(gap, midline), c.at + QPointF(-gap - box.width(), midline),
                                   c.at + QPointF(-box.width() / 2, -gap - box.bottom()),
                                   c.at + QPointF(-box.width() / 2, gap - box.top())};
            for (const int side : sides)
                origins.push_back(at[side]);
        }
    } else {
        origins = {c.at - box.center()};
    }
    const LayerStyle &style = c.layer->style;
    for (const QPointF &origin : origins) {
        const QRectF area = box.translated(origin).adjusted(-2, -1, 2, 1);
        if (placedCells.any(area, [&](size_t i) { return placed[i].box.intersects(area); }))
            continue;
        if (obstacleCells.any(area, [&](size_t i) { return touches(area, obstacles[i]); }))
            continue;
        if (std::any_of(keepOut.begin(), keepOut.end(), [&](const QRectF &r) { return r.intersects(area); }))
            continue;
        placedCells.insert(area.united(QRectF(c.at, QSizeF(0, 0))), placed.size()); // its box and its anchor
        placed.push_back({area, c.at, c.text, c.layer, c.symbolRadius > 0, key});
        if (c.withMarker) { // an entry without text: later labels keep off it, and it names nothing
            placedCells.insert(marker, placed.size());
            placed.push_back({marker, c.at, QString(), c.layer, true, QString()});
            markers[c.layer].push_back(c.feature); // drawn per layer once every label is placed
        }
        drawHaloText(painter, origin, font, c.text, style.labelColour, style.labelHalo, raster);
        return;
    }
}

} // namespace

std::vector<PlacedLabel> drawLabels(QPainter &painter, const MapSettings &settings, const QTransform &toScreen,
                                    const QRectF &visible, QList<LayerError> &errors)
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
    // Every point symbol drawn is an obstacle for every label (no label sits on a symbol).
    std::vector<Obstacle> obstacles;
    for (const MapLayer &layer : settings.layers) {
        if (!layer.visible || !layer.data || layer.raster || markersDrawnWithLabels(layer.style, zoom, true))
            continue; // markers drawn with their labels are placed with them
        containLayerFault(layer, errors, [&] { collectObstacles(layer, toScreen, visible, zoom, obstacles); });
    }
    CellIndex obstacleCells;
    for (size_t i = 0; i < obstacles.size(); ++i) {
        const Obstacle &o = obstacles[i];
        obstacleCells.insert(QRectF(o.centre - QPointF(o.radius, o.radius), QSizeF(2 * o.radius, 2 * o.radius)), i);
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

    // Web Mercator stretches the ground by 1 / cos(latitude).
    const double groundPxPerMeter = settings.camera.pixelsPerMeter()
                                    / std::max(0.1, std::cos(qDegreesToRadians(settings.camera.centerLat)));
    std::vector<Placed> placed;
    CellIndex placedCells;
    std::map<const MapLayer *, std::vector<int>> markers; // LayerStyle::markerWithLabel: the features named
    for (const Candidate &c : candidates) {
        containLayerFault(*c.layer, errors, [&] {
            const Typeface &typeface = typefaceOf(&c.layer->style);
            placeLabel(painter, c, typeface.font, typeface.metrics, placed, placedCells, obstacles, obstacleCells,
                       settings.labelKeepOut, groundPxPerMeter, markers, raster);
        });
    }
    // No label overlaps a marker placed with another label, so drawing the markers last covers nothing.
    for (const auto &[layer, features] : markers)
        containLayerFault(*layer, errors, [&] { drawFeatures(painter, *layer, toScreen, features, nullptr); });
    std::vector<PlacedLabel> labels;
    labels.reserve(placed.size());
    for (const Placed &p : placed) {
        if (!p.text.isEmpty()) // not a marker drawn with its label
            labels.push_back({p.text, p.box});
    }
    return labels;
}

} // namespace atlas
