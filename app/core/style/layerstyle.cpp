// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstyle.h"

#include "colorbrewer.h"
#include "vectorlayer.h"

#include <QHash>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace atlas {

std::vector<double> numericValues(const VectorLayer &layer, const QString &field)
{
    std::vector<double> values;
    const int column = layer.fieldIndex(field);
    values.reserve(layer.features.size());
    for (const Feature &feature : layer.features)
        values.push_back(layer.number(feature, column));
    return values;
}

QList<QColor> okabeItoColours()
{
    return {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
            QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7)};
}

SymbolEvaluator::SymbolEvaluator(const LayerStyle &style, const VectorLayer &layer)
    : m_style(style)
    , m_layer(layer)
    , m_field(style.field.isEmpty() ? -1 : layer.fieldIndex(style.field))
    , m_colourField(style.colourBy.isSet() ? layer.fieldIndex(style.colourBy.field) : -1)
    , m_hollowField(style.hollowBy.isSet() ? layer.fieldIndex(style.hollowBy.field) : -1)
    , m_minZoomField(style.minZoomField.isEmpty() ? -1 : layer.fieldIndex(style.minZoomField))
    , m_labelMinZoomField(style.labelMinZoomField.isEmpty() ? -1 : layer.fieldIndex(style.labelMinZoomField))
    , m_labelRankField(style.labelRankField.isEmpty() ? -1 : layer.fieldIndex(style.labelRankField))
{
    for (const Category &category : style.categories)
        m_categoryColours.insert(category.value.toString(), category.colour);
    for (const Category &category : style.colourBy.categories)
        m_colourByColours.insert(category.value.toString(), category.colour);
}

QString SymbolEvaluator::text(const Feature &feature, int field) const
{
    if (field < 0)
        return {};
    const QVariant v = m_layer.value(feature, field);
    return v.isNull() ? QString() : v.toString();
}

QString SymbolEvaluator::colourKey(const Feature &feature) const
{
    return text(feature, m_colourField);
}

bool SymbolEvaluator::isHollow(const Feature &feature) const
{
    if (m_hollowField < 0)
        return false;
    const QString v = text(feature, m_hollowField);
    return !v.isEmpty() && m_style.hollowBy.values.contains(v);
}

bool SymbolEvaluator::drawnAt(const Feature &feature, double zoom) const
{
    // NaN (missing) compares false: such a feature is shown.
    return m_minZoomField < 0 || !(m_layer.number(feature, m_minZoomField) > zoom);
}

bool SymbolEvaluator::labelledAt(const Feature &feature, double zoom) const
{
    return drawnAt(feature, zoom) &&
           (m_labelMinZoomField < 0 || !(m_layer.number(feature, m_labelMinZoomField) > zoom));
}

double SymbolEvaluator::labelRank(const Feature &feature) const
{
    if (m_labelRankField < 0)
        return 0;
    const double rank = m_layer.number(feature, m_labelRankField);
    return std::isnan(rank) ? 0 : rank;
}

QVariant SymbolEvaluator::value(const Feature &feature) const
{
    return m_layer.value(feature, m_field);
}

bool SymbolEvaluator::isNoData(const Feature &feature) const
{
    switch (m_style.kind) {
    case LayerStyle::Kind::Graduated:
    case LayerStyle::Kind::Proportional:
        return std::isnan(m_layer.number(feature, m_field));
    case LayerStyle::Kind::Categorized:
        return value(feature).isNull();
    case LayerStyle::Kind::SingleSymbol:
        break;
    }
    return false;
}

QColor SymbolEvaluator::fill(const Feature &feature) const
{
    if (m_style.colourBy.isSet()) {
        // The colour says who, whether or not the size has a figure: a site without one keeps its company colour.
        const QString key = colourKey(feature);
        QColor c = key.isEmpty() ? m_style.otherColour : m_colourByColours.value(key, m_style.otherColour);
        c.setAlpha(m_style.fill.alpha());
        return c;
    }
    switch (m_style.kind) {
    case LayerStyle::Kind::SingleSymbol:
        return m_style.fill;
    case LayerStyle::Kind::Proportional:
        return isNoData(feature) ? m_style.noDataColour : m_style.fill;
    case LayerStyle::Kind::Categorized: {
        if (m_field < 0)
            return m_style.otherColour;
        const Column &column = m_layer.columns[size_t(m_field)];
        const size_t row = size_t(m_layer.indexOf(feature));
        QString key;
        if (column.type == Column::Type::Text) {
            if (column.null[row])
                return m_style.otherColour;
            key = column.texts[row];
        } else {
            const QVariant v = value(feature);
            if (v.isNull())
                return m_style.otherColour;
            key = v.toString();
        }
        return m_categoryColours.value(key, m_style.otherColour);
    }
    case LayerStyle::Kind::Graduated: {
        const int c = m_style.classification.classOf(m_layer.number(feature, m_field));
        return c >= 0 && c < m_style.classColours.size() ? m_style.classColours.at(c) : m_style.noDataColour;
    }
    }
    return m_style.fill;
}

double SymbolEvaluator::diameterPx(const Feature &feature) const
{
    if (m_style.kind != LayerStyle::Kind::Proportional)
        return m_style.pointSizePx;
    const double v = m_layer.number(feature, m_field);
    if (std::isnan(v) || m_style.sizeMaxValue <= 0)
        return m_style.pointSizePx;
    // Area, not diameter, follows the value (Flannery's apparent-size correction is left out on purpose: readers of
    // a slide compare areas, and the nested-circle legend shows the true scale).
    return v <= 0 ? 0.0 : m_style.sizeMaxPx * std::sqrt(v / m_style.sizeMaxValue);
}

LayerStyle LayerStyle::categorized(const VectorLayer &layer, const QString &field, const QString &scheme)
{
    LayerStyle style;
    style.kind = Kind::Categorized;
    style.field = field;
    const int column = layer.fieldIndex(field);
    if (column < 0)
        return style;

    std::set<QString> distinct;
    for (const Feature &feature : layer.features) {
        if (const QVariant value = layer.value(feature, column); !value.isNull())
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
    auto visit = [&](int owner, QPointF vertex) {
        // Centimetre keys: the same vertex written by one arc into two polygons projects identically.
        const QPair<qint64, qint64> key{qRound64(vertex.x() * 100), qRound64(vertex.y() * 100)};
        const auto it = firstOwner.constFind(key);
        if (it == firstOwner.constEnd()) {
            firstOwner.insert(key, owner);
        } else if (*it != owner) {
            neighbours[size_t(owner)].insert(*it);
            neighbours[size_t(*it)].insert(owner);
        }
    };
    for (int i = 0; i < int(layer.features.size()); ++i) {
        const Feature &feature = layer.features[size_t(i)];
        for (uint32_t p = 0; p < feature.partCount; ++p) {
            for (const QPointF &vertex : layer.part(feature, p))
                visit(i, vertex);
        }
    }
    return neighbours;
}

} // namespace

LayerStyle LayerStyle::neighbourDistinct(const VectorLayer &layer, const QString &idField, const QString &scheme)
{
    LayerStyle style;
    style.kind = Kind::Categorized;
    style.field = idField;
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

LayerStyle LayerStyle::graduated(const VectorLayer &layer, const QString &field, ClassificationMethod method,
                                 int classes, const QString &ramp, const std::vector<double> &manualBreaks)
{
    LayerStyle style;
    style.kind = Kind::Graduated;
    style.field = field;
    style.rampName = ramp;
    style.classification = Classification::compute(numericValues(layer, field), method, classes, manualBreaks);
    const int count = style.classification.classCount();
    style.classColours = colorbrewer::scheme(ramp, count);
    if (style.classColours.size() != count) {
        // More classes than the ramp publishes: interpolate along its largest list rather than refuse.
        const QList<QColor> stops = colorbrewer::scheme(ramp, colorbrewer::maxClasses(ramp));
        style.classColours.clear();
        for (int i = 0; i < count && !stops.isEmpty(); ++i) {
            const double t = count == 1 ? 0.5 : double(i) / (count - 1) * (stops.size() - 1);
            const int lo = int(std::floor(t));
            const int hi = std::min(lo + 1, int(stops.size()) - 1);
            const double f = t - lo;
            const QColor a = stops.at(lo), b = stops.at(hi);
            style.classColours.append(QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                                                       float(a.greenF() + (b.greenF() - a.greenF()) * f),
                                                       float(a.blueF() + (b.blueF() - a.blueF()) * f)));
        }
    }
    return style;
}

QList<Category> LayerStyle::frequentCategories(const VectorLayer &layer, const QString &field,
                                               const QList<QColor> &palette, int minCount)
{
    QList<Category> categories;
    const int column = layer.fieldIndex(field);
    if (column < 0)
        return categories;
    std::map<QString, int> counts;
    for (const Feature &feature : layer.features) {
        if (feature.kind == GeometryKind::None)
            continue;
        if (const QVariant v = layer.value(feature, column); !v.isNull() && !v.toString().isEmpty())
            ++counts[v.toString()];
    }
    std::vector<std::pair<QString, int>> ranked(counts.begin(), counts.end()); // by value: the tie order
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[value, count] : ranked) {
        if (categories.size() >= palette.size() || count < minCount)
            break;
        categories.append({QVariant(value), palette.at(categories.size()), value});
    }
    return categories;
}

LayerStyle LayerStyle::proportional(const VectorLayer &layer, const QString &field, double maxDiameterPx)
{
    LayerStyle style;
    style.kind = Kind::Proportional;
    style.field = field;
    style.sizeMaxPx = maxDiameterPx;
    style.fill = QColor(0xd9, 0x5f, 0x02, 200);
    style.stroke = QColor(0xff, 0xff, 0xff);
    for (const double v : numericValues(layer, field)) {
        if (!std::isnan(v))
            style.sizeMaxValue = std::max(style.sizeMaxValue, v);
    }
    return style;
}

int hexCountClass(uint32_t count)
{
    int cls = 0;
    while (cls + 1 < int(hexClassLowerBounds.size()) && count >= hexClassLowerBounds[size_t(cls + 1)])
        ++cls;
    return cls;
}

QColor hexClassColour(int countClass)
{
    static const std::array<QColor, 5> ylGnBu{QColor(0xff, 0xff, 0xcc), QColor(0xa1, 0xda, 0xb4),
                                              QColor(0x41, 0xb6, 0xc4), QColor(0x2c, 0x7f, 0xb8),
                                              QColor(0x25, 0x34, 0x94)};
    return ylGnBu[size_t(std::clamp(countClass, 0, 4))];
}

QColor hexClassTint(const QColor &category, int countClass)
{
    // From 40 % of the colour (over white) for the fewest points to the full colour for the most.
    const double share = 0.4 + 0.15 * std::clamp(countClass, 0, 4);
    const auto mix = [share](int channel) { return int(std::lround(255 + (channel - 255) * share)); };
    return QColor(mix(category.red()), mix(category.green()), mix(category.blue()));
}

} // namespace atlas
