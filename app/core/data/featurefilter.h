// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vectorlayer.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace atlas {

/**
 * Which features of a layer a planner wants to see: text fields equal to one of some values (company, status) and
 * numbers within a range (investment). All conditions must hold. A feature without a value for a field that has a
 * condition does not pass it: a range of US$100–500 million cannot vouch for a site whose amount is not sourced.
 */
struct FeatureFilter {
    struct OneOf {
        QString field;
        QStringList values; ///< empty: no condition on this field
        bool operator==(const OneOf &) const = default;
    };
    struct Range {
        QString field;
        std::optional<double> min, max; ///< inclusive; absent: open on that side
        bool operator==(const Range &) const = default;
    };
    std::vector<OneOf> oneOf;
    std::vector<Range> ranges;

    [[nodiscard]] bool isEmpty() const;
    /** 1 for each feature (by row) that passes, 0 otherwise. Unknown fields make no feature pass. */
    [[nodiscard]] std::vector<uint8_t> mask(const VectorLayer &layer) const;

    bool operator==(const FeatureFilter &) const = default;
};

/** {"oneOf": [{"field", "values": [...]}], "ranges": [{"field", "min", "max"}]}: conditions without effect are left out. */
[[nodiscard]] QJsonObject featureFilterToJson(const FeatureFilter &filter);
/**
 * Reads what featureFilterToJson wrote. A file is untrusted: on a wrong type, a non-finite bound, min above max or
 * more entries than any planner writes, returns false with `error` naming the place ("ranges[0].min must be …").
 */
bool featureFilterFromJson(const QJsonObject &json, FeatureFilter *filter, QString *error);

} // namespace atlas
