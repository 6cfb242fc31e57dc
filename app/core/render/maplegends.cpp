// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplegends.h"

#include "slidelanguage.h"

#include <QSet>

#include <algorithm>

namespace atlas {

namespace {

// The geometry the layer's features have (the first located feature's), polygons for an empty layer or a raster.
GeometryKind geometryOf(const MapLayer &layer)
{
    if (!layer.data)
        return GeometryKind::Polygon;
    for (const Feature &feature : layer.data->features) {
        if (feature.kind != GeometryKind::None)
            return feature.kind;
    }
    return GeometryKind::Polygon;
}

// A categorized style on an identifying field: every feature its own colour (mapLegends shows one swatch for it).
bool identifiesFeatures(const MapLayer &layer)
{
    return layer.style.kind == LayerStyle::Kind::Categorized && layer.data &&
           layer.style.categories.size() == qsizetype(layer.data->features.size());
}

} // namespace

MapLayer legendLayerForContent(const MapLayer &layer, std::span<const int> rows, bool anyGroupCollapsed)
{
    MapLayer trimmed = layer;
    if (!layer.data)
        return trimmed;
    const VectorLayer &data = *layer.data;
    auto shown = std::make_shared<std::vector<uint8_t>>(data.features.size(), uint8_t(0));
    for (const int row : rows) {
        if (row >= 0 && size_t(row) < shown->size() && layer.shows(row))
            (*shown)[size_t(row)] = 1;
    }
    trimmed.shown = shown;
    LayerStyle &style = trimmed.style;
    if (layer.style.kind == LayerStyle::Kind::Categorized && !identifiesFeatures(layer)) {
        const int column = data.fieldIndex(layer.style.field);
        QSet<QString> present;
        for (const int row : rows)
            present.insert(data.value(data.features[size_t(row)], column).toString());
        style.categories.removeIf([&](const Category &c) { return !present.contains(c.value.toString()); });
    }
    if (layer.style.colourBy.isSet()) {
        const SymbolEvaluator symbols(layer.style, data);
        QSet<QString> present;
        for (const int row : rows)
            present.insert(symbols.colourKey(data.features[size_t(row)]));
        bool anyOther = false;
        for (const QString &key : std::as_const(present)) {
            anyOther = anyOther || std::none_of(layer.style.colourBy.categories.begin(), layer.style.colourBy.categories.end(),
                                                [&](const Category &c) { return c.value.toString() == key; });
        }
        style.colourBy.categories.removeIf([&](const Category &c) { return !present.contains(c.value.toString()); });
        if (!anyOther)
            style.colourBy.otherLabel.clear();
    }
    if (!anyGroupCollapsed)
        style.displacement.enabled = false;
    return trimmed;
}

std::vector<Legend> mapLegends(const std::vector<MapLayer> &layers, const QLocale &locale)
{
    std::vector<Legend> legends;
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        if (!layer->visible || (!layer->data && !layer->raster) || !isLegendRole(layer->role))
            continue;
        const GeometryKind kind = geometryOf(*layer);
        const QString title = layer->titleSource.isEmpty() ? layer->title
                                                           : slideText("DefaultMap", layer->titleSource.constData());
        LayerStyle style = layer->style;
        // A categorized style on an identifying field (each feature its own colour) tells neighbours apart and
        // means nothing more: an outlined swatch stands for the layer.
        if (layer->raster || identifiesFeatures(*layer)) {
            if (layer->raster)
                style.fill = QColor(0xb0, 0xb0, 0xb0); // a raster has no one colour: a neutral swatch names it
            else
                style.fill = Qt::transparent; // colours that only tell neighbours apart: the outline names the layer
            style.kind = LayerStyle::Kind::SingleSymbol;
        }
        std::vector<double> values = layer->data ? numericValues(*layer->data, style.field) : std::vector<double>{};
        if (layer->shown) { // a filtered layer's legend tells of the features it draws
            std::vector<double> shown;
            for (size_t row = 0; row < values.size(); ++row) {
                if (layer->shows(int(row)))
                    shown.push_back(values[row]);
            }
            values = std::move(shown);
        }
        for (Legend &legend : legendsFor(style, title, kind, values, locale))
            legends.push_back(std::move(legend));
    }
    return legends;
}

} // namespace atlas
