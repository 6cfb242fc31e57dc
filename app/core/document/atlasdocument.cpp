// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"

#include "statejoin.h"

#include "searchtext.h"
#include "slidelanguage.h"

#include <QCoreApplication>

#include <algorithm>

namespace atlas {

QLocale slideLocale(const QString &language)
{
    return language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::Mexico)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

AtlasDocument::AtlasDocument(DefaultMap shipped)
    : m_shipped(std::move(shipped))
    , m_layers(m_shipped.layers)
{
}

const MapLayer *AtlasDocument::layer(QStringView id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_layers[size_t(i)];
}

int AtlasDocument::indexOf(QStringView id) const
{
    for (int i = 0; i < int(m_layers.size()); ++i) {
        if (m_layers[size_t(i)].id == id)
            return i;
    }
    return -1;
}

MapLayer *AtlasDocument::mutableLayer(QStringView id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_layers[size_t(i)];
}

bool AtlasDocument::setVisible(QStringView id, bool visible)
{
    MapLayer *l = mutableLayer(id);
    if (!l)
        return false;
    l->visible = visible;
    return true;
}

bool AtlasDocument::setOpacity(QStringView id, double opacity)
{
    MapLayer *l = mutableLayer(id);
    if (!l)
        return false;
    l->style.opacity = std::clamp(opacity, 0.0, 1.0);
    return true;
}

bool AtlasDocument::setStyle(QStringView id, const LayerStyle &style)
{
    MapLayer *l = mutableLayer(id);
    if (!l)
        return false;
    const double opacity = l->style.opacity;
    l->style = style;
    l->style.opacity = opacity;
    return true;
}

bool AtlasDocument::setFilter(QStringView id, FeatureFilter filter)
{
    MapLayer *l = mutableLayer(id);
    if (!l || !l->data)
        return false;
    l->setFilter(std::move(filter));
    return true;
}

bool AtlasDocument::replaceFetchedData(QStringView id, std::shared_ptr<const VectorLayer> data, DatabaseFetch fetch)
{
    MapLayer *l = mutableLayer(id);
    if (!l || !l->databaseFetch || !data)
        return false;
    l->data = std::move(data);
    l->databaseFetch = fetch;
    l->setFilter(l->filter); // the filter's mask is per row: made again for the new rows
    return true;
}

bool AtlasDocument::move(QStringView id, int to)
{
    const int from = indexOf(id);
    if (from < 0 || to < 0 || to >= int(m_layers.size()))
        return false;
    if (from == to)
        return true;
    MapLayer moved = std::move(m_layers[size_t(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(moved));
    return true;
}

bool AtlasDocument::remove(QStringView id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    if (m_layers[size_t(i)].role == LayerRole::RiskOverlay)
        m_risk.reset(); // removing the overlay's layer turns the overlay off, or the next change would bring it back
    m_layers.erase(m_layers.begin() + i);
    return true;
}

QString AtlasDocument::uniqueId(const QString &wanted) const
{
    QString id = wanted;
    for (int n = 2; indexOf(id) >= 0; ++n)
        id = QStringLiteral("%1#%2").arg(wanted).arg(n);
    return id;
}

QString AtlasDocument::add(MapLayer layer, int position)
{
    layer.id = uniqueId(layer.id);
    const QString id = layer.id;
    const size_t at = position < 0 ? m_layers.size() : std::min(size_t(position), m_layers.size());
    m_layers.insert(m_layers.begin() + qsizetype(at), std::move(layer));
    return id;
}

void AtlasDocument::replaceLayers(std::vector<MapLayer> layers)
{
    std::erase_if(layers, [](const MapLayer &l) { return l.role == LayerRole::RiskOverlay; });
    m_layers = std::move(layers);
    placeRisk(m_layers);
}

void AtlasDocument::placeRisk(std::vector<MapLayer> &layers) const
{
    // The states' polygons as shipped, so that the overlay works even when the planner removed the states layer.
    const MapLayer *states = findRole(m_shipped.layers, LayerRole::States);
    if (!m_risk || !states || !m_shipped.stateIndicators) {
        std::erase_if(layers, [](const MapLayer &l) { return l.role == LayerRole::RiskOverlay; });
        return;
    }
    placeRiskLayer(layers, riskLayer(*states, *m_shipped.stateIndicators, *m_risk));
}

bool AtlasDocument::setRisk(std::optional<RiskSettings> settings)
{
    m_risk = settings;
    placeRisk(m_layers);
    return !m_risk || findRole(m_layers, LayerRole::RiskOverlay);
}

QJsonObject AtlasDocument::riskJson() const
{
    return m_risk ? riskSettingsToJson(*m_risk) : QJsonObject();
}

void AtlasDocument::retranslate()
{
    for (MapLayer &layer : m_layers) {
        if (!layer.titleSource.isEmpty())
            layer.title = QCoreApplication::translate("DefaultMap", layer.titleSource.constData());
    }
    placeRisk(m_layers);
}

void AtlasDocument::reset()
{
    m_risk.reset();
    m_layers = m_shipped.layers;
    m_unavailable.clear();
    m_meta = Project{};
}

void AtlasDocument::apply(const Project &project, ProjectMap opened)
{
    m_meta = project;
    m_meta.layers.clear(); // the document holds the layers themselves
    m_meta.riskOverlay = {};
    m_unavailable = std::move(opened.unavailable);
    RiskSettings risk;
    QString problem;
    if (!project.riskOverlay.isEmpty() && riskSettingsFromJson(project.riskOverlay, &risk, &problem))
        m_risk = risk;
    else
        m_risk.reset();
    replaceLayers(std::move(opened.layers));
}

AttributeJoin AtlasDocument::joinToStates(QStringView tableId, const QString &tableField, JoinBy by, QString *addedId)
{
    const MapLayer *table = layer(tableId);
    const MapLayer *states = findRole(m_layers, LayerRole::States);
    if (!table || !states) {
        AttributeJoin none;
        none.error = {QObject::tr("There is no table or no states layer to join."), {}};
        return none;
    }
    StateJoinLayer made = joinTableToStates(*states, *table, {table->id, tableField, by == JoinBy::StateName});
    if (!made.layer)
        return made.join;
    const QString id = add(std::move(*made.layer), indexOf(states->id) + 1);
    if (addedId)
        *addedId = id;
    return made.join;
}

Project AtlasDocument::capture(const QDir &projectDir) const
{
    Project project = captureProject(m_layers, m_unavailable, m_meta, projectDir);
    project.riskOverlay = riskJson();
    return project;
}

bool AtlasDocument::resolveUnavailable(int index, MapLayer located)
{
    if (index < 0 || index >= int(m_unavailable.size()))
        return false;
    const int position = std::max(m_unavailable[size_t(index)].position, 0);
    m_unavailable.erase(m_unavailable.begin() + index);
    add(std::move(located), position);
    return true;
}

void AtlasDocument::addBookmark(Bookmark bookmark)
{
    m_meta.bookmarks.push_back(std::move(bookmark));
}

bool AtlasDocument::removeBookmark(int index)
{
    if (index < 0 || index >= int(m_meta.bookmarks.size()))
        return false;
    m_meta.bookmarks.erase(m_meta.bookmarks.begin() + index);
    return true;
}

bool AtlasDocument::setOutputLanguage(const QString &language)
{
    if (language != QLatin1String("en") && language != QLatin1String("es"))
        return false;
    m_meta.outputLanguage = language;
    return true;
}

ExportRequest AtlasDocument::exportRequest(const SlideOptions &options, const QString &language) const
{
    const QString slideLanguage = language.isEmpty() ? m_meta.outputLanguage : language;
    ExportRequest request;
    static_cast<SlideOptions &>(request) = options;
    request.map.layers = m_layers;
    {
        // The overlay's title and legend are texts of the slide: made again in the slide's language.
        const SlideLanguage texts(slideLanguage);
        placeRisk(request.map.layers);
    }
    request.extent = m_shipped.homeExtent;
    request.locale = slideLocale(slideLanguage);
    request.language = slideLanguage == QLatin1String("es") ? slideLanguage : QStringLiteral("en");
    return request;
}

std::vector<HubView> AtlasDocument::hubs() const
{
    const MapLayer *hubsLayer = m_shipped.layer(QLatin1StringView(DefaultMap::hubsLayerId));
    return hubsLayer ? hubViews(*hubsLayer) : std::vector<HubView>{};
}

std::optional<HubView> AtlasDocument::findHub(const QString &name) const
{
    // The hub of that exact name first ("Chihuahua" the city, not a hub whose name contains it), then any containing it.
    const QString wanted = foldedForSearch(name);
    const std::vector<HubView> all = hubs();
    for (const HubView &hub : all) {
        if (foldedForSearch(hub.name) == wanted)
            return hub;
    }
    for (const HubView &hub : all) {
        if (foldedForSearch(hub.name).contains(wanted))
            return hub;
    }
    return std::nullopt;
}

} // namespace atlas
