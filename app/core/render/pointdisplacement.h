// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"

#include <QPointF>
#include <QString>
#include <QTransform>

#include <vector>

namespace atlas {

/** A point symbol to lay out: where its feature is on screen and how big its symbol is. */
struct PointSymbol {
    int feature = -1;   ///< the feature's row in its layer
    QPointF at;         ///< its true place, in screen pixels
    double diameter = 0;
    QString sortKey;    ///< the first key of the stable order around a ring (the company)
    double value = 0;   ///< the second key, larger first (the figure); NaN sorts last
};

/** Where one symbol is drawn. */
struct PlacedSymbol {
    int feature = -1;
    QPointF truePlace; ///< screen pixels
    QPointF drawnAt;   ///< screen pixels; the true place unless displaced
    double diameter = 0;
    int group = -1;    ///< index into PointLayout::groups, -1 for a symbol alone
};

/** Symbols within the tolerance of each other: spread on rings around their centre, or collapsed into a count. */
struct PointGroup {
    QPointF centre;           ///< the mean of the members' true places
    std::vector<int> members; ///< indexes into PointLayout::symbols, in the stable order around the rings
    bool collapsed = false;   ///< too far to spread at this scale: drawn as one symbol with the count
    double countDiameter = 0; ///< the count symbol's size when collapsed
    QPointF countAt;          ///< its centre: beside the true place (up and right), so a hub marker there stays clear
    double outerRadius = 0;   ///< how far the spread symbols reach from the centre (their outer edge)
};

struct PointLayout {
    std::vector<PlacedSymbol> symbols; ///< one per input symbol, in the input's order
    std::vector<PointGroup> groups;

    [[nodiscard]] bool isDisplaced(const PlacedSymbol &s) const { return s.group >= 0 && !groups[size_t(s.group)].collapsed; }
    [[nodiscard]] bool isHidden(const PlacedSymbol &s) const { return s.group >= 0 && groups[size_t(s.group)].collapsed; }
};

/** How displacePoints lays out a group. */
struct DisplacementRules {
    double tolerancePx = 6;       ///< symbols whose true places are closer than this (a chain of them) form a group
    double gapPx = 3;             ///< at least this much between two spread symbols' edges
    /**
     * A group is spread only when its outer radius stays within this many pixels of its centre (a ring that fits
     * the place it stands for); otherwise it collapses into one symbol with the count.
     */
    double maxOuterRadiusPx = 1e9;
    /**
     * A single ring is at least wide enough that its members stand this far apart along it: room for a label line
     * beside each (0 for unlabelled symbols).
     */
    double labelSpacingPx = 0;
    /** Screen points taken by another layer's symbols: a symbol alone within the tolerance of one moves aside. */
    std::vector<QPointF> occupied;
};

/**
 * Lays out point symbols in the manner of QGIS's point displacement renderer: symbols closer than the tolerance on
 * screen form a group; a group's members are sorted (sortKey, then value largest first, then feature) and placed on
 * a ring around the group's centre, or on concentric rings when one ring would grow more than twice as wide as
 * the innermost; no two placed symbols overlap. Deterministic: the same input in any order gives the same layout.
 */
[[nodiscard]] PointLayout displacePoints(const std::vector<PointSymbol> &symbols, const DisplacementRules &rules);

/**
 * The layout of a layer's point symbols `order` (as drawOrder gives them) at the view `toScreen`, for a layer
 * whose style asks for displacement; every symbol at its true place otherwise. The renderer, the label placer and
 * identify all call this, so that they agree on where each site is drawn.
 */
[[nodiscard]] PointLayout layoutLayerPoints(const MapLayer &layer, const QTransform &toScreen,
                                            const std::vector<int> &order);

} // namespace atlas
