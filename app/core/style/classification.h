// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <span>
#include <vector>

namespace atlas {

enum class ClassificationMethod { EqualInterval, Quantile, NaturalBreaks, Pretty, Manual };

[[nodiscard]] QString methodId(ClassificationMethod method);       ///< "equal_interval", … (for JSON)
[[nodiscard]] bool methodFromId(const QString &id, ClassificationMethod *method);

/**
 * Class boundaries for a graduated style: breaks[0] is the lower bound of the first class and breaks[k] the upper
 * bound of the last. The rule for a value on a break is upper-inclusive, as in QGIS and mapclassify: value v is in
 * class i when breaks[i] < v <= breaks[i+1], and the first class also takes v == breaks[0]. Values outside
 * [breaks[0], breaks[k]] and NaN (missing values) belong to no class: the "no data" class.
 */
struct Classification {
    ClassificationMethod method = ClassificationMethod::EqualInterval;
    std::vector<double> breaks;

    bool operator==(const Classification &) const = default;

    [[nodiscard]] int classCount() const { return breaks.size() < 2 ? 0 : int(breaks.size()) - 1; }
    /** The class of `value`, or -1 for no data. */
    [[nodiscard]] int classOf(double value) const;
    /** How many of `values` fall into each class. */
    [[nodiscard]] std::vector<int> counts(std::span<const double> values) const;

    /**
     * Classifies `values` (NaN entries are missing values and are ignored) into `classes` classes. Manual breaks
     * are taken as given (sorted, duplicates removed). Pretty breaks follow R's pretty(): round numbers, so the
     * class count may differ a little from the one asked for. Natural breaks are Fisher–Jenks (exact optimum of
     * within-class variance); above 3000 values a deterministic even sample of the sorted values is used, as QGIS does.
     * Returns an empty classification when there are no values.
     */
    [[nodiscard]] static Classification compute(std::span<const double> values, ClassificationMethod method,
                                                int classes, const std::vector<double> &manualBreaks = {});
};

namespace breaks {
[[nodiscard]] std::vector<double> equalInterval(std::span<const double> sorted, int classes);
[[nodiscard]] std::vector<double> quantile(std::span<const double> sorted, int classes);
[[nodiscard]] std::vector<double> naturalBreaks(std::span<const double> sorted, int classes);
[[nodiscard]] std::vector<double> pretty(double low, double high, int classes);
} // namespace breaks

} // namespace atlas
