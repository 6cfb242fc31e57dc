// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstyle.h"

#include "colorbrewer.h"
#include "vectorlayer.h"

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

} // namespace atlas
