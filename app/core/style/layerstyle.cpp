// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstyle.h"

#include "colorbrewer.h"
#include "vectorlayer.h"

#include <QHash>
#include <QPainterPath>

#include <algorithm>
#include <numeric>
#include <set>

namespace atlas {

QColor LayerStyle::fillFor(const VectorLayer &layer, const Feature &feature) const
{
    if (kind == Kind::SingleSymbol)
        return fill;
    const QVariant value = layer.attribute(feature, categoryField);
    if (value.isNull())
        return otherColour;
    for (const Category &category : categories) {
        if (category.value == value || category.value.toString() == value.toString())
            return category.colour;
    }
    return otherColour;
}

LayerStyle LayerStyle::categorized(const VectorLayer &layer, const QString &field, const QString &scheme)
{
    LayerStyle style;
    style.kind = Kind::Categorized;
    style.categoryField = field;
    const int column = layer.fieldIndex(field);
    if (column < 0)
        return style;

    std::set<QString> distinct;
    for (const Feature &feature : layer.features) {
        if (const QVariant value = feature.attributes.value(column); !value.isNull())
            distinct.insert(value.toString());
    }
    const QList<QColor> colours = colorbrewer::scheme(scheme, colorbrewer::maxClasses(scheme));
    int i = 0;
    for (const QString &value : distinct) {
        const QColor colour = colours.isEmpty() ? style.otherColour : colours.at(i++ % colours.size());
        style.categories.append({QVariant(value), colour, value});
    }
    return style;
}

namespace {

// Polygons that share at least one vertex (exactly, as topologically clean boundaries do).
std::vector<std::set<int>> sharedVertexNeighbours(const VectorLayer &layer)
{
    QHash<QPair<qint64, qint64>, int> firstOwner;
    std::vector<std::set<int>> neighbours(layer.features.size());
    for (int i = 0; i < int(layer.features.size()); ++i) {
        const QPainterPath &path = layer.features[size_t(i)].path;
        for (int e = 0; e < path.elementCount(); ++e) {
            const QPainterPath::Element element = path.elementAt(e);
            // Centimetre keys: the same vertex written by one arc into two polygons projects identically.
            const QPair<qint64, qint64> key{qRound64(element.x * 100), qRound64(element.y * 100)};
            const auto it = firstOwner.constFind(key);
            if (it == firstOwner.constEnd()) {
                firstOwner.insert(key, i);
            } else if (*it != i) {
                neighbours[size_t(i)].insert(*it);
                neighbours[size_t(*it)].insert(i);
            }
        }
    }
    return neighbours;
}

} // namespace

LayerStyle LayerStyle::neighbourDistinct(const VectorLayer &layer, const QString &idField, const QString &scheme)
{
    LayerStyle style;
    style.kind = Kind::Categorized;
    style.categoryField = idField;
    QList<QColor> colours = colorbrewer::scheme(scheme, colorbrewer::maxClasses(scheme));
    // Grey reads as "no data" on a thematic map: leave the scheme's neutral colours out.
    colours.removeIf([](const QColor &c) { return c.hsvSaturationF() < 0.1; });
    if (colours.isEmpty() || layer.fieldIndex(idField) < 0)
        return style;

    const std::vector<std::set<int>> neighbours = sharedVertexNeighbours(layer);
    std::vector<int> order(layer.features.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return neighbours[size_t(a)].size() > neighbours[size_t(b)].size(); });

    std::vector<int> colourOf(layer.features.size(), -1);
    std::vector<int> uses(size_t(colours.size()), 0);
    for (const int feature : order) {
        std::vector<bool> taken(size_t(colours.size()), false);
        for (const int n : neighbours[size_t(feature)]) {
            if (colourOf[size_t(n)] >= 0)
                taken[size_t(colourOf[size_t(n)])] = true;
        }
        int best = -1;
        for (int c = 0; c < int(colours.size()); ++c) {
            if (!taken[size_t(c)] && (best < 0 || uses[size_t(c)] < uses[size_t(best)]))
                best = c;
        }
        if (best < 0) // more neighbours than colours: accept a clash rather than leave the polygon unfilled
            best = int(std::min_element(uses.begin(), uses.end()) - uses.begin());
        colourOf[size_t(feature)] = best;
        ++uses[size_t(best)];
    }

    for (int i = 0; i < int(layer.features.size()); ++i) {
        const QVariant id = layer.attribute(layer.features[size_t(i)], idField);
        style.categories.append({id, colours.at(colourOf[size_t(i)]), id.toString()});
    }
    return style;
}

} // namespace atlas
