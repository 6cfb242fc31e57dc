// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QString>
#include <QVariant>

namespace atlas {

class VectorLayer;
struct Feature;

/** One legend class of a categorized style: features whose field equals `value` are drawn in `colour`. */
struct Category {
    QVariant value;
    QColor colour;
    QString label;
};

/**
 * How a vector layer is drawn: fill and outline (single symbol, or one colour per category of a field), point size,
 * opacity, and an optional label field. Pure data; the renderer reads it and the legend will be derived from it.
 */
struct LayerStyle {
    enum class Kind { SingleSymbol, Categorized };

    Kind kind = Kind::SingleSymbol;
    QColor fill = QColor(0xe8, 0xe4, 0xd8);
    QColor stroke = QColor(0x6b, 0x6b, 0x6b);
    double strokeWidthPx = 0.8;
    double pointSizePx = 6.0;
    double opacity = 1.0;

    QString categoryField;
    QList<Category> categories;
    QColor otherColour = QColor(0xd9, 0xd9, 0xd9); ///< values not in `categories`, and nulls

    QString labelField;
    QStringList labelExcluded; ///< label texts not to draw (a feature shown in more detail by another layer)
    QColor labelColour = QColor(0x33, 0x33, 0x33);
    QColor labelHalo = QColor(255, 255, 255, 220);
    double labelPointSize = 9.0;

    [[nodiscard]] QColor fillFor(const VectorLayer &layer, const Feature &feature) const;

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
};

} // namespace atlas
