// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"

#include "embeddedgeodata.h"

#include <QCoreApplication>

namespace atlas {

namespace {

struct LayerRecipe {
    const char *id;
    const char *file;
    const char *title;
    LayerStyle (*style)(const VectorLayer &);
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

LayerStyle statesStyle(const VectorLayer &layer)
{
    LayerStyle s = LayerStyle::neighbourDistinct(layer, QStringLiteral("cve_ent"), QStringLiteral("Set3"));
    s.stroke = QColor(0x5a, 0x5a, 0x5a);
    s.strokeWidthPx = 0.9;
    s.labelField = QStringLiteral("short_name");
    s.labelPointSize = 8.5;
    return s;
}

constexpr LayerRecipe recipes[] = {
    {"land", "context/land.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Land"), landStyle},
    {"countries", "context/countries.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Countries"), countriesStyle},
    {"us_states", "context/us_states.geojson", QT_TRANSLATE_NOOP("DefaultMap", "US states"), usStatesStyle},
    {DefaultMap::statesLayerId, "mx_states.geojson", QT_TRANSLATE_NOOP("DefaultMap", "Mexican states"), statesStyle},
};

} // namespace

DefaultMap DefaultMap::load()
{
    DefaultMap map;
    for (const LayerRecipe &recipe : recipes) {
        const QString file = QString::fromLatin1(recipe.file);
        if (!embedded::exists(file))
            continue;
        VectorLoadResult loaded = loadVectorLayer(embedded::path(file));
        if (loaded.error) {
            map.errors.append(loaded.error);
            continue;
        }
        map.layers.push_back({QString::fromLatin1(recipe.id), QCoreApplication::translate("DefaultMap", recipe.title),
                              loaded.layer, recipe.style(*loaded.layer), true});
        if (map.layers.back().id == QLatin1String(statesLayerId))
            map.homeExtent = loaded.layer->extentLonLat;
    }
    if (!map.homeExtent.isValid())
        map.homeExtent = {-118.4, 14.5, -86.7, 32.7}; // only when the states layer itself failed to load
    return map;
}

MapSettings DefaultMap::homeView(QSizeF size) const
{
    MapSettings settings;
    settings.camera = MapCamera::fitting(homeExtent, size, std::min(size.width(), size.height()) * 0.03);
    settings.layers = layers;
    return settings;
}

} // namespace atlas
