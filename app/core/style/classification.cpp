// SPDX-License-Identifier: GPL-3.0-or-later
#include "classification.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace atlas {

namespace {
struct MethodName {
    ClassificationMethod method;
    const char *id;
};
constexpr MethodName methodNames[] = {
    {ClassificationMethod::EqualInterval, "equal_interval"}, {ClassificationMethod::Quantile, "quantile"},
    {ClassificationMethod::NaturalBreaks, "natural_breaks"}, {ClassificationMethod::Pretty, "pretty"},
    {ClassificationMethod::Manual, "manual"},
};
constexpr size_t maxNaturalBreaksSample = 3000;
} // namespace

QString methodId(ClassificationMethod method)
{
    for (const MethodName &name : methodNames) {
        if (name.method == method)
            return QString::fromLatin1(name.id);
    }
    return {};
}

bool methodFromId(const QString &id, ClassificationMethod *method)
{
    for (const MethodName &name : methodNames) {
        if (id == QLatin1String(name.id)) {
            *method = name.method;
            return true;
        }
    }
    return false;
}

int Classification::classOf(double value) const
{
    if (std::isnan(value) || classCount() == 0 || value < breaks.front() || value > breaks.back())
        return -1;
    // First upper bound >= value (upper-inclusive); the lowest value itself belongs to class 0.
    const auto upper = std::lower_bound(breaks.begin() + 1, breaks.end(), value);
    return int(upper - (breaks.begin() + 1));
}

std::vector<int> Classification::counts(std::span<const double> values) const
{
    std::vector<int> result(size_t(std::max(0, classCount())), 0);
    for (const double v : values) {
        if (const int c = classOf(v); c >= 0)
            ++result[size_t(c)];
    }
    return result;
}

Classification Classification::compute(std::span<const double> values, ClassificationMethod method, int classes,
                                       const std::vector<double> &manualBreaks)
{
    Classification result;
    result.method = method;
    if (method == ClassificationMethod::Manual) {
        result.breaks = manualBreaks;
        std::sort(result.breaks.begin(), result.breaks.end());
        result.breaks.erase(std::unique(result.breaks.begin(), result.breaks.end()), result.breaks.end());
        if (result.breaks.size() < 2)
            result.breaks.clear();
        return result;
    }
    std::vector<double> sorted;
    sorted.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(sorted), [](double v) { return std::isfinite(v); });
    if (sorted.empty() || classes < 1)
        return result;
    std::sort(sorted.begin(), sorted.end());

    switch (method) {
    case ClassificationMethod::EqualInterval:
        result.breaks = breaks::equalInterval(sorted, classes);
        break;
    case ClassificationMethod::Quantile:
        result.breaks = breaks::quantile(sorted, classes);
        break;
    case ClassificationMethod::NaturalBreaks:
        result.breaks = breaks::naturalBreaks(sorted, classes);
        break;
    case ClassificationMethod::Pretty:
        result.breaks = breaks::pretty(sorted.front(), sorted.back(), classes);
        break;
    case ClassificationMethod::Manual:
        break;
    }
    // Few distinct values give repeated breaks. A class (b, b] is empty and unreachable, so it goes; the first
    // class [b0, b1] is not empty even when b0 == b1 (it holds exactly b0), so that pair stays.
    std::vector<double> distinct;
    for (const double b : result.breaks) {
        if (distinct.size() <= 1 || b != distinct.back())
            distinct.push_back(b);
    }
    if (distinct.size() == 1) // all values equal: one class holding them
        distinct.push_back(distinct.front());
    result.breaks = std::move(distinct);
    return result;
}

namespace breaks {

std::vector<double> equalInterval(std::span<const double> sorted, int classes)
{
    if (sorted.empty() || classes < 1)
        return {};
    const double low = sorted.front(), high = sorted.back();
    std::vector<double> result{low};
    for (int i = 1; i < classes; ++i)
        result.push_back(low + (high - low) * i / classes);
    result.push_back(high);
    return result;
}

// Hyndman and Fan's type 7 (R's default, numpy's "linear"): the same breaks mapclassify and QGIS report.
std::vector<double> quantile(std::span<const double> sorted, int classes)
{
    if (sorted.empty() || classes < 1)
        return {};
    std::vector<double> result{sorted.front()};
    const double n = double(sorted.size());
    for (int i = 1; i < classes; ++i) {
        const double h = (n - 1) * i / classes;
        const size_t lo = size_t(std::floor(h));
        const size_t hi = std::min(lo + 1, sorted.size() - 1);
        result.push_back(sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]));
    }
    result.push_back(sorted.back());
    return result;
}

// Fisher's (1958) exact optimal grouping as Jenks implemented it: dynamic programming over the sorted values,
// minimising the summed within-class squared deviation. O(classes · n²) time, O(classes · n) memory.
std::vector<double> naturalBreaks(std::span<const double> sortedAll, int classes)
{
    std::vector<double> data;
    if (sortedAll.size() > maxNaturalBreaksSample) {
        // An even, deterministic sample that keeps both extremes.
        const double step = double(sortedAll.size() - 1) / double(maxNaturalBreaksSample - 1);
        for (size_t i = 0; i < maxNaturalBreaksSample; ++i)
            data.push_back(sortedAll[size_t(std::llround(double(i) * step))]);
    } else {
        data.assign(sortedAll.begin(), sortedAll.end());
    }
    const size_t n = data.size();
    if (n == 0 || classes < 1)
        return {};
    const size_t k = std::min<size_t>(size_t(classes), n);

    // lowerLimit[l][j]: 1-based index of the first value of class j in the best split of the first l values.
    std::vector<std::vector<size_t>> lowerLimit(n + 1, std::vector<size_t>(k + 1, 0));
    std::vector<std::vector<double>> cost(n + 1, std::vector<double>(k + 1, std::numeric_limits<double>::infinity()));
    for (size_t j = 1; j <= k; ++j) {
        lowerLimit[1][j] = 1;
        cost[1][j] = 0;
    }
    for (size_t l = 2; l <= n; ++l) {
        double sum = 0, sumSquares = 0, variance = 0;
        for (size_t m = 1; m <= l; ++m) {
            const size_t first = l - m + 1; // the class under test holds values first..l
            const double value = data[first - 1];
            sum += value;
            sumSquares += value * value;
            variance = sumSquares - sum * sum / double(m);
            if (first == 1)
                continue;
            // Class j can start at `first` only if the first-1 values before it fill the j-1 classes below.
            for (size_t j = 2; j <= std::min(k, first); ++j) {
                const double candidate = variance + cost[first - 1][j - 1];
                if (cost[l][j] >= candidate) {
                    lowerLimit[l][j] = first;
                    cost[l][j] = candidate;
                }
            }
        }
        lowerLimit[l][1] = 1;
        cost[l][1] = variance;
    }

    std::vector<double> result(k + 1);
    result[0] = data.front();
    result[k] = data.back();
    size_t end = n;
    for (size_t j = k; j >= 2; --j) {
        const size_t first = lowerLimit[end][j];
        result[j - 1] = data[first - 2]; // the upper bound of class j-1 is the last value before class j starts
        end = first - 1;
    }
    return result;
}

// R's pretty() (src/appl/pretty.c, R_pretty) with its default biases: breaks at 1, 2 or 5 times a power of ten that
// cover [low, high] in about `classes` steps.
std::vector<double> pretty(double low, double high, int classes)
{
    if (!std::isfinite(low) || !std::isfinite(high) || classes < 1)
        return {};
    constexpr double highBias = 1.5;
    constexpr double unit5Bias = 0.5 + 1.5 * highBias;
    constexpr double roundingEps = 1e-10;
    const int minClasses = classes / 3;

    const double dx = high - low;
    double cell;
    bool small;
    if (dx == 0 && high == 0) {
        cell = 1;
        small = true;
    } else {
        cell = std::max(std::abs(low), std::abs(high));
        const double u = 1 + ((unit5Bias >= 1.5 * highBias + 0.5) ? 1 / (1 + highBias) : 1.5 / (1 + unit5Bias));
        small = dx < cell * u * std::max(1, classes) * DBL_EPSILON * 3;
    }
    if (small) {
        if (cell > 10)
            cell = 9 + cell / 10;
        cell *= 0.75;
        if (minClasses > 1)
            cell /= minClasses;
    } else {
        cell = dx;
        if (classes > 1)
            cell /= classes;
    }
    cell = std::max(cell, 20 * DBL_MIN);

    const double base = std::pow(10.0, std::floor(std::log10(cell)));
    double unit = base;
    if (2 * base - cell < highBias * (cell - unit))
        unit = 2 * base;
    if (5 * base - cell < unit5Bias * (cell - unit))
        unit = 5 * base;
    if (10 * base - cell < highBias * (cell - unit))
        unit = 10 * base;

    double ns = std::floor(low / unit + 1e-7);
    double nu = std::ceil(high / unit - 1e-7);
    while (ns * unit > low + roundingEps * unit)
        ns -= 1;
    while (nu * unit < high - roundingEps * unit)
        nu += 1;
    int k = int(0.5 + nu - ns);
    if (k < minClasses) {
        k = minClasses - k;
        if (ns >= 0) {
            nu += k / 2;
            ns -= k / 2 + k % 2;
        } else {
            ns -= k / 2;
            nu += k / 2 + k % 2;
        }
    }
    std::vector<double> result;
    for (double i = ns; i <= nu + 1e-9; i += 1)
        result.push_back(i * unit == 0 ? 0.0 : i * unit); // no -0 in a legend
    return result;
}

} // namespace breaks

} // namespace atlas
