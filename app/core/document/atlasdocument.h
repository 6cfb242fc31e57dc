// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attributejoin.h"
#include "atlasproject.h"
#include "defaultmap.h"
#include "hubdeck.h"
#include "mapexport.h"
#include "projectmap.h"
#include "riskindex.h"

#include <QDir>

#include <optional>
#include <vector>

namespace atlas {

/**
 * What the planner works on, without any window: the layer stack (by stable id), their styles and filters, the
 * risk overlay, the layers a project names that could not be opened, and the project's bookmarks, hub tour, export
 * presets, view and slide language. The window (through app/quick), the command line's `export` and the hub deck
 * all build their slides from one of these with exportRequest(), so the overlay is placed and the export defaults
 * are applied in one place.
 *
 * Not thread-safe: the owner changes it on one thread; renders and exports take copies (layers share their data).
 */
class AtlasDocument
{
public:
    /** A document on the shipped data (DefaultMap::load() reads the embedded geodata through GDAL). */
    explicit AtlasDocument(DefaultMap shipped);

    /** The embedded data as the program ships it: default styles, indicators, home extent and loading errors. */
    [[nodiscard]] const DefaultMap &shipped() const { return m_shipped; }
    [[nodiscard]] const std::vector<MapLayer> &builtinLayers() const { return m_shipped.layers; }
    [[nodiscard]] LonLatBox homeExtent() const { return m_shipped.homeExtent; }

    // --- The layer stack, bottom first, the risk overlay in place -----------------------------------------------

    [[nodiscard]] const std::vector<MapLayer> &layers() const { return m_layers; }
    /** The layer with this id, or null. */
    [[nodiscard]] const MapLayer *layer(QStringView id) const;
    /** Bottom-first position of the layer with this id, or -1. */
    [[nodiscard]] int indexOf(QStringView id) const;

    /** Each setter returns false, changing nothing, for an unknown id. */
    bool setVisible(QStringView id, bool visible);
    bool setOpacity(QStringView id, double opacity);
    /** A new style; the layer's opacity is kept (it has its own control). */
    bool setStyle(QStringView id, const LayerStyle &style);
    bool setFilter(QStringView id, FeatureFilter filter);
    /** A database layer's features fetched again for another view (its style and filter stay). */
    bool replaceFetchedData(QStringView id, std::shared_ptr<const VectorLayer> data, DatabaseFetch fetch);
    /** Moves the layer to bottom-first position `to`, the others keeping their order. */
    bool move(QStringView id, int to);
    bool remove(QStringView id);
    /**
     * Adds a layer at bottom-first `position` (-1: on top) and returns its id, made unique if another layer has it
     * already (the same file opened twice gets "…#2").
     */
    QString add(MapLayer layer, int position = -1);
    /**
     * Joins the attribute table `tableId` (a layer without geometry, e.g. an attribute-only GeoPackage) onto the
     * states, matching its column `tableField` to the state code (INEGI's cve_ent: "09" = 9) or to the state's
     * name (official or short, accents and case ignored), and adds the result as a new layer just above the
     * states. Its id is returned in `*addedId`. Projects store the join and make it again on opening.
     */
    enum class JoinBy { StateCode, StateName };
    AttributeJoin joinToStates(QStringView tableId, const QString &tableField, JoinBy by, QString *addedId);
    /** Replaces every layer; a risk overlay among them is dropped and placed again from the current settings. */
    void replaceLayers(std::vector<MapLayer> layers);

    // --- The risk overlay ----------------------------------------------------------------------------------------

    [[nodiscard]] const std::optional<RiskSettings> &risk() const { return m_risk; }
    /** Settings for the overlay, or nullopt to remove it. False when the shipped data cannot make one. */
    bool setRisk(std::optional<RiskSettings> settings);
    [[nodiscard]] QJsonObject riskJson() const;
    /** The indicator table (one row per state, no geometry); null if it failed to load. */
    [[nodiscard]] std::shared_ptr<const VectorLayer> indicators() const { return m_shipped.stateIndicators; }

    /** The application's language changed: built-in layer titles and the overlay's texts are made again. */
    void retranslate();

    // --- The project around the layers ---------------------------------------------------------------------------

    /** Starts afresh: the shipped layers, no overlay, nothing unavailable, empty bookmarks and presets. */
    void reset();
    /**
     * Takes an opened project: `opened` is buildProjectMap()'s result for `project` (built on a worker thread, since
     * it reads files), `project` brings the overlay, bookmarks, tour, presets, view and language.
     */
    void apply(const Project &project, ProjectMap opened);
    /** The project that reopens this document, sources stored relative to `projectDir`. */
    [[nodiscard]] Project capture(const QDir &projectDir) const;

    /** Layers the project names that are not on the map, kept so that a save loses nothing. */
    [[nodiscard]] const std::vector<UnavailableLayer> &unavailable() const { return m_unavailable; }
    /** Puts the located layer where the unavailable one `index` stood, and forgets the latter. */
    bool resolveUnavailable(int index, MapLayer located);

    [[nodiscard]] const std::vector<Bookmark> &bookmarks() const { return m_meta.bookmarks; }
    void addBookmark(Bookmark bookmark);
    bool removeBookmark(int index);
    [[nodiscard]] const QStringList &hubTour() const { return m_meta.hubTour; }
    [[nodiscard]] const std::vector<ExportPreset> &exportPresets() const { return m_meta.exportPresets; }
    [[nodiscard]] const std::optional<ProjectView> &view() const { return m_meta.view; }
    void setView(const ProjectView &view) { m_meta.view = view; }
    [[nodiscard]] const QString &title() const { return m_meta.title; }
    void setTitle(const QString &title) { m_meta.title = title; }
    /** "en" or "es": the slides' language, independent of the window's. */
    [[nodiscard]] const QString &outputLanguage() const { return m_meta.outputLanguage; }
    /** False (nothing changed) for anything but "en" and "es". */
    bool setOutputLanguage(const QString &language);

    // --- Slides ---------------------------------------------------------------------------------------------------

    /**
     * The export of this document with `options`, in `language` ("en"/"es"; empty: the output language): the
     * layers as they are, the risk overlay's texts made in that language, the home extent (the caller frames it
     * otherwise), that language's number format.
     */
    [[nodiscard]] ExportRequest exportRequest(const SlideOptions &options, const QString &language = {}) const;
    /** Every located hub, in the hub list's order, from the shipped hubs layer. */
    [[nodiscard]] std::vector<HubView> hubs() const;
    /** The first hub whose name contains `name` (accents and case ignored). */
    [[nodiscard]] std::optional<HubView> findHub(const QString &name) const;

private:
    [[nodiscard]] MapLayer *mutableLayer(QStringView id);
    [[nodiscard]] QString uniqueId(const QString &wanted) const;
    /** Builds the overlay in the current slideText() language, or removes it. */
    void placeRisk(std::vector<MapLayer> &layers) const;

    DefaultMap m_shipped;
    std::vector<MapLayer> m_layers;
    std::optional<RiskSettings> m_risk;
    std::vector<UnavailableLayer> m_unavailable;
    Project m_meta; ///< everything but the layers (its `layers` stays empty) and the overlay
};

/** The slide language's number and date format: es → Spanish (Mexico), else English (United States). */
[[nodiscard]] QLocale slideLocale(const QString &language);

} // namespace atlas
