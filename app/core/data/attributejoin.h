// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usererror.h"
#include "vectorlayer.h"

#include <memory>

namespace atlas {

/** A table's columns joined onto a layer's features by a key, with what did not match counted. */
struct AttributeJoin {
    std::shared_ptr<VectorLayer> layer; ///< the target's features and columns, then the table's (null on error)
    int matchedFeatures = 0;            ///< target features that found a row
    int unmatchedRows = 0;              ///< table rows whose key no feature has
    QStringList unmatchedKeys;          ///< the first few of those keys, as written in the table
    int duplicateRows = 0;              ///< rows whose key an earlier row had already (the first row wins)
    UserError error;
};

/**
 * The key a join compares: text trimmed with case and accents folded ("Querétaro" = "QUERETARO"), and numbers
 * compared as numbers ("09", "9" and 9.0 are state code 9). Empty for a missing value, which matches nothing.
 */
[[nodiscard]] QString joinKey(const QVariant &value);

/**
 * Joins `table` (one row per key, e.g. an attribute-only GeoPackage of state indicators) onto `target` (e.g. the
 * states) where `targetField` and `tableField` hold the same key. The result has every feature of `target`, with
 * its geometry; the table's columns follow (a name the target has already gets the table's name in front), null
 * where no row matched. The table's key column is not repeated.
 */
[[nodiscard]] AttributeJoin joinAttributes(const VectorLayer &target, const QString &targetField,
                                           const VectorLayer &table, const QString &tableField, const QString &tableName);

} // namespace atlas
