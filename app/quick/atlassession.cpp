// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"

#include "hubdetails.h"
#include "identify.h"
#include "maplegends.h"
#include "featurefilter.h"
#include "searchtext.h"
#include "layersource.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

// The risk overlay's key first: it colours the whole map, and a legend taller than the map scrolls
// (LegendOverlay.qml). The other layers follow, topmost first.
QList<LegendEntry> screenLegend(const std::vector<MapLayer> &layers)
{
    std::vector<MapLayer> overlay, others;
    for (const MapLayer &layer : layers)
        (layer.role == LayerRole::RiskOverlay ? overlay : others).push_back(layer);
    std::vector<Legend> legends = mapLegends(overlay, QLocale());
    for (Legend &legend : mapLegends(others, QLocale()))
        legends.push_back(std::move(legend));
    return LegendEntry::fromLegends(legends);
}

} // namespace

AtlasSession::AtlasSession(QObject *parent)
    : QObject(parent)
{
    // No outline over a layer that is hidden, gone, reloaded or filters the feature out.
    connect(this, &AtlasSession::mapChanged, this, &AtlasSession::dropStaleSelection);
    connect(this, &AtlasSession::mapChanged, this, &AtlasSession::updateLegend);
    connect(this, &AtlasSession::textsChanged, this, &AtlasSession::updateLegend);
}

AtlasDocument &AtlasSession::loadedDocument() const
{
    // The default map's data is read on a thread of its own from the program's first line (DefaultMap::
    // startLoading); the window's QML is built meanwhile, and the first question about the map waits for it here.
    if (!m_document) {
        m_document.emplace(DefaultMap::load());
        m_legend = screenLegend(m_document->layers());
    }
    return *m_document;
}

QStringList AtlasSession::errors() const
{
    QStringList messages;
    for (const UserError &error : document().shipped().errors)
        messages.append(error.message);
    return messages;
}

QStringList AtlasSession::errorDetails() const
{
    QStringList details;
    for (const UserError &error : document().shipped().errors)
        details.append(error.detail);
    return details;
}

MapSettings AtlasSession::settingsFor(const MapCamera &camera) const
{
    MapSettings settings;
    settings.camera = camera;
    settings.layers = document().layers();
    return settings;
}

namespace {
// Whole numbers without decimals, others with two, in the UI locale's digits and separators.
QString formatNumber(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

// Codes and years read as written ("2024", "140700001"); amounts get thousands separators.
bool isIdentifier(const QString &field)
{
    for (const char *part : {"year", "cve", "code", "id", "fid", "cvegeo"}) {
        if (field.contains(QLatin1String(part), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QVariantList AtlasSession::identify(const QGeoCoordinate &coordinate, qreal zoomLevel) const
{
    if (!coordinate.isValid())
        return {};
    constexpr double tolerancePx = 6;
    MapCamera camera;
    camera.zoom = zoomLevel;
    const QPointF at = webmercator::fromLonLat(coordinate.longitude(), coordinate.latitude());
    const QLocale locale;
    QVariantList result;
    for (const IdentifyHit &hit : identifyAt(document().layers(), at, tolerancePx / camera.pixelsPerMeter(), zoomLevel)) {
        QVariantList fields;
        for (const auto &[name, value] : hit.attributes) {
            QString text;
            if (value.isNull())
                text = tr("no data");
            else if (value.typeId() == QMetaType::Double)
                text = formatNumber(value.toDouble(), locale);
            else if (value.typeId() == QMetaType::LongLong)
                text = isIdentifier(name) ? QString::number(value.toLongLong()) : locale.toString(value.toLongLong());
            else
                text = value.toString();
            const bool link = text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
            fields.append(QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("value"), text},
                                      {QStringLiteral("link"), link}});
        }
        result.append(QVariantMap{{QStringLiteral("layer"), hit.layerId},
                                  {QStringLiteral("row"), hit.featureIndex},
                                  {QStringLiteral("title"), hit.layerTitle},
                                  {QStringLiteral("name"), hit.name},
                                  {QStringLiteral("fields"), fields}});
    }
    return result;
}

void AtlasSession::selectFeature(const QString &layerId, int row)
{
    const MapLayer *layer = document().layer(layerId);
    const bool valid = layer && layer->data && row >= 0 && row < int(layer->data->features.size()) && layer->shows(row);
    const QString id = valid ? layerId : QString();
    const int newRow = valid ? row : -1;
    if (id == m_selectedLayer && newRow == m_selectedRow)
        return;
    m_selectedLayer = id;
    m_selectedRow = newRow;
    m_selectedData = valid ? layer->data : nullptr;
    Q_EMIT selectionChanged();
}

void AtlasSession::dropStaleSelection()
{
    const MapLayer *layer = document().layer(m_selectedLayer);
    if (m_selectedData && (!layer || layer->data != m_selectedData || !layer->visible || !layer->shows(m_selectedRow)))
        selectFeature({}, -1);
}

QVariantMap AtlasSession::selectionShape() const
{
    if (!m_selectedData)
        return {};
    const VectorLayer &data = *m_selectedData;
    const Feature &feature = data.features[size_t(m_selectedRow)];
    const auto coordinate = [](QPointF mercator) {
        const QPointF lonLat = webmercator::toLonLat(mercator);
        return QVariant::fromValue(QGeoCoordinate(lonLat.y(), lonLat.x()));
    };
    QVariantList points, paths;
    if (feature.kind == GeometryKind::Point) {
        for (const QPointF &p : data.points(feature))
            points.append(coordinate(p));
    } else {
        // Map items re-tessellate every frame: a state's outline of thousands of vertices is thinned to about 2,000.
        size_t vertices = 0;
        for (uint32_t p = 0; p < feature.partCount; ++p)
            vertices += data.part(feature, p).size();
        const size_t step = std::max<size_t>(1, vertices / 2000);
        for (uint32_t p = 0; p < feature.partCount; ++p) {
            const std::span<const QPointF> part = data.part(feature, p);
            QVariantList path;
            for (size_t i = 0; i < part.size(); i += step)
                path.append(coordinate(part[i]));
            if (!part.empty() && (part.size() - 1) % step != 0)
                path.append(coordinate(part.back())); // rings stay closed
            if (path.size() >= 2)
                paths.append(QVariant(path));
        }
    }
    return {{QStringLiteral("points"), points}, {QStringLiteral("paths"), paths}};
}

QVariantList AtlasSession::searchPlaces(const QString &text, int limit) const
{
    QVariantList found;
    const QString wanted = foldedForSearch(text.trimmed());
    if (wanted.size() < 2)
        return found;
    const auto search = [&](const char *layerId, const QString &kind, const QString &nameField, const QString &detailField,
                            double zoom) {
        const MapLayer *layer = document().shipped().layer(QLatin1StringView(layerId));
        if (!layer || !layer->data)
            return;
        const VectorLayer &d = *layer->data;
        for (const Feature &f : d.features) {
            if (found.size() >= limit || f.kind == GeometryKind::None)
                continue;
            const QString name = d.attribute(f, nameField).toString();
            if (!foldedForSearch(name).contains(wanted))
                continue;
            const QPointF p = webmercator::toLonLat(d.labelPoint(f));
            found.append(QVariantMap{{QStringLiteral("kind"), kind},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("detail"), d.attribute(f, detailField).toString()},
                                     {QStringLiteral("coordinate"), QVariant::fromValue(QGeoCoordinate(p.y(), p.x()))},
                                     {QStringLiteral("zoomLevel"), zoom}});
        }
    };
    search(DefaultMap::statesLayerId, QStringLiteral("state"), QStringLiteral("nom_ent"), QStringLiteral("iso_3166_2"), 6.5);
    search(DefaultMap::facilitiesLayerId, QStringLiteral("site"), QStringLiteral("company"), QStringLiteral("site_name"), 11);
    return found;
}

QGeoCoordinate AtlasSession::parseCoordinate(const QString &text) const
{
    const std::optional<QPointF> p = atlas::parseCoordinate(text);
    return p ? QGeoCoordinate(p->y(), p->x()) : QGeoCoordinate();
}

QVariantMap AtlasSession::homeView(qreal width, qreal height) const
{
    const MapCamera camera = document().shipped().homeView(QSizeF(width, height)).camera;
    return {{QStringLiteral("center"), QVariant::fromValue(QGeoCoordinate(camera.centerLat, camera.centerLon))},
            {QStringLiteral("zoomLevel"), camera.zoom}};
}

HubDetailsText AtlasSession::hubDetails(int featureIndex) const
{
    return HubDetailsText::from(atlas::hubDetails(document().shipped(), featureIndex), QLocale());
}

void AtlasSession::updateLegend()
{
    QList<LegendEntry> legend = screenLegend(document().layers());
    if (legend == m_legend)
        return;
    m_legend = std::move(legend);
    Q_EMIT legendChanged();
}

const MapLayer *AtlasSession::layerAt(int index) const
{
    const auto &layers = document().layers();
    return index < 0 || index >= int(layers.size()) ? nullptr : &layers[size_t(index)];
}

QStringList AtlasSession::layerIds() const
{
    QStringList ids;
    for (const MapLayer &layer : document().layers())
        ids.append(layer.id);
    return ids;
}

void AtlasSession::emitLayerChanged(int layer)
{
    Q_EMIT layerChanged(layer);
    Q_EMIT mapChanged();
}

void AtlasSession::announceStackChange(const QStringList &before, int changedLayer)
{
    const QStringList after = layerIds();
    if (after == before) {
        if (changedLayer >= 0)
            emitLayerChanged(changedLayer);
        return;
    }
    // The one position where the lists part, and whether taking that entry out of the longer gives the shorter.
    const QStringList &longer = after.size() > before.size() ? after : before;
    const QStringList &shorter = after.size() > before.size() ? before : after;
    qsizetype at = 0;
    while (at < shorter.size() && shorter[at] == longer[at])
        ++at;
    QStringList rest = longer;
    if (at < rest.size())
        rest.removeAt(at);
    if (longer.size() == shorter.size() + 1 && rest == shorter) {
        if (longer == after)
            Q_EMIT layerAdded(int(at));
        else
            Q_EMIT layerRemoved(int(at));
    } else {
        Q_EMIT layersReset();
    }
    Q_EMIT mapChanged();
}

bool AtlasSession::setLayerVisible(int layer, bool visible)
{
    const MapLayer *l = layerAt(layer);
    if (!l || !document().setVisible(l->id, visible))
        return false;
    emitLayerChanged(layer);
    return true;
}

bool AtlasSession::moveLayer(int from, int to)
{
    const MapLayer *l = layerAt(from);
    if (!l || !document().move(l->id, to))
        return false;
    if (from != to) {
        Q_EMIT layerMoved(from, to);
        Q_EMIT mapChanged();
    }
    return true;
}

bool AtlasSession::removeLayer(int layer)
{
    const MapLayer *l = layerAt(layer);
    const bool overlayOn = document().risk().has_value();
    if (!l || !document().remove(l->id))
        return false;
    Q_EMIT layerRemoved(layer);
    Q_EMIT mapChanged();
    if (overlayOn && !document().risk())
        Q_EMIT riskOverlayChanged(); // it was the overlay's layer: the overlay is off
    return true;
}

bool AtlasSession::resolveUnavailable(int index, MapLayer located)
{
    const QStringList before = layerIds();
    if (!document().resolveUnavailable(index, std::move(located)))
        return false;
    announceStackChange(before);
    return true;
}

QVariantMap AtlasSession::layerView(int layer, qreal width, qreal height) const
{
    if (!layerAt(layer) || width <= 0 || height <= 0)
        return {};
    const MapLayer &l = *layerAt(layer);
    if (!l.raster && (!l.data || l.data->features.empty()))
        return {};
    LonLatBox box = l.raster ? l.raster->extentLonLat : l.data->extentLonLat;
    // A single point (or a line along a meridian) still gets a view: a few kilometres around it.
    constexpr double pad = 0.02;
    if (box.east - box.west < pad)
        box.west -= pad, box.east += pad;
    if (box.north - box.south < pad)
        box.south -= pad, box.north += pad;
    const MapCamera camera = MapCamera::fitting(box, QSizeF(width, height), 24);
    return {{QStringLiteral("center"), QVariant::fromValue(QGeoCoordinate(camera.centerLat, camera.centerLon))},
            {QStringLiteral("zoomLevel"), std::min(camera.zoom, 16.0)}};
}

int AtlasSession::layerIndex(const QString &layerId) const
{
    return document().indexOf(layerId);
}

void AtlasSession::setLayerFilter(const QString &layerId, const QVariantMap &filter)
{
    FeatureFilter f;
    for (const QVariant &entry : filter.value(QStringLiteral("oneOf")).toList()) {
        const QVariantMap c = entry.toMap();
        f.oneOf.push_back({c.value(QStringLiteral("field")).toString(), c.value(QStringLiteral("values")).toStringList()});
    }
    for (const QVariant &entry : filter.value(QStringLiteral("ranges")).toList()) {
        const QVariantMap r = entry.toMap();
        FeatureFilter::Range range{r.value(QStringLiteral("field")).toString(), std::nullopt, std::nullopt};
        bool ok = false;
        if (const double v = r.value(QStringLiteral("min")).toDouble(&ok); ok && r.contains(QStringLiteral("min")))
            range.min = v;
        if (const double v = r.value(QStringLiteral("max")).toDouble(&ok); ok && r.contains(QStringLiteral("max")))
            range.max = v;
        f.ranges.push_back(range);
    }
    setLayerFilter(layerId, std::move(f));
}

void AtlasSession::setLayerFilter(const QString &layerId, FeatureFilter filter)
{
    const int index = layerIndex(layerId);
    if (index < 0 || !document().layers()[size_t(index)].data)
        return;
    document().setFilter(layerId, std::move(filter));
    emitLayerChanged(index); // a site the filter now hides is no longer selected (dropStaleSelection)
}

QVariantMap AtlasSession::layerFilter(const QString &layerId) const
{
    const MapLayer *layer = document().layer(layerId);
    return layer ? featureFilterToJson(layer->filter).toVariantMap() : QVariantMap();
}

QStringList AtlasSession::distinctValues(const QString &layerId, const QString &field) const
{
    const MapLayer *layer = document().layer(layerId);
    if (!layer || !layer->data)
        return {};
    const VectorLayer &data = *layer->data;
    const int column = data.fieldIndex(field);
    QStringList values;
    if (column < 0)
        return values;
    for (const Feature &f : data.features) {
        const QVariant v = data.value(f, column);
        if (!v.isNull() && !v.toString().isEmpty() && !values.contains(v.toString()))
            values.append(v.toString());
    }
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return values;
}

QVariantMap AtlasSession::featureCounts(const QString &layerId) const
{
    const MapLayer *found = document().layer(layerId);
    if (!found || !found->data)
        return {{QStringLiteral("total"), 0}, {QStringLiteral("shown"), 0}};
    const MapLayer &layer = *found;
    const int total = int(layer.data->features.size());
    const int shown = layer.shown ? int(std::count(layer.shown->begin(), layer.shown->end(), uint8_t(1))) : total;
    return {{QStringLiteral("total"), total}, {QStringLiteral("shown"), shown}};
}

void AtlasSession::retranslate()
{
    document().retranslate();
    Q_EMIT textsChanged();
}

void AtlasSession::documentReplaced()
{
    Q_EMIT riskOverlayChanged();
    Q_EMIT layersReset();
    Q_EMIT mapChanged();
}

namespace {
const QStringList riskShows{QStringLiteral("index"), QStringLiteral("crime"), QStringLiteral("water"),
                            QStringLiteral("electricity"), QStringLiteral("skills")};
const QStringList riskThemes{QStringLiteral("crime"), QStringLiteral("water"), QStringLiteral("electricity"),
                             QStringLiteral("skills")};
}

void AtlasSession::setRiskOverlay(const QVariantMap &settings)
{
    std::optional<RiskSettings> chosen;
    if (settings.value(QStringLiteral("enabled")).toBool()) {
        RiskSettings risk;
        risk.show = RiskSettings::Show(std::max(qsizetype(0), riskShows.indexOf(settings.value(QStringLiteral("show")).toString())));
        risk.normalisation = settings.value(QStringLiteral("normalisation")).toString() == QLatin1String("rank")
                                 ? RiskSettings::Normalisation::Rank
                                 : RiskSettings::Normalisation::MinMax;
        const QVariantList weights = settings.value(QStringLiteral("weights")).toList();
        for (int i = 0; i < RiskSettings::themeCount && i < weights.size(); ++i)
            risk.weights[size_t(i)] = std::clamp(weights[i].toDouble(), 0.0, 100.0);
        // The indicator of each theme: one it offers (an unknown name means its default, stored as empty).
        const QVariantMap indicators = settings.value(QStringLiteral("indicators")).toMap();
        if (document().indicators()) {
            for (int i = 0; i < RiskSettings::themeCount; ++i) {
                const QString field = indicators.value(riskThemes[i]).toString();
                const std::vector<RiskIndicator> offered = riskIndicatorChoices(*document().indicators(), i);
                const bool known = std::any_of(offered.begin(), offered.end(), [&](const RiskIndicator &r) { return r.field == field; });
                risk.indicators[size_t(i)] = known && field != offered.front().field ? field : QString();
            }
        }
        chosen = risk;
    }
    const QStringList before = layerIds();
    document().setRisk(chosen);
    Q_EMIT riskOverlayChanged();
    // On: one layer more; off: one less; new settings: the overlay's layer restyled in place.
    const auto &layers = document().layers();
    const auto overlay = std::find_if(layers.begin(), layers.end(), [](const MapLayer &l) { return l.role == LayerRole::RiskOverlay; });
    announceStackChange(before, overlay == layers.end() ? -1 : int(overlay - layers.begin()));
}

QVariantMap AtlasSession::riskOverlay() const
{
    const std::optional<RiskSettings> &risk = document().risk();
    if (!risk)
        return {{QStringLiteral("enabled"), false}};
    QVariantList weights;
    QVariantMap indicators;
    for (int i = 0; i < RiskSettings::themeCount; ++i)
        weights.append(risk->weights[size_t(i)]);
    if (document().indicators()) {
        const auto chosen = atlas::riskIndicators(*document().indicators(), *risk);
        for (int i = 0; i < RiskSettings::themeCount; ++i)
            indicators.insert(riskThemes[i], chosen[size_t(i)].field);
    }
    return {{QStringLiteral("enabled"), true},
            {QStringLiteral("show"), riskShows.value(int(risk->show))},
            {QStringLiteral("normalisation"),
             risk->normalisation == RiskSettings::Normalisation::Rank ? QStringLiteral("rank") : QStringLiteral("minmax")},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("indicators"), indicators}};
}

QVariantList AtlasSession::riskIndicators() const
{
    QVariantList list;
    if (!document().indicators())
        return list;
    for (int theme = 0; theme < RiskSettings::themeCount; ++theme) {
        QVariantList choices;
        for (const RiskIndicator &i : riskIndicatorChoices(*document().indicators(), theme))
            choices.append(QVariantMap{{QStringLiteral("field"), i.field}, {QStringLiteral("title"), i.title},
                                       {QStringLiteral("source"), i.source}, {QStringLiteral("statesWithData"), i.statesWithData}});
        list.append(QVariantMap{{QStringLiteral("theme"), riskThemes[theme]}, {QStringLiteral("name"), riskThemeName(theme)},
                                {QStringLiteral("caveat"), riskThemeCaveat(theme)}, {QStringLiteral("choices"), choices}});
    }
    return list;
}

bool AtlasSession::setLayerStyle(int layer, const LayerStyle &style)
{
    const MapLayer *l = layerAt(layer);
    if (!l || !document().setStyle(l->id, style))
        return false;
    emitLayerChanged(layer); // the legend follows (updateLegend)
    return true;
}

bool AtlasSession::setLayerOpacity(int layer, qreal opacity)
{
    const MapLayer *l = layerAt(layer);
    if (!l || !document().setOpacity(l->id, opacity))
        return false;
    emitLayerChanged(layer);
    return true;
}

void AtlasSession::openDataset(const QUrl &source, const QString &assumedCrs, const QStringList &csvColumns)
{
    const QString path = source.isLocalFile() ? source.toLocalFile() : source.toString();
    runOpening(source, assumedCrs, [path, assumedCrs, csvColumns](const std::atomic_bool *cancel, const auto &progress) {
        return openLayerSource(path, assumedCrs, cancel, progress, csvColumns);
    });
}

void AtlasSession::openDatabaseTable(const QString &source, const QString &password, const QString &layerName)
{
    const QString clean = withoutPgPassword(source);
    if (!password.isEmpty())
        m_passwords.insert(clean, password); // for the fetches that follow the view; in memory only
    DatabaseLayerRequest request;
    request.source = clean;
    request.password = password;
    request.layerName = layerName;
    if (m_view.isValid())
        request.box = fetchBoxAround(m_view);
    runOpening(QUrl(), {}, [request](const std::atomic_bool *cancel, const auto &progress) mutable {
        request.cancel = cancel;
        request.progress = progress;
        return openDatabaseLayer(request);
    });
}

void AtlasSession::rememberDatabasePassword(const QString &source, const QString &password)
{
    if (!password.isEmpty())
        m_passwords.insert(withoutPgPassword(source), password);
}

LonLatBox AtlasSession::fetchBoxAround(const LonLatBox &view)
{
    // Half a view's margin on each side: a pan of up to half a screen needs no fetch.
    const double w = view.east - view.west, h = view.north - view.south;
    return {std::max(-180.0, view.west - w / 2), std::max(-85.06, view.south - h / 2),
            std::min(180.0, view.east + w / 2), std::min(85.06, view.north + h / 2)};
}

void AtlasSession::viewChanged(const QVariantList &extent)
{
    if (extent.size() != 4)
        return;
    const LonLatBox view{extent[0].toDouble(), extent[1].toDouble(), extent[2].toDouble(), extent[3].toDouble()};
    if (!view.isValid())
        return;
    m_view = view;
    for (const MapLayer &layer : document().layers()) {
        if (!layer.databaseFetch || !layer.visible)
            continue;
        const DatabaseFetch &fetch = *layer.databaseFetch;
        const LonLatBox &had = fetch.box;
        const bool inside = had.isValid() && view.west >= had.west && view.east <= had.east && view.south >= had.south
                            && view.north <= had.north;
        // Zoomed well inside a fetch the limit cut short: what is in view may not all be there; fetch it.
        const bool zoomedIntoCut = fetch.limited
                                   && (view.east - view.west) * (view.north - view.south) * 4
                                          < (had.east - had.west) * (had.north - had.south);
        if (!inside || zoomedIntoCut || (!had.isValid() && fetch.limited))
            refetch(layer.id);
    }
}

void AtlasSession::refetch(const QString &layerId)
{
    if (m_fetching.contains(layerId)) {
        m_fetchAgain.insert(layerId); // the view moved on meanwhile: once this fetch is in, look again
        return;
    }
    const MapLayer *layer = document().layer(layerId);
    if (!layer || !layer->databaseFetch || !layer->data)
        return;
    m_fetching.insert(layerId);
    DatabaseLayerRequest request;
    request.source = layer->source;
    request.password = m_passwords.value(layer->source);
    request.layerName = layer->data->name;
    request.box = fetchBoxAround(m_view);
    request.limit = layer->databaseFetch->limit;
    auto *watcher = new QFutureWatcher<OpenedLayer>(this);
    connect(watcher, &QFutureWatcher<OpenedLayer>::finished, this, [this, watcher, layerId] {
        watcher->deleteLater();
        m_fetching.remove(layerId);
        const OpenedLayer fetched = watcher->result();
        if (fetched.error) {
            // The layer keeps what it showed; the planner hears why it did not follow the view (once per failure).
            if (!m_fetchFailed.contains(layerId)) {
                m_fetchFailed.insert(layerId);
                Q_EMIT openFailed(tr("The layer could not be brought up to date for this view: %1").arg(fetched.error.message),
                                  fetched.error.detail);
            }
            return;
        }
        m_fetchFailed.remove(layerId);
        if (document().replaceFetchedData(layerId, fetched.layer.data, *fetched.layer.databaseFetch)) {
            dropStaleSelection();
            emitLayerChanged(document().indexOf(layerId));
            Q_EMIT mapChanged();
        }
        if (m_fetchAgain.remove(layerId))
            viewChanged({m_view.west, m_view.south, m_view.east, m_view.north});
    });
    watcher->setFuture(QtConcurrent::run([request] { return openDatabaseLayer(request); }));
}

QString AtlasSession::layerNote(const QString &layerId) const
{
    const MapLayer *layer = document().layer(layerId);
    return layer ? databaseFetchSummary(*layer) : QString();
}

void AtlasSession::runOpening(const QUrl &source, const QString &assumedCrs, const OpeningJob &job)
{
    if (m_loading == 0)
        m_cancelOpening = std::make_shared<std::atomic_bool>(false); // a fresh flag for a fresh batch of opens
    ++m_loading;
    m_loadProgress = -1;
    Q_EMIT loadingChanged();
    Q_EMIT loadProgressChanged();
    auto *watcher = new QFutureWatcher<OpenedLayer>(this);
    connect(watcher, &QFutureWatcher<OpenedLayer>::finished, this, [this, watcher, source, assumedCrs] {
        watcher->deleteLater();
        OpenedLayer opened = watcher->result();
        --m_loading;
        if (m_loading == 0)
            m_loadProgress = -1;
        Q_EMIT loadingChanged();
        Q_EMIT loadProgressChanged();
        if (opened.cancelled)
            return; // the planner asked for it: no message
        if (!opened.csvColumns.isEmpty()) {
            Q_EMIT columnsNeeded(source, opened.csvColumns);
            return;
        }
        if (opened.needsCrs) {
            Q_EMIT crsNeeded(source);
            return;
        }
        if (opened.error) {
            Q_EMIT openFailed(opened.error.message, opened.error.detail);
            return;
        }
        const bool crsAssumed = assumedCrs.isEmpty() && !opened.layer.assumedCrs.isEmpty();
        const QString id = document().add(std::move(opened.layer));
        Q_EMIT layerAdded(document().indexOf(id));
        Q_EMIT mapChanged();
        if (!opened.notices.isEmpty())
            Q_EMIT dataNotice(id, source, opened.notices.join(QLatin1Char('\n')), opened.attributeOnly, crsAssumed);
    });
    const QPointer<AtlasSession> self(this);
    watcher->setFuture(QtConcurrent::run([job, cancel = m_cancelOpening, self] {
        return job(cancel.get(), [self](double share) {
            QMetaObject::invokeMethod(qApp, [self, share] { // reported on the window's thread
                if (self && self->m_loading > 0) {
                    self->m_loadProgress = share;
                    Q_EMIT self->loadProgressChanged();
                }
            });
        });
    }));
}

QStringList AtlasSession::layerFieldNames(const QString &layerId) const
{
    const MapLayer *l = document().layer(layerId);
    return l && l->data ? l->data->fieldNames : QStringList();
}

QVariantMap AtlasSession::joinToStates(const QString &tableLayerId, const QString &field, bool byCode)
{
    QString id;
    const AttributeJoin join = document().joinToStates(
        tableLayerId, field, byCode ? AtlasDocument::JoinBy::StateCode : AtlasDocument::JoinBy::StateName, &id);
    if (join.error)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), join.error.message}};
    Q_EMIT layerAdded(document().indexOf(id));
    Q_EMIT mapChanged();
    QString message = tr("%1 of %2 states found a row.").arg(join.matchedFeatures).arg(join.layer->features.size());
    if (join.unmatchedRows > 0)
        message += QLatin1Char(' ') + tr("Rows that match no state: %1 (%2).")
                                          .arg(join.unmatchedRows)
                                          .arg(join.unmatchedKeys.join(QStringLiteral(", ")));
    if (join.duplicateRows > 0)
        message += QLatin1Char(' ') + tr("Rows repeating a key already joined, left out: %1.").arg(join.duplicateRows);
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), message}, {QStringLiteral("layerId"), id}};
}

bool AtlasSession::removeLayerById(const QString &layerId)
{
    return removeLayer(document().indexOf(layerId));
}

void AtlasSession::cancelOpening()
{
    m_cancelOpening->store(true);
}

} // namespace atlas
