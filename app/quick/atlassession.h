// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasdocument.h"
#include "hubdetailstext.h"
#include "layersource.h"
#include "legendentry.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QUrl>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace atlas {

/**
 * The open document as QML sees it: its layers, what failed to load, and queries on them (identify, search, hub
 * details, legend, filters, the risk overlay). The document itself (core/document) knows nothing of QML; this class
 * turns its changes into signals. One instance per application, built by main() and published to QML as a
 * singleton (qmlservices.h); tests build their own.
 */
class AtlasSession : public QObject
{
    Q_OBJECT

    /** Readable messages of layers that could not be read; the rest of the map still shows. */
    Q_PROPERTY(QStringList errors READ errors CONSTANT FINAL)
    /** The technical detail behind each entry of `errors`, same order. */
    Q_PROPERTY(QStringList errorDetails READ errorDetails CONSTANT FINAL)
    /** The sources of the shipped data, each once, as the slides' source lines credit them (the About box). */
    Q_PROPERTY(QStringList dataSources READ dataSources CONSTANT FINAL)
    /** True while a dataset opens in the background. */
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged FINAL)
    /** 0–1 while a dataset opens and GDAL can count its features; -1 when the share is not known. */
    Q_PROPERTY(double loadProgress READ loadProgress NOTIFY loadProgressChanged FINAL)
    /** The selected feature, shared by the map, the feature card and the attribute table: its layer id ("" for none) */
    Q_PROPERTY(QString selectedLayer READ selectedLayer NOTIFY selectionChanged FINAL)
    /** …and its row in that layer (-1 for none). */
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged FINAL)
    /** The selected feature's outline for the map: {points: [coordinate], paths: [[coordinate]]}, empty for none. */
    Q_PROPERTY(QVariantMap selectionShape READ selectionShape NOTIFY selectionChanged FINAL)
    /**
     * The legend of every visible layer with a thematic style, topmost first (the same model exports use), in the UI
     * language. Changes only when what it shows does (not when a layer's opacity moves).
     */
    Q_PROPERTY(QList<atlas::LegendEntry> legend READ legend NOTIFY legendChanged FINAL)

public:
    explicit AtlasSession(QObject *parent = nullptr);

    [[nodiscard]] QStringList errors() const;
    [[nodiscard]] QStringList errorDetails() const;
    [[nodiscard]] QStringList dataSources() const { return document().shipped().sources(); }

    /** The map settings for a camera: what the screen item and exports render. */
    [[nodiscard]] MapSettings settingsFor(const MapCamera &camera) const;
    /** The document behind the window: project and export code read and change it through this session. */
    [[nodiscard]] const AtlasDocument &document() const { return loadedDocument(); }
    [[nodiscard]] AtlasDocument &document() { return loadedDocument(); }
    /** The document was replaced as a whole (a project opened, a new one started): everything shows again. */
    void documentReplaced();

    /**
     * Everything at a coordinate, topmost layer first: a list of {layer, title, name, fields: [{name, value, link}]}.
     * Points within a few pixels at `zoomLevel` count; values are formatted for the UI locale, missing ones read
     * "no data", web addresses are marked as links.
     */
    Q_INVOKABLE [[nodiscard]] QVariantList identify(const QGeoCoordinate &coordinate, qreal zoomLevel) const;

    /** Selects feature `row` of layer `layerId`; an unknown layer or row clears the selection. */
    Q_INVOKABLE void selectFeature(const QString &layerId, int row);
    [[nodiscard]] QString selectedLayer() const { return m_selectedLayer; }
    [[nodiscard]] int selectedRow() const { return m_selectedRow; }
    [[nodiscard]] QVariantMap selectionShape() const;
    /**
     * States and factory sites whose names contain `text` (accents and case ignored), at most `limit`:
     * [{kind: "state"|"site", name, detail, coordinate, zoomLevel}]. Hubs have their own list.
     */
    Q_INVOKABLE [[nodiscard]] QVariantList searchPlaces(const QString &text, int limit = 6) const;
    /** The coordinate in a search text ("31.69, -106.42", "31.69° N, 106.42° W"), or an invalid one. */
    Q_INVOKABLE [[nodiscard]] QGeoCoordinate parseCoordinate(const QString &text) const;
    /** {center, zoomLevel} that show all of Mexico in a viewport of the given size. */
    Q_INVOKABLE [[nodiscard]] QVariantMap homeView(qreal width, qreal height) const;

    /**
     * The hub details panel for hub feature `featureIndex` (an empty one for -1), amounts and missing values formatted
     * for the UI ("no data", never 0).
     */
    Q_INVOKABLE [[nodiscard]] atlas::HubDetailsText hubDetails(int featureIndex) const;

    [[nodiscard]] QList<LegendEntry> legend() const
    {
        static_cast<void>(loadedDocument()); // the legend is made with the document
        return m_legend;
    }

    /**
     * Opens any GDAL vector or raster source (a path or file: URL) in the background and adds it on top of the map.
     * `assumedCrs` is used when the data declares no CRS (otherwise such data ends in crsNeeded()). Emits
     * loadingChanged, then layerAdded on success or openFailed with a readable message and GDAL's detail.
     */
    Q_INVOKABLE void openDataset(const QUrl &source, const QString &assumedCrs = {}, const QStringList &csvColumns = {});
    /** The column names of layer `layerId` (empty for an unknown or raster layer), e.g. to choose a join key. */
    Q_INVOKABLE [[nodiscard]] QStringList layerFieldNames(const QString &layerId) const;
    /**
     * Joins the attribute table `tableLayerId` onto the states by its column `field`, matched to the state code
     * (`byCode`) or the state's name, and adds the result above the states: {ok, message, layerId}. `message` says
     * how many states matched and which rows did not.
     */
    Q_INVOKABLE QVariantMap joinToStates(const QString &tableLayerId, const QString &field, bool byCode);
    /** Removes the layer with this id (false if there is none). */
    Q_INVOKABLE bool removeLayerById(const QString &layerId);
    [[nodiscard]] bool isLoading() const { return m_loading > 0; }
    [[nodiscard]] double loadProgress() const { return m_loadProgress; }
    /** Stops the datasets being opened; nothing of them is added. */
    Q_INVOKABLE void cancelOpening();
    /**
     * Opens a table of a database (DatabaseBrowser's choice) in the background, fetched by the view's box with the
     * spatial filter run by the database. `password` is kept in memory for the fetches that follow the view.
     */
    void openDatabaseTable(const QString &source, const QString &password, const QString &layerName);
    /** Keeps a database's password (in memory, for this run) for the fetches of its layers, e.g. a project's. */
    void rememberDatabasePassword(const QString &source, const QString &password);
    /** The map's view [west, south, east, north] came to rest: database layers fetch again if it left their box. */
    Q_INVOKABLE void viewChanged(const QVariantList &extent);
    /** What a layer shows of its source when that is not all of it ("showing 50,000 of 1,204,332 …"), else "". */
    Q_INVOKABLE [[nodiscard]] QString layerNote(const QString &layerId) const;

    bool setLayerVisible(int layer, bool visible);
    bool setLayerOpacity(int layer, qreal opacity);
    /** A new style for a layer (its opacity is kept). */
    bool setLayerStyle(int layer, const LayerStyle &style);
    /** Moves layer `from` to index `to` (bottom first), keeping the others in order. */
    bool moveLayer(int from, int to);
    bool removeLayer(int layer);
    /** Puts the located layer where the project's unavailable layer `index` stood (AtlasDocument::resolveUnavailable). */
    bool resolveUnavailable(int index, MapLayer located);
    /** {center, zoomLevel} that show layer `layer` in a viewport of the given size; empty for an empty layer. */
    Q_INVOKABLE [[nodiscard]] QVariantMap layerView(int layer, qreal width, qreal height) const;

    /**
     * The risk overlay over the states: `settings` {enabled, show: index|crime|water|electricity|skills,
     * normalisation: minmax|rank, weights: [crime, water, electricity, skills] (0–100),
     * indicators: {crime: field, water: field, electricity: field, skills: field}}. Off removes it.
     */
    Q_INVOKABLE void setRiskOverlay(const QVariantMap &settings);
    /** The overlay's current settings in the same form ({enabled: false} when off). */
    Q_INVOKABLE [[nodiscard]] QVariantMap riskOverlay() const;
    /**
     * The four themes (crime, water, electricity, skills): [{theme, name, caveat, choices: [{field, title, source,
     * statesWithData}]}], each theme's default choice first.
     */
    Q_INVOKABLE [[nodiscard]] QVariantList riskIndicators() const;

    /**
     * Shows only the features of layer `layerId` that pass `filter`: {oneOf: [{field, values: [...]}],
     * ranges: [{field, min, max}]} (min/max may be absent). An empty filter shows everything again.
     */
    Q_INVOKABLE void setLayerFilter(const QString &layerId, const QVariantMap &filter);
    /** The same, typed (what C++ controls such as SiteFilter use). */
    void setLayerFilter(const QString &layerId, FeatureFilter filter);
    /** The filter of layer `layerId` in the same form (empty when it shows everything), e.g. after opening a project. */
    Q_INVOKABLE [[nodiscard]] QVariantMap layerFilter(const QString &layerId) const;
    /** The distinct non-empty texts of a field, sorted for a list of choices. */
    Q_INVOKABLE [[nodiscard]] QStringList distinctValues(const QString &layerId, const QString &field) const;
    /** How many features layer `layerId` has, and how many its filter shows: {total, shown}. */
    Q_INVOKABLE [[nodiscard]] QVariantMap featureCounts(const QString &layerId) const;
    /** Bottom-first index of the layer with this id, or -1. */
    Q_INVOKABLE [[nodiscard]] int layerIndex(const QString &layerId) const;

    /** The window's language changed: texts the session made (layer titles, the risk legend) are made again. */
    Q_INVOKABLE void retranslate();

    [[nodiscard]] const std::vector<MapLayer> &layers() const { return document().layers(); }

Q_SIGNALS:
    // Changes of the layer stack, bottom-first indices, sent once the document has changed. mapChanged() follows
    // each of them, for whoever only draws the map again.

    /** A layer's visibility, opacity, style, filter or title changed. */
    void layerChanged(int layer);
    /** A layer was added at `layer`. */
    void layerAdded(int layer);
    /** The layer that was at `layer` is gone. */
    void layerRemoved(int layer);
    /** The layer at `from` is now at `to`, the others in their order. */
    void layerMoved(int from, int to);
    /** The layers were replaced as a whole (a project opened, a new one started). */
    void layersReset();
    /** Any of the five above. */
    void mapChanged();
    void legendChanged();
    void loadingChanged();
    void loadProgressChanged();
    /** Layer titles and legends read differently (another language); the layers themselves did not change. */
    void textsChanged();
    void openFailed(const QString &message, const QString &detail);
    /**
     * A dataset opened (as layer `layerId`) with something the planner should read: `message`, one notice a line.
     * `attributeOnly`: a table without geometry (offer the attribute table and a join to the states);
     * `crsAssumed`: WGS 84 was assumed for longitude/latitude without a CRS (offer to choose another).
     */
    void dataNotice(const QString &layerId, const QUrl &source, const QString &message, bool attributeOnly,
                    bool crsAssumed);
    /** The data has no CRS: ask the planner for one and call openDataset again with it. */
    void crsNeeded(const QUrl &source);
    void selectionChanged();
    /** The risk overlay was turned on or off or changed its settings (riskOverlay() reads differently). */
    void riskOverlayChanged();
    /** A CSV whose coordinate columns were not recognised: ask which of `columns` hold them, then open again. */
    void columnsNeeded(const QUrl &source, const QStringList &columns);

private:
    [[nodiscard]] const MapLayer *layerAt(int index) const;
    [[nodiscard]] QStringList layerIds() const;
    /** Tells what became of the stack since it held `before`: one layer added, removed or changed, else a reset. */
    void announceStackChange(const QStringList &before, int changedLayer = -1);
    void emitLayerChanged(int layer);
    void updateLegend();
    using OpeningJob = std::function<OpenedLayer(const std::atomic_bool *, const std::function<void(double)> &)>;
    /** Runs an opening in the background with the window's progress and Cancel, and adds what it opened. */
    void runOpening(const QUrl &source, const QString &assumedCrs, const OpeningJob &job);
    void refetch(const QString &layerId);
    [[nodiscard]] static LonLatBox fetchBoxAround(const LonLatBox &view);

    /** The document, on the default map once its data is in (DefaultMap::load, waited for on first use). */
    [[nodiscard]] AtlasDocument &loadedDocument() const;
    mutable std::optional<AtlasDocument> m_document;
    int m_loading = 0;
    double m_loadProgress = -1;
    std::shared_ptr<std::atomic_bool> m_cancelOpening = std::make_shared<std::atomic_bool>(false);
    QString m_selectedLayer;
    int m_selectedRow = -1;
    std::shared_ptr<const VectorLayer> m_selectedData; ///< the data the row belongs to: a reloaded layer drops the selection
    mutable QList<LegendEntry> m_legend;
    LonLatBox m_view;                     ///< the map's view as QML last reported it
    QHash<QString, QString> m_passwords;  ///< database passwords by source, for this run only
    QSet<QString> m_fetching, m_fetchAgain, m_fetchFailed; ///< database layers' fetches by layer id
    void dropStaleSelection();
};

} // namespace atlas
