// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurefilter.h"

#include <QSet>

#include <cmath>

namespace atlas {

bool FeatureFilter::isEmpty() const
{
    const bool anyOneOf = std::any_of(oneOf.begin(), oneOf.end(), [](const OneOf &c) { return !c.values.isEmpty(); });
    const bool anyRange = std::any_of(ranges.begin(), ranges.end(), [](const Range &r) { return r.min || r.max; });
    return !anyOneOf && !anyRange;
}

std::vector<uint8_t> FeatureFilter::mask(const VectorLayer &layer) const
{
    std::vector<uint8_t> pass(layer.features.size(), 1);
    for (const OneOf &condition : oneOf) {
        if (condition.values.isEmpty())
            continue;
        const int field = layer.fieldIndex(condition.field);
        const QSet<QString> wanted(condition.values.begin(), condition.values.end());
        for (size_t row = 0; row < pass.size(); ++row) {
            if (!pass[row])
                continue;
            const QVariant value = field < 0 ? QVariant() : layer.value(layer.features[row], field);
            pass[row] = !value.isNull() && wanted.contains(value.toString());
        }
    }
    for (const Range &range : ranges) {
        if (!range.min && !range.max)
            continue;
        const int field = layer.fieldIndex(range.field);
        for (size_t row = 0; row < pass.size(); ++row) {
            if (!pass[row])
                continue;
            const double v = field < 0 ? std::nan("") : layer.number(layer.features[row], field);
            pass[row] = !std::isnan(v) && (!range.min || v >= *range.min) && (!range.max || v <= *range.max);
        }
    }
    return pass;
}

} // namespace atlas
