// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classification.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <cstdint>

namespace atlas {

class VectorLayer;
struct Feature;

/** One class of a categorized style: features whose field equals `value` are drawn in `colour`. */
struct Category {
    QVariant value;
    QColor colour;
    QString label;

    bool operator==(const Category &) const = default;
};

/** Point symbols. Airport is a small aeroplane seen from above (nose up), for airfields on a basemap. */
enum class MarkerShape { Circle, Square, Diamond, Triangle, Airport };

/**
 * Point symbols coloured by the category of a second field, whatever the style's kind: with Proportional, size
 * follows one field and colour another. Values in none of `categories` take LayerStyle::otherColour.
 */
struct ColourBy {
    QString field;            ///< empty: the kind alone decides the colour
    QString fieldLabel;       ///< how the legend names the key (source text, translated as a slide text)
    QList<Category> categories;
    QString otherLabel;       ///< the legend's row for the rest ("Other"; source text); empty: no such row

    [[nodiscard]] bool isSet() const { return !field.isEmpty(); }
    bool operator==(const ColourBy &) const = default;
};

/**
 * Point symbols drawn hollow (a thick outline in the symbol's colour around a white centre) where `field` takes one
 * of `values`, filled otherwise: a third variable, e.g. money committed (filled) against a pledge (hollow).
 */
struct HollowBy {
    QString field;       ///< empty: every symbol filled
    QStringList values;  ///< the values drawn hollow
    QString filledLabel; ///< what a filled symbol means, in words, for the legend (source text)
    QString hollowLabel; ///< what a hollow symbol means (source text)

    [[nodiscard]] bool isSet() const { return !field.isEmpty(); }
    bool operator==(const HollowBy &) const = default;
};

/**
 * Point symbols that fall within `tolerancePx` of each other on screen are spread around their true place (see
 * pointdisplacement.h) instead of hiding one another.
 */
struct Displacement {
    bool enabled = false;
    double tolerancePx = 6;
    /**
     * How far (in map metres) a spread symbol may stand from its true place: a group whose rings would reach
     * further at the current scale (country scale) is drawn as one symbol with the count instead.
     */
    double maxShiftMeters = 40'000;

    bool operator==(const Displacement &) const = default;
};

/**
 * A large point layer drawn as hexagonal bins at small scales (a million sites at country scale are a blanket of
 * symbols; counts per hexagon read): below `belowZoom` each hexagon of `cellPx` on screen is coloured by how many
 * points it holds, in fixed powers-of-ten classes (so the legend holds still while the planner pans); a categorized
 * layer colours each by its most frequent category instead, stronger with more points. From `belowZoom` on, the
 * layer's own symbols.
 */
struct Aggregation {
    bool enabled = false;
    double belowZoom = 8;
    double cellPx = 22; ///< a hexagon's width across its flat sides, in pixels
    bool operator==(const Aggregation &) const = default;
};

/**
 * How a vector layer is drawn. Pure data (copied into every render, serialised to JSON by stylejson.h); the renderer
 * resolves it against a layer with SymbolEvaluator and the legend is derived from it by legend.h.
 *
 * - SingleSymbol: every feature in `fill`.
 * - Categorized: the colour of the feature's `field` value among `categories`; anything else in `otherColour`.
 * - Graduated: the feature's numeric `field` classified by `classification`, coloured `classColours[class]`;
 *   a missing or non-numeric value is "no data" (`noDataColour`), never zero.
 * - Proportional: point symbols whose AREA is proportional to the numeric `field` (so a plant twice the investment
 *   covers twice the ink): diameter = sizeMaxPx · sqrt(value / sizeMaxValue). Missing values get a small
 *   `noDataColour` marker of `pointSizePx`, so the site still shows without pretending to a figure.
 *
 * Lines are drawn in `fill` (the style's colour), `strokeWidthPx` · 1.5 wide (at least 1 px); a `lineDashColour`
 * that is not transparent draws dashes of `lineDashPx` over it, half as wide (the classic railway: a grey line with
 * white dashes).
 *
 * Scale: the zoom is the camera's (Qt Location / Web Mercator: the world is 256 · 2^zoom pixels wide). A layer is
 * drawn from `minZoom` on; with `minZoomField` set, each feature from the zoom in that numeric field (Natural Earth's
 * `min_zoom`); labels from `labelMinZoom`, and per feature from `labelMinZoomField` (Natural Earth's `min_label`) when
 * set. A missing per-feature value does not hide the feature.
 */
struct LayerStyle {
    enum class Kind { SingleSymbol, Categorized, Graduated, Proportional };

    Kind kind = Kind::SingleSymbol;
    QColor fill = QColor(0xe8, 0xe4, 0xd8);
    QColor stroke = QColor(0x6b, 0x6b, 0x6b);
    double strokeWidthPx = 0.8;
    MarkerShape marker = MarkerShape::Circle;
    double pointSizePx = 6.0;
    double opacity = 1.0;

    QString field; ///< the attribute Categorized, Graduated and Proportional styles read
    QString fieldLabel; ///< how the legend names `field` (empty: the field's own name)
    QString legendNote; ///< a line the legend adds: how a derived value was computed (weights, normalisation)

    QList<Category> categories;
    QColor otherColour = QColor(0xd9, 0xd9, 0xd9);

    Classification classification;
    QString rampName;            ///< the ColorBrewer scheme classColours came from (for the style editor)
    QList<QColor> classColours;  ///< one per class of `classification`
    QColor noDataColour = QColor(0xd9, 0xd9, 0xd9);

    double sizeMaxValue = 0;     ///< the value drawn at sizeMaxPx
    double sizeMaxPx = 40;
    double legendValueDivisor = 1; ///< the size legend prints value / divisor (1e6: US$ million)

    ColourBy colourBy;   ///< point colour by a category field, on top of any kind
    HollowBy hollowBy;   ///< filled or hollow point symbols by a field
    Displacement displacement;
    Aggregation aggregation;

    QString labelField;
    QStringList labelExcluded; ///< label texts not to draw (a feature shown in more detail by another layer)
    QColor labelColour = QColor(0x33, 0x33, 0x33);
    QColor labelHalo = QColor(255, 255, 255, 220);
    double labelPointSize = 9.0;
    bool labelBold = false;
    int labelPriority = 0; ///< labels of higher priority are placed first when space is short
    QString labelRankField; ///< numeric field: within one priority, larger values are placed first (e.g. population)
    bool labelItalic = false; ///< water names
    /**
     * Point markers only where their label fits, drawn with it (a town's dot without its name reads as a place
     * nobody named, or as a second point of a hub nearby; Natural Earth's and web basemaps' towns work so).
     */
    bool markerWithLabel = false;

    QColor lineDashColour = QColor(0, 0, 0, 0); ///< dashes drawn over lines (transparent: none)
    double lineDashPx = 4.0;                    ///< dash and gap length in pixels

    double minZoom = 0;        ///< the layer is not drawn below this zoom
    QString minZoomField;      ///< per-feature minimum zoom (numeric field), e.g. Natural Earth `min_zoom`
    double labelMinZoom = 0;   ///< no labels below this zoom
    QString labelMinZoomField; ///< per-feature minimum zoom of the label (numeric field), e.g. `min_label`

    bool operator==(const LayerStyle &) const = default;

    /**
     * A categorized style with one category per distinct value of `field` (sorted), coloured in turn from the
     * ColorBrewer qualitative scheme `scheme` (repeating when there are more values than colours).
     */
    [[nodiscard]] static LayerStyle categorized(const VectorLayer &layer, const QString &field,
                                                const QString &scheme = QStringLiteral("Set3"));

    /**
     * A categorized style with one category per value of the identifying field `idField`, coloured so that no two
     * neighbouring polygons share a colour (greedy colouring of the adjacency graph, most-connected first, each
     * taking the least-used colour its neighbours leave free). Neighbours are polygons that share a vertex, which
     * holds for topologically clean data such as TopoJSON-derived or INEGI boundaries.
     */
    [[nodiscard]] static LayerStyle neighbourDistinct(const VectorLayer &layer, const QString &idField,
                                                      const QString &scheme = QStringLiteral("Set3"));

    /**
     * A graduated colour style of `field`, classified from the layer's values, coloured from a ColorBrewer ramp. With
     * ClassificationMethod::Manual the classes are `manualBreaks` as given (`classes` is then ignored).
     */
    [[nodiscard]] static LayerStyle graduated(const VectorLayer &layer, const QString &field,
                                              ClassificationMethod method, int classes,
                                              const QString &ramp = QStringLiteral("YlOrRd"),
                                              const std::vector<double> &manualBreaks = {});

    /**
     * Categories for colourBy: the distinct values of `field` over the features with a geometry, most frequent first
     * (ties by value), the first `palette.size()` of those seen at least `minCount` times each taking the next
     * colour; the long tail is left to otherColour.
     */
    [[nodiscard]] static QList<Category> frequentCategories(const VectorLayer &layer, const QString &field,
                                                            const QList<QColor> &palette, int minCount);

    /** Proportional symbols of `field`, the largest value of the layer drawn `maxDiameterPx` across. */
    [[nodiscard]] static LayerStyle proportional(const VectorLayer &layer, const QString &field, double maxDiameterPx);
};

/**
 * Okabe & Ito's colour-blind-safe qualitative colours (2008), without their black (it reads as an outline) and
 * yellow (too faint on the light land for a hollow ring): orange, sky blue, bluish green, blue, vermillion, reddish
 * purple.
 */
[[nodiscard]] QList<QColor> okabeItoColours();
/** True when a layer with this style draws anything at `zoom` (checked before any work is done for it). */
[[nodiscard]] inline bool drawnAtZoom(const LayerStyle &style, double zoom)
{
    return zoom >= style.minZoom;
}

/** The lower bounds of the hexagons' count classes: 1–9, 10–99, 100–999, 1,000–9,999, 10,000 and more. */
inline constexpr std::array<uint32_t, 5> hexClassLowerBounds{1, 10, 100, 1000, 10000};
/** The class of a non-zero count (0–4). */
[[nodiscard]] int hexCountClass(uint32_t count);
/** ColorBrewer's YlGnBu, 5 classes: light for few, dark blue for many. */
[[nodiscard]] QColor hexClassColour(int countClass);
/** A categorized hexagon's colour for a count class: its category's colour, paler for fewer points. */
[[nodiscard]] QColor hexClassTint(const QColor &category, int countClass);

/** True when a point layer with this style is drawn as hexagonal bins at `zoom` (LayerStyle::aggregation). */
[[nodiscard]] inline bool aggregatedAtZoom(const LayerStyle &style, double zoom)
{
    return style.aggregation.enabled && zoom < style.aggregation.belowZoom;
}

/** True when a layer with this style places labels at `zoom`. */
[[nodiscard]] inline bool labelledAtZoom(const LayerStyle &style, double zoom)
{
    return !style.labelField.isEmpty() && zoom >= style.minZoom && zoom >= style.labelMinZoom
           && !aggregatedAtZoom(style, zoom);
}

/** True when the layer's markers are drawn by the label pass, each with its label (LayerStyle::markerWithLabel). */
[[nodiscard]] inline bool markersDrawnWithLabels(const LayerStyle &style, double zoom, bool labelsDrawn)
{
    return style.markerWithLabel && labelsDrawn && !style.displacement.enabled && labelledAtZoom(style, zoom);
}

/** The numeric values of `field` over the layer, NaN where a feature has no usable number. */
[[nodiscard]] std::vector<double> numericValues(const VectorLayer &layer, const QString &field);

/**
 * A style resolved against one layer for one render: field indexes looked up once, so that drawing a million
 * features does not search field names a million times.
 */
class SymbolEvaluator
{
public:
    SymbolEvaluator(const LayerStyle &style, const VectorLayer &layer);

    [[nodiscard]] QColor fill(const Feature &feature) const;
    /** Marker diameter in pixels (0: draw nothing). */
    [[nodiscard]] double diameterPx(const Feature &feature) const;
    /** True when the feature's value is missing, for styles that read a value. */
    [[nodiscard]] bool isNoData(const Feature &feature) const;
    /** True for a point symbol drawn hollow (LayerStyle::hollowBy). */
    [[nodiscard]] bool isHollow(const Feature &feature) const;
    /** The feature's colourBy value as text (empty when unset or missing), e.g. for a stable order. */
    [[nodiscard]] QString colourKey(const Feature &feature) const;
    /** False when the feature's own minimum zoom (`minZoomField`) is above `zoom`. */
    [[nodiscard]] bool drawnAt(const Feature &feature, double zoom) const;
    /** False when the feature or its label (`labelMinZoomField`) is not yet shown at `zoom`. */
    [[nodiscard]] bool labelledAt(const Feature &feature, double zoom) const;
    /** The feature's `labelRankField` value (larger: placed first); 0 without one. */
    [[nodiscard]] double labelRank(const Feature &feature) const;

private:
    [[nodiscard]] QVariant value(const Feature &feature) const;
    [[nodiscard]] QString text(const Feature &feature, int field) const;

    const LayerStyle &m_style;
    const VectorLayer &m_layer;
    int m_field = -1;
    int m_colourField = -1;
    int m_hollowField = -1;
    int m_minZoomField = -1;
    int m_labelMinZoomField = -1;
    int m_labelRankField = -1;
    QHash<QString, QColor> m_categoryColours;
    QHash<QString, QColor> m_colourByColours;
};

} // namespace atlas
