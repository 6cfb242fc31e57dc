// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerstyle.h"

#include <QLocale>

#include <cstdint>

#include <vector>

namespace atlas {

enum class GeometryKind : uint8_t;

/** One row of a legend: a swatch or marker and its text. */
struct LegendItem {
    enum class Symbol { Fill, Line, Marker };
    Symbol symbol = Symbol::Fill;
    QString label;
    QColor fill;
    QColor stroke;
    MarkerShape marker = MarkerShape::Circle;
    double sizePx = 0; ///< marker diameter (proportional symbols: true to the map's scale)
    bool noData = false;
    bool hollow = false; ///< a marker drawn as a thick ring in `fill` around a white centre (LayerStyle::hollowBy)
};

/**
 * What the legend shows for one layer, derived from its style alone, so the screen legend and every export legend
 * are the same by construction. Numbers are formatted in `locale` (es-MX, en, …).
 */
struct Legend {
    /** Row: one symbol whose label is the layer's title (a layer drawn in one symbol), no heading of its own. */
    enum class Layout { List, NestedCircles, Row };
    QString title;
    QString subtitle; ///< what the colours or sizes mean: field, method, class count, size rule
    Layout layout = Layout::List;
    std::vector<LegendItem> items;

    bool operator==(const Legend &) const = default;
};

/**
 * The legend of a layer styled `style`. `kind` says how its features are drawn (polygon swatches, line samples or
 * markers); `values` are the styled field's values (NaN for missing) so that a "No data" row appears exactly when
 * some feature has no value.
 */
[[nodiscard]] Legend legendFor(const LayerStyle &style, const QString &title, GeometryKind kind,
                               const std::vector<double> &values, const QLocale &locale);

/**
 * Every key of a layer styled `style`, in reading order: the colour key of LayerStyle::colourBy (titled `title`)
 * when set, then legendFor's (titled by the size field when a colour key comes first), then, for a displaced
 * point layer, a row showing the symbol of a collapsed group.
 */
[[nodiscard]] std::vector<Legend> legendsFor(const LayerStyle &style, const QString &title, GeometryKind kind,
                                             const std::vector<double> &values, const QLocale &locale);

/** A style's own legend text (a source text such as "Other"), in the slide's language where it has a translation. */
[[nodiscard]] QString legendText(const QString &sourceText);

/**
 * How many decimals a legend needs so that every break prints exactly (up to 3 decimals): 0.13 needs 2, 1500.5 one,
 * 20000 none. One count for the whole legend keeps its column of numbers aligned.
 */
[[nodiscard]] int legendDecimals(const std::vector<double> &breaks);

/** Round legend values for nested circles below `maximum`: 1, 2 or 5 times a power of ten, largest first. */
[[nodiscard]] std::vector<double> nestedCircleValues(double maximum);

} // namespace atlas
