// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "featurefilter.h"
#include "layerstyle.h"
#include "rasterlayer.h"
#include "vectorlayer.h"

#include <memory>
#include <optional>
#include <vector>

namespace atlas {

/**
 * What a layer stands for beyond its data, for the parts of the program that treat some layers specially: the
 * slide's locator map is drawn from the basemap roles, the risk overlay is placed just above the States and is
 * recomputed rather than saved. Planner data and most built-in layers are plain Data.
 */
enum class LayerRole : uint8_t {
    Data,
    Land,        ///< the land mass under everything (a backdrop: not identified)
    Countries,   ///< neighbouring countries
    States,      ///< Mexico's 32 states: the risk overlay's polygons and the locator's outline
    RiskOverlay, ///< derived from the States and the indicator table; projects store its settings, not its features
};

/** Roles whose layers the slide's locator map draws, in their own plain style. */
[[nodiscard]] constexpr bool isLocatorRole(LayerRole role)
{
    return role == LayerRole::Land || role == LayerRole::Countries || role == LayerRole::States;
}

/**
 * A source that a layer's attribution names only when a feature it placed is on the slide: `text` applies when
 * some feature drawn has a value of `field` that starts with `prefix` (the hubs' coordinates come from INEGI or,
 * for a few, from GeoNames; a slide of Juárez should not credit GeoNames).
 */
struct FeatureAttribution {
    QString field;
    QString prefix;
    QString text;
};

/** An attribute table joined onto the states (statejoin.h): which table, by which column, on code or name. */
struct StateJoin {
    QString tableId; ///< the table's layer in the document
    QString field;   ///< the table's column holding the key
    bool byName = false; ///< the state's name; otherwise its INEGI code
    bool operator==(const StateJoin &) const = default;
};

/**
 * A layer read from a database by the view's box (pgconnection.h): which box was fetched, and how much of what the
 * database holds there the layer shows ("showing N of M").
 */
struct DatabaseFetch {
    LonLatBox box;            ///< what was asked for; invalid = no box (the first `limit` features of the table)
    qint64 limit = 0;         ///< the feature limit of each fetch
    qint64 matching = -1;     ///< how many the database holds in `box` (-1: not counted)
    bool limited = false;     ///< the limit cut the fetch short: the layer shows `limit` of `matching`
};

/**
 * A layer of the document: shared immutable data (vector features or a raster) plus how to draw it. The renderer,
 * the exporter and the project file all read this type; it knows nothing of either.
 */
struct MapLayer {
    QString id;
    QString title;
    std::shared_ptr<const VectorLayer> data;
    LayerStyle style;
    bool visible = true;
    bool identifiable = true; ///< false for pure backdrop (land), which a click should not list
    QString attribution = {}; ///< the data's source and year, for the source line of exports
    /** When set, the source line names these (those whose features it shows) instead of `attribution`. */
    std::vector<FeatureAttribution> featureAttributions = {};
    std::shared_ptr<const RasterLayer> raster = nullptr; ///< set instead of `data` for raster overlays (style.opacity applies)
    QByteArray titleSource = {}; ///< built-in layers: the untranslated title, so slides can use their own language
    QString source = {};     ///< what the planner opened (path or GDAL connection string); empty for the built-in data
    QString assumedCrs = {}; ///< the CRS the planner chose for data that declares none
    FeatureFilter filter = {}; ///< what the planner filtered on (saved in projects); `shown` is its result
    /** Features the filter lets through (1 per feature, by row); null when the layer is not filtered. */
    std::shared_ptr<const std::vector<uint8_t>> shown = nullptr;
    /**
     * Where another layer draws its symbols on top of this one (the hubs over the factory sites), in this layer's
     * planar coordinates: a displaced symbol alone on one of them is moved aside with a leader line, as a group's
     * members are, rather than hidden under it. Null: none.
     */
    std::shared_ptr<const std::vector<QPointF>> spreadOff = nullptr;
    /** Set on a join of a table onto the states: what a project stores to make it again. */
    std::optional<StateJoin> stateJoin = std::nullopt;
    /** Set on a layer fetched from a database by the view's box: fetched again when the view leaves `box`. */
    std::optional<DatabaseFetch> databaseFetch = std::nullopt;
    LayerRole role = LayerRole::Data;

    /** Filters a vector layer (an empty filter shows everything again). */
    void setFilter(FeatureFilter f)
    {
        filter = std::move(f);
        shown = filter.isEmpty() || !data ? nullptr : std::make_shared<const std::vector<uint8_t>>(filter.mask(*data));
    }

    /** False for a feature the layer's filter hides: not drawn, not labelled, not identified. */
    [[nodiscard]] bool shows(int row) const { return !shown || (*shown)[size_t(row)] != 0; }

    /** Built from the planner's own data (a file or connection), not shipped with the program. */
    [[nodiscard]] bool isPlannerData() const { return !source.isEmpty(); }
};

/** The first layer with `role` in `layers`, or null. */
[[nodiscard]] inline const MapLayer *findRole(const std::vector<MapLayer> &layers, LayerRole role)
{
    for (const MapLayer &l : layers) {
        if (l.role == role)
            return &l;
    }
    return nullptr;
}

} // namespace atlas
