// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vectorlayer.h"

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
    };
    struct Range {
        QString field;
        std::optional<double> min, max; ///< inclusive; absent: open on that side
    };
    std::vector<OneOf> oneOf;
    std::vector<Range> ranges;

    [[nodiscard]] bool isEmpty() const;
    /** 1 for each feature (by row) that passes, 0 otherwise. Unknown fields make no feature pass. */
    [[nodiscard]] std::vector<uint8_t> mask(const VectorLayer &layer) const;
};

} // namespace atlas
