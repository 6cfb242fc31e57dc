// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend.h"

#include "slidelanguage.h"

#include "vectorlayer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

QString methodName(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::EqualInterval:
        return slideText("Legend", "equal intervals");
    case ClassificationMethod::Quantile:
        return slideText("Legend", "quantiles");
    case ClassificationMethod::NaturalBreaks:
        return slideText("Legend", "natural breaks (Jenks)");
    case ClassificationMethod::Pretty:
        return slideText("Legend", "rounded breaks");
    case ClassificationMethod::Manual:
        return slideText("Legend", "manual breaks");
    }
    return {};
}

LegendItem::Symbol symbolFor(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return LegendItem::Symbol::Marker;
    case GeometryKind::Line:
        return LegendItem::Symbol::Line;
    default:
        return LegendItem::Symbol::Fill;
    }
}

LegendItem item(const LayerStyle &style, LegendItem::Symbol symbol, const QString &label, const QColor &fill)
{
    LegendItem row;
    row.symbol = symbol;
    row.label = label;
    row.fill = fill;
    row.stroke = style.stroke;
    row.marker = style.marker;
    row.sizePx = style.pointSizePx;
    return row;
}

// The size key of a proportional style: round values (in the legend's unit), then what filled and hollow mean,
// in words. Sizes are true to the map; with a colour key beside it the circles are a neutral grey, since their
// colour means something else there.
void proportionalItems(const LayerStyle &style, const QLocale &locale, Legend &legend)
{
    const QColor keyFill = style.colourBy.isSet() ? QColor(0x8c, 0x8c, 0x8c) : style.fill;
    const double divisor = style.legendValueDivisor > 0 ? style.legendValueDivisor : 1.0;
    for (const double v : nestedCircleValues(style.sizeMaxValue)) {
        const double shown = v / divisor;
        LegendItem row = item(style, LegendItem::Symbol::Marker, locale.toString(shown, 'f', shown < 10 ? 1 : 0), keyFill);
        row.marker = MarkerShape::Circle;
        row.sizePx = style.sizeMaxPx * std::sqrt(v / style.sizeMaxValue);
        legend.items.push_back(row);
    }
    if (!style.hollowBy.isSet())
        return;
    const double wordsSize = std::max(style.pointSizePx * 2, style.sizeMaxPx * 0.35);
    LegendItem filled = item(style, LegendItem::Symbol::Marker, legendText(style.hollowBy.filledLabel), keyFill);
    filled.sizePx = wordsSize;
    legend.items.push_back(filled);
    LegendItem hollow = item(style, LegendItem::Symbol::Marker, legendText(style.hollowBy.hollowLabel), keyFill);
    hollow.sizePx = wordsSize;
    hollow.hollow = true;
    legend.items.push_back(hollow);
}

} // namespace

QString legendText(const QString &sourceText)
{
    return sourceText.isEmpty() ? sourceText : slideText("Legend", sourceText.toUtf8().constData());
}

std::vector<Legend> legendsFor(const LayerStyle &style, const QString &title, GeometryKind kind,
                               const std::vector<double> &values, const QLocale &locale)
{
    std::vector<Legend> legends;
    if (style.aggregation.enabled && kind == GeometryKind::Point) {
        // What the hexagons of a large point layer mean (hexbins.h): fixed classes of counts.
        const bool categorized = style.kind == LayerStyle::Kind::Categorized || style.colourBy.isSet();
        Legend hexagons;
        hexagons.title = title;
        hexagons.subtitle = categorized
                                ? slideText("Legend", "Points per hexagon, coloured by the most frequent category "
                                                      "(zoom in for single points)")
                                : slideText("Legend", "Points per hexagon (zoom in for single points)");
        for (size_t c = 0; c < hexClassLowerBounds.size(); ++c) {
            const QString low = locale.toString(qulonglong(hexClassLowerBounds[c]));
            const QString label = c + 1 < hexClassLowerBounds.size()
                                      ? QStringLiteral("%1–%2").arg(low, locale.toString(qulonglong(hexClassLowerBounds[c + 1] - 1)))
                                      : slideText("Legend", "%1 or more").arg(low);
            QColor colour = hexClassColour(int(c));
            if (categorized)
                colour = hexClassTint(QColor(0x4d, 0x4d, 0x4d), int(c));
            LegendItem row = item(style, LegendItem::Symbol::Fill, label, colour);
            row.stroke = Qt::white;
            hexagons.items.push_back(row);
        }
        legends.push_back(std::move(hexagons));
    }
    if (style.colourBy.isSet() && kind == GeometryKind::Point) {
        Legend colours;
        colours.title = title;
        colours.subtitle = legendText(style.colourBy.fieldLabel);
        for (const Category &category : style.colourBy.categories) {
            LegendItem row = item(style, LegendItem::Symbol::Marker, category.label, category.colour);
            row.sizePx = std::max(style.pointSizePx * 2, 10.0);
            colours.items.push_back(row);
        }
        if (!style.colourBy.otherLabel.isEmpty()) {
            LegendItem row = item(style, LegendItem::Symbol::Marker, legendText(style.colourBy.otherLabel),
                                  style.otherColour);
            row.sizePx = std::max(style.pointSizePx * 2, 10.0);
            colours.items.push_back(row);
        }
        legends.push_back(std::move(colours));
    }
    Legend main = legendFor(style, title, kind, values, locale);
    if (!legends.empty() && main.layout != Legend::Layout::Row) {
        main.title = style.fieldLabel.isEmpty() ? style.field : legendText(style.fieldLabel);
        if (style.kind == LayerStyle::Kind::Proportional)
            main.subtitle = slideText("Legend", "Circle area proportional to the value");
    }
    if (main.layout != Legend::Layout::Row || legends.empty())
        legends.push_back(std::move(main));
    if (style.displacement.enabled && kind == GeometryKind::Point) {
        // What a collapsed group of sites looks like (featurepainter.cpp draws it): a dark disc with the number.
        Legend counts;
        counts.layout = Legend::Layout::Row;
        counts.title = slideText("Legend", "Several sites at one place: their number (zoom in to spread them)");
        LegendItem count = item(style, LegendItem::Symbol::Marker, counts.title, QColor(0x3a, 0x3a, 0x3a));
        count.stroke = Qt::white;
        count.sizePx = 12;
        counts.items.push_back(count);
        legends.push_back(std::move(counts));
    }
    return legends;
}

int legendDecimals(const std::vector<double> &breaks)
{
    int decimals = 0;
    for (const double b : breaks) {
        int d = 0;
        while (d < 3 && std::abs(std::round(b * std::pow(10.0, d)) - b * std::pow(10.0, d)) > 1e-6)
            ++d;
        decimals = std::max(decimals, d);
    }
    return decimals;
}

std::vector<double> nestedCircleValues(double maximum)
{
    std::vector<double> values;
    if (!(maximum > 0) || !std::isfinite(maximum))
        return values;
    // The largest round number not above the maximum, then about a quarter and a sixteenth of it (half and a
    // quarter of its diameter), so the circles nest visibly.
    auto roundDown = [](double v) {
        const double base = std::pow(10.0, std::floor(std::log10(v)));
        for (const double m : {5.0, 2.0, 1.0}) {
            if (m * base <= v)
                return m * base;
        }
        return base;
    };
    for (const double target : {maximum, maximum / 4, maximum / 16}) {
        const double v = roundDown(target);
        if (values.empty() || v < values.back())
            values.push_back(v);
    }
    return values;
}

Legend legendFor(const LayerStyle &style, const QString &title, GeometryKind kind, const std::vector<double> &values,
                 const QLocale &locale)
{
    Legend legend;
    legend.title = title;
    const LegendItem::Symbol symbol = symbolFor(kind);
    const bool anyMissing = std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); });
    const QString noData = slideText("Legend", "No data");
    const QString fieldName = style.fieldLabel.isEmpty() ? style.field : legendText(style.fieldLabel);

    switch (style.kind) {
    case LayerStyle::Kind::SingleSymbol:
        legend.layout = Legend::Layout::Row;
        legend.items.push_back(item(style, symbol, title, style.fill));
        break;
    case LayerStyle::Kind::Categorized:
        legend.subtitle = fieldName;
        for (const Category &category : style.categories)
            legend.items.push_back(item(style, symbol, category.label, category.colour));
        break;
    case LayerStyle::Kind::Graduated: {
        const Classification &c = style.classification;
        legend.subtitle = c.classCount() == 1
                              ? slideText("Legend", "%1, %2, 1 class").arg(fieldName, methodName(c.method))
                              : slideText("Legend", "%1, %2, %3 classes")
                                    .arg(fieldName, methodName(c.method), QString::number(c.classCount()));
        const int decimals = legendDecimals(c.breaks);
        for (int i = 0; i < c.classCount(); ++i) {
            const QString label = QStringLiteral("%1 – %2").arg(locale.toString(c.breaks[size_t(i)], 'f', decimals),
                                                                 locale.toString(c.breaks[size_t(i) + 1], 'f', decimals));
            legend.items.push_back(item(style, symbol, label, style.classColours.value(i, style.noDataColour)));
        }
        break;
    }
    case LayerStyle::Kind::Proportional: {
        legend.layout = Legend::Layout::NestedCircles;
        legend.subtitle = slideText("Legend", "%1, circle area proportional to the value").arg(fieldName);
        proportionalItems(style, locale, legend);
        break;
    }
    }
    const bool valueStyle = style.kind == LayerStyle::Kind::Graduated || style.kind == LayerStyle::Kind::Proportional;
    if (valueStyle && anyMissing) {
        LegendItem row = item(style, symbol, noData, style.noDataColour);
        row.noData = true;
        if (style.colourBy.isSet() && symbol == LegendItem::Symbol::Marker) // small, in the colour key's colour on the map
            row.label = slideText("Legend", "No data (small dot)");
        legend.items.push_back(row);
    }
    if (!style.legendNote.isEmpty())
        legend.subtitle += QLatin1Char('\n') + style.legendNote;
    return legend;
}

} // namespace atlas
