// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointdisplacement.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <utility>

namespace atlas {

namespace {

// Union-find over the symbols, for single-linkage groups.
class Groups
{
public:
    explicit Groups(size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), size_t(0));
    }
    size_t root(size_t i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(size_t a, size_t b)
    {
        a = root(a);
        b = root(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<size_t> m_parent;
};

// Joins every two symbols closer than the tolerance, looking only into the neighbouring cells of a grid as wide
// as the tolerance (a layer of many points stays linear).
void linkNeighbours(const std::vector<PointSymbol> &symbols, double tolerance, Groups &groups)
{
    const double cell = std::max(tolerance, 1.0);
    QHash<QPair<qint64, qint64>, std::vector<size_t>> grid;
    for (size_t i = 0; i < symbols.size(); ++i)
        grid[{qint64(std::floor(symbols[i].at.x() / cell)), qint64(std::floor(symbols[i].at.y() / cell))}].push_back(i);
    for (auto it = grid.constBegin(); it != grid.constEnd(); ++it) {
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto other = grid.constFind({it.key().first + dx, it.key().second + dy});
                if (other == grid.constEnd())
                    continue;
                for (const size_t a : it.value()) {
                    for (const size_t b : other.value()) {
                        const QPointF d = symbols[a].at - symbols[b].at;
                        if (a < b && std::hypot(d.x(), d.y()) < tolerance)
                            groups.join(a, b);
                    }
                }
            }
        }
    }
}

bool overlaps(QPointF a, double da, QPointF b, double db, double gap)
{
    const QPointF d = a - b;
    return std::hypot(d.x(), d.y()) < (da + db) / 2 + gap - 1e-9;
}

// Places `members` (indexes into `symbols`) evenly by width on a circle of at least `radius` around `centre`,
// starting at the top and going clockwise, growing the circle until no two of them overlap. Returns the radius.
double placeRing(const std::vector<int> &members, QPointF centre, double radius, double gap,
                 std::vector<PlacedSymbol> &symbols)
{
    double total = 0;
    for (const int m : members)
        total += symbols[size_t(m)].diameter + gap;
    for (int attempt = 0; attempt < 200; ++attempt, radius *= 1.06) {
        double used = 0;
        for (const int m : members) {
            const double width = symbols[size_t(m)].diameter + gap;
            const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * (used + width / 2) / total;
            symbols[size_t(m)].drawnAt = centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
            used += width;
        }
        bool clear = true;
        for (size_t i = 0; i < members.size() && clear; ++i) {
            for (size_t j = i + 1; j < members.size() && clear; ++j) {
                const PlacedSymbol &a = symbols[size_t(members[i])], &b = symbols[size_t(members[j])];
                clear = !overlaps(a.drawnAt, a.diameter, b.drawnAt, b.diameter, gap);
            }
        }
        if (clear)
            break;
    }
    return radius;
}

// Spreads one group: one ring when it stays compact, else concentric rings filled from the inside, each ring
// a full largest symbol (plus the gap) outside the previous one so that rings never touch.
double spreadGroup(const PointGroup &group, double gap, double labelSpacing, std::vector<PlacedSymbol> &symbols)
{
    double largest = 0;
    for (const int m : group.members)
        largest = std::max(largest, symbols[size_t(m)].diameter);
    // The innermost ring leaves the centre mark and the leader lines visible (at least 16 px out), and labelled
    // members a label line apart, so that their labels can stand beside them (labelplacer.cpp) rather than afar.
    const double inner = std::max({largest / 2 + gap + 3, 16.0,
                                   labelSpacing * double(group.members.size()) / (2 * std::numbers::pi)});
    const double single = placeRing(group.members, group.centre, inner, gap, symbols);
    if (single <= 2 * inner + largest || group.members.size() <= 3)
        return single + largest / 2;

    double radius = inner, outer = 0;
    size_t next = 0;
    while (next < group.members.size()) {
        // As many members as the ring's circumference holds side by side (chords are shorter than arcs: 90 %).
        std::vector<int> ring;
        double width = 0;
        const double capacity = 2 * std::numbers::pi * radius * 0.9;
        while (next < group.members.size()) {
            const double w = symbols[size_t(group.members[next])].diameter + gap;
            if (!ring.empty() && width + w > capacity)
                break;
            ring.push_back(group.members[next++]);
            width += w;
        }
        radius = placeRing(ring, group.centre, radius, gap, symbols);
        outer = radius + largest / 2;
        radius += largest + gap;
    }
    return outer;
}

// Where two collapsed groups stand so close that their counts would overlap (Ciudad Juárez's city point and, a few
// pixels away, its plants with an address), they become one count of them all: one badge that reads, rather than
// a "7" half under a "3". Groups are renumbered so that none is left empty.
void mergeTouchingCounts(PointLayout &layout, double gap)
{
    const auto countFor = [&](PointGroup &g) {
        std::vector<int> byFeature = g.members;
        std::sort(byFeature.begin(), byFeature.end(),
                  [&](int a, int b) { return layout.symbols[size_t(a)].feature < layout.symbols[size_t(b)].feature; });
        g.centre = QPointF();
        for (const int m : byFeature)
            g.centre += layout.symbols[size_t(m)].truePlace;
        g.centre /= double(byFeature.size());
        g.countDiameter = 15 + 4 * double(QString::number(g.members.size()).size());
        g.countAt = g.centre + QPointF(0.55, -0.55) * g.countDiameter;
    };
    bool merged = true;
    while (merged) {
        merged = false;
        for (size_t a = 0; a < layout.groups.size() && !merged; ++a) {
            PointGroup &first = layout.groups[a];
            if (!first.collapsed || first.members.empty())
                continue;
            for (size_t b = a + 1; b < layout.groups.size() && !merged; ++b) {
                PointGroup &second = layout.groups[b];
                if (!second.collapsed || second.members.empty())
                    continue;
                const QPointF d = first.countAt - second.countAt;
                if (std::hypot(d.x(), d.y()) >= (first.countDiameter + second.countDiameter) / 2 + gap)
                    continue;
                // Appended one by one: GCC 14 warns of a false overflow on a range insert here (-Wstringop-overflow).
                for (const int m : std::exchange(second.members, {}))
                    first.members.push_back(m);
                countFor(first);
                merged = true;
            }
        }
    }
    std::vector<PointGroup> kept;
    for (size_t i = 0; i < layout.groups.size(); ++i) {
        if (layout.groups[i].members.empty())
            continue;
        for (const int m : layout.groups[i].members)
            layout.symbols[size_t(m)].group = int(kept.size());
        kept.push_back(std::move(layout.groups[i]));
    }
    layout.groups = std::move(kept);
}

} // namespace

PointLayout displacePoints(const std::vector<PointSymbol> &input, const DisplacementRules &rules)
{
    PointLayout layout;
    layout.symbols.reserve(input.size());
    for (const PointSymbol &s : input)
        layout.symbols.push_back({s.feature, s.at, s.at, s.diameter, -1});
    Groups groups(input.size());
    linkNeighbours(input, rules.tolerancePx, groups);

    // Members of each group by root; groups in the order of their smallest feature (independent of input order).
    QHash<size_t, std::vector<int>> byRoot;
    for (size_t i = 0; i < input.size(); ++i)
        byRoot[groups.root(i)].push_back(int(i));
    std::vector<std::vector<int>> found;
    std::vector<QPointF> centres; // a group of one on an occupied point: spread around that point
    for (auto it = byRoot.begin(); it != byRoot.end(); ++it) {
        if (it.value().size() > 1) {
            found.push_back(std::move(it.value()));
            continue;
        }
        const QPointF at = input[size_t(it.value().front())].at;
        for (const QPointF &o : rules.occupied) {
            if (std::hypot(o.x() - at.x(), o.y() - at.y()) <= rules.tolerancePx) {
                found.push_back(std::move(it.value()));
                break;
            }
        }
    }
    const auto smallestFeature = [&](const std::vector<int> &members) {
        int f = std::numeric_limits<int>::max();
        for (const int m : members)
            f = std::min(f, input[size_t(m)].feature);
        return f;
    };
    std::sort(found.begin(), found.end(),
              [&](const auto &a, const auto &b) { return smallestFeature(a) < smallestFeature(b); });

    for (std::vector<int> &members : found) {
        std::sort(members.begin(), members.end(), [&](int a, int b) {
            const PointSymbol &x = input[size_t(a)], &y = input[size_t(b)];
            if (x.sortKey != y.sortKey)
                return x.sortKey < y.sortKey;
            const double vx = std::isnan(x.value) ? -INFINITY : x.value, vy = std::isnan(y.value) ? -INFINITY : y.value;
            if (vx != vy)
                return vx > vy;
            return x.feature < y.feature;
        });
        PointGroup group;
        // The mean of the true places, summed in feature order so that it does not depend on the input's order.
        std::vector<int> byFeature = members;
        std::sort(byFeature.begin(), byFeature.end(),
                  [&](int a, int b) { return input[size_t(a)].feature < input[size_t(b)].feature; });
        for (const int m : byFeature)
            group.centre += input[size_t(m)].at;
        group.centre /= double(members.size());
        group.members = members;
        const int index = int(layout.groups.size());
        for (const int m : members)
            layout.symbols[size_t(m)].group = index;
        group.outerRadius = spreadGroup(group, rules.gapPx, rules.labelSpacingPx, layout.symbols);
        if (members.size() == 1 && group.outerRadius > rules.maxOuterRadiusPx) { // no count of one: left in place
            layout.symbols[size_t(members.front())].drawnAt = layout.symbols[size_t(members.front())].truePlace;
            layout.symbols[size_t(members.front())].group = -1;
            continue;
        }
        if (group.outerRadius > rules.maxOuterRadiusPx) {
            group.collapsed = true;
            group.countDiameter = 15 + 4 * double(QString::number(members.size()).size());
            group.countAt = group.centre + QPointF(0.55, -0.55) * group.countDiameter;
            for (const int m : members)
                layout.symbols[size_t(m)].drawnAt = layout.symbols[size_t(m)].truePlace;
        }
        layout.groups.push_back(std::move(group));
    }
    mergeTouchingCounts(layout, rules.gapPx);
    return layout;
}

PointLayout layoutLayerPoints(const MapLayer &layer, const QTransform &toScreen, const std::vector<int> &order)
{
    const VectorLayer &data = *layer.data;
    const SymbolEvaluator evaluator(layer.style, data);
    const int valueField = layer.style.field.isEmpty() ? -1 : data.fieldIndex(layer.style.field);
    std::vector<PointSymbol> symbols;
    symbols.reserve(order.size());
    for (const int row : order) {
        const Feature &feature = data.features[size_t(row)];
        if (feature.kind != GeometryKind::Point || feature.partCount == 0 || data.part(feature, 0).empty())
            continue;
        symbols.push_back({row, toScreen.map(data.part(feature, 0).front()), evaluator.diameterPx(feature),
                           evaluator.colourKey(feature), data.number(feature, valueField)});
    }
    if (!layer.style.displacement.enabled) {
        PointLayout layout;
        for (const PointSymbol &s : symbols)
            layout.symbols.push_back({s.feature, s.at, s.at, s.diameter, -1});
        return layout;
    }
    DisplacementRules rules;
    rules.tolerancePx = layer.style.displacement.tolerancePx;
    rules.maxOuterRadiusPx = layer.style.displacement.maxShiftMeters * std::hypot(toScreen.m11(), toScreen.m12());
    // Two label lines apart (a point is 96/72 logical pixels, a line about 1.25 of the font's size): the members
    // on the ring's sides then stand far enough apart for a label beside each.
    if (!layer.style.labelField.isEmpty())
        rules.labelSpacingPx = 2.2 * 1.25 * layer.style.labelPointSize * 96.0 / 72.0;
    if (layer.spreadOff) {
        for (const QPointF &p : *layer.spreadOff)
            rules.occupied.push_back(toScreen.map(p));
    }
    return displacePoints(symbols, rules);
}

} // namespace atlas
