// SPDX-License-Identifier: GPL-3.0-or-later
// Hexagonal bins for large point layers at small scales (LayerStyle::aggregation).
#include "hexbins.h"

#include "painterstateguard.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <deque>
#include <mutex>

namespace atlas {

namespace {

constexpr double sqrt3 = 1.7320508075688772;

// Axial hexagon coordinates (q, r) of a point relative to the grid's origin, by cube rounding (pointy-top cells).
struct Axial {
    int q, r;
};
inline Axial axialOf(double x, double y, double radius)
{
    const double q = (sqrt3 / 3 * x - y / 3) / radius;
    const double r = (2.0 / 3 * y) / radius;
    const double s = -q - r;
    double rq = std::round(q), rr = std::round(r);
    const double rs = std::round(s);
    const double dq = std::abs(rq - q), dr = std::abs(rr - r), ds = std::abs(rs - s);
    if (dq > dr && dq > ds)
        rq = -rr - rs;
    else if (dr > ds)
        rr = -rq - rs;
    return {int(rq), int(rr)};
}

// "Odd-r" offset column of an axial cell: rows stay rows, so the grid over a rectangle is a dense rectangle.
inline int columnOf(Axial a)
{
    return a.q + (a.r - (a.r & 1)) / 2;
}

// Each row's category slot (index into `colours`, the last one for "other"), for every row of the layer: what the
// style's evaluator says, costly for a million rows (a hash lookup of a text each), so kept for the next renders
// of the same data and style (a pan, a zoom) in a small cache that never keeps a layer's data alive.
std::shared_ptr<const std::vector<uint8_t>> categorySlots(const MapLayer &layer, const std::vector<QRgb> &colours)
{
    struct Entry {
        std::weak_ptr<const VectorLayer> data;
        LayerStyle style;
        std::shared_ptr<const std::vector<uint8_t>> slots;
    };
    static std::mutex mutex;
    static std::deque<Entry> cache;
    const auto sameStyle = [&](const LayerStyle &s) {
        return s.kind == layer.style.kind && s.field == layer.style.field && s.categories == layer.style.categories
               && s.colourBy == layer.style.colourBy && s.otherColour == layer.style.otherColour
               && s.fill.alpha() == layer.style.fill.alpha();
    };
    {
        const std::lock_guard lock(mutex);
        for (const Entry &e : cache) {
            if (e.data.lock() == layer.data && sameStyle(e.style))
                return e.slots;
        }
    }
    const VectorLayer &data = *layer.data;
    const SymbolEvaluator symbols(layer.style, data);
    auto slots = std::make_shared<std::vector<uint8_t>>(data.features.size());
    for (size_t row = 0; row < data.features.size(); ++row) {
        const QRgb colour = symbols.fill(data.features[row]).rgba();
        const auto found = std::find(colours.begin(), colours.end(), colour);
        (*slots)[row] = uint8_t(found == colours.end() ? colours.size() - 1 : size_t(found - colours.begin()));
    }
    const std::lock_guard lock(mutex);
    cache.push_front({layer.data, layer.style, slots});
    if (cache.size() > 4)
        cache.pop_back();
    return slots;
}

} // namespace

QPointF HexBinning::centre(int row, int column) const
{
    const int r = firstRow + row;
    const int c = firstColumn + column;
    const double x = sqrt3 * radiusPx * (c + 0.5 * (r & 1));
    const double y = 1.5 * radiusPx * r;
    return originPx + QPointF(x, y);
}

QPolygonF HexBinning::hexagon(int row, int column) const
{
    const QPointF c = centre(row, column);
    QPolygonF corners;
    corners.reserve(6);
    for (int i = 0; i < 6; ++i) {
        const double angle = M_PI / 180 * (60 * i - 30);
        corners << c + QPointF(radiusPx * std::cos(angle), radiusPx * std::sin(angle));
    }
    return corners;
}

double hexReachMeters(const LayerStyle &style, double zoom)
{
    const double metresPerPixel = 2 * M_PI * webmercator::earthRadius / (256.0 * std::exp2(zoom));
    return style.aggregation.cellPx * metresPerPixel;
}

HexBinning binPoints(const MapLayer &layer, const QTransform &toScreen, std::span<const int> order,
                     const QRectF &targetPx, const std::atomic_bool *cancel)
{
    HexBinning bins;
    const VectorLayer &data = *layer.data;
    bins.radiusPx = std::max(2.0, layer.style.aggregation.cellPx / sqrt3);
    const double half = M_PI * webmercator::earthRadius;
    bins.originPx = toScreen.map(QPointF(-half, half));

    // The grid over the target, a cell beyond each side (those cells' points count, though their centres are off).
    const double rowStep = 1.5 * bins.radiusPx, columnStep = sqrt3 * bins.radiusPx;
    const QRectF local = targetPx.translated(-bins.originPx);
    bins.firstRow = int(std::floor(local.top() / rowStep)) - 1;
    bins.firstColumn = int(std::floor(local.left() / columnStep)) - 2;
    bins.rows = int(std::ceil(local.bottom() / rowStep)) + 2 - bins.firstRow;
    bins.columns = int(std::ceil(local.right() / columnStep)) + 3 - bins.firstColumn;
    if (bins.rows <= 0 || bins.columns <= 0 || double(bins.rows) * bins.columns > 4e7)
        return bins; // nothing to draw, or a target no screen or slide has
    const size_t cells = size_t(bins.rows) * size_t(bins.columns);
    bins.counts.assign(cells, 0);

    // A categorized layer: counts per category slot as well, to find each cell's most frequent one.
    const bool categorized = layer.style.kind == LayerStyle::Kind::Categorized || layer.style.colourBy.isSet();
    std::vector<uint32_t> perCategory;
    std::vector<QRgb> slotColours;
    std::shared_ptr<const std::vector<uint8_t>> slots;
    if (categorized) {
        // As the evaluator gives them: its colours carry the style's fill alpha.
        const int alpha = layer.style.colourBy.isSet() ? layer.style.fill.alpha() : 255;
        for (const Category &c : layer.style.colourBy.isSet() ? layer.style.colourBy.categories : layer.style.categories) {
            QColor colour = c.colour;
            if (layer.style.colourBy.isSet())
                colour.setAlpha(alpha);
            slotColours.push_back(colour.rgba());
        }
        QColor other = layer.style.otherColour;
        if (layer.style.colourBy.isSet())
            other.setAlpha(alpha);
        if (slotColours.size() > 254)
            slotColours.resize(254); // more categories than a legend can show: the rest count as "other"
        slotColours.push_back(other.rgba());
        slots = categorySlots(layer, slotColours);
        perCategory.assign(cells * slotColours.size(), 0);
    }

    // The affine part of the transform, inlined: a million points are a million of these.
    const double m11 = toScreen.m11(), m22 = toScreen.m22(), dx = toScreen.dx() - bins.originPx.x(),
                 dy = toScreen.dy() - bins.originPx.y();
    const double radius = bins.radiusPx;
    size_t seen = 0;
    for (const int row : order) {
        if ((++seen & 0xffff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            break;
        const Feature &feature = data.features[size_t(row)];
        if (feature.kind != GeometryKind::Point)
            continue;
        const int slot = slots ? int((*slots)[size_t(row)]) : -1;
        for (uint32_t p = 0; p < feature.partCount; ++p) {
            for (const QPointF &point : data.part(feature, p)) {
                const Axial a = axialOf(m11 * point.x() + dx, m22 * point.y() + dy, radius);
                const int r = a.r - bins.firstRow, c = columnOf(a) - bins.firstColumn;
                if (r < 0 || c < 0 || r >= bins.rows || c >= bins.columns)
                    continue;
                const size_t cell = size_t(r) * size_t(bins.columns) + size_t(c);
                ++bins.counts[cell];
                if (slot >= 0)
                    ++perCategory[cell * slotColours.size() + size_t(slot)];
            }
        }
    }
    if (categorized) {
        for (const QRgb rgb : slotColours)
            bins.categoryColours.push_back(QColor::fromRgba(rgb));
        bins.dominant.assign(cells, -1);
        const size_t k = slotColours.size();
        for (size_t cell = 0; cell < cells; ++cell) {
            if (bins.counts[cell] == 0)
                continue;
            const uint32_t *counts = &perCategory[cell * k];
            bins.dominant[cell] = int(std::max_element(counts, counts + k) - counts); // ties: the legend's first
        }
    }
    return bins;
}

void drawHexagons(QPainter &painter, const MapLayer &layer, const QTransform &toScreen, std::span<const int> order,
                  const std::atomic_bool *cancel)
{
    // The painter's whole target in logical pixels (a slice, a strip of a tall slide, a PDF page).
    const QRectF target = painter.worldTransform().inverted().mapRect(
        QRectF(0, 0, painter.device()->width(), painter.device()->height()));
    const HexBinning bins = binPoints(layer, toScreen, order, target, cancel);
    if (bins.counts.empty() || (cancel && cancel->load()))
        return;
    const PainterStateGuard state(painter);
    painter.setOpacity(layer.style.opacity);
    // A hairline of the sea's white between cells: neighbouring classes stay apart without a heavy mesh.
    painter.setPen(QPen(QColor(255, 255, 255, 200), 0.6));
    for (int r = 0; r < bins.rows; ++r) {
        for (int c = 0; c < bins.columns; ++c) {
            const size_t cell = size_t(r) * size_t(bins.columns) + size_t(c);
            const uint32_t count = bins.counts[cell];
            if (count == 0)
                continue;
            const int cls = hexCountClass(count);
            if (!bins.dominant.empty()) {
                // A tint, not transparency: opaque fills take the raster engine's fast path (measured: alpha
                // hexagons cost 200 ms a frame at 1920x1080, opaque ones 20).
                painter.setBrush(hexClassTint(bins.categoryColours[size_t(bins.dominant[cell])], cls));
            } else {
                painter.setBrush(hexClassColour(cls));
            }
            painter.drawPolygon(bins.hexagon(r, c));
        }
    }
}

} // namespace atlas
