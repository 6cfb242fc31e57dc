// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplegends.h"

#include "slidelanguage.h"

namespace atlas {

std::vector<Legend> mapLegends(const std::vector<MapLayer> &layers, const QLocale &locale)
{
    std::vector<Legend> legends;
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        if (!layer->visible || !layer->data || layer->style.kind == LayerStyle::Kind::SingleSymbol)
            continue;
        // A categorized style on an identifying field (each feature its own colour) tells neighbours apart and
        // means nothing more: no legend for it.
        if (layer->style.kind == LayerStyle::Kind::Categorized &&
            layer->style.categories.size() == qsizetype(layer->data->features.size()))
            continue;
        const GeometryKind kind = layer->data->features.empty() ? GeometryKind::Polygon
                                                                : layer->data->features.front().kind;
        const QString title = layer->titleSource.isEmpty() ? layer->title
                                                           : slideText("DefaultMap", layer->titleSource.constData());
        legends.push_back(legendFor(layer->style, title, kind, numericValues(*layer->data, layer->style.field),
                                    locale));
    }
    return legends;
}

} // namespace atlas
