// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplegends.h"

#include "slidelanguage.h"

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

} // namespace

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
        if (layer->raster || (style.kind == LayerStyle::Kind::Categorized && layer->data &&
                              style.categories.size() == qsizetype(layer->data->features.size()))) {
            if (layer->raster)
                style.fill = QColor(0xb0, 0xb0, 0xb0); // a raster has no one colour: a neutral swatch names it
            else
                style.fill = Qt::transparent; // colours that only tell neighbours apart: the outline names the layer
            style.kind = LayerStyle::Kind::SingleSymbol;
        }
        const std::vector<double> values = layer->data ? numericValues(*layer->data, style.field) : std::vector<double>{};
        for (Legend &legend : legendsFor(style, title, kind, values, locale))
            legends.push_back(std::move(legend));
    }
    return legends;
}

} // namespace atlas
