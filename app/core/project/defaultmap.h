// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsettings.h"
#include "usererror.h"

#include <QList>

namespace atlas {

/** The map a planner sees when the program opens: the embedded basemap and Mexico's states, and what failed. */
struct DefaultMap {
    std::vector<MapLayer> layers;  ///< bottom first
    LonLatBox homeExtent;          ///< Mexico's 32 states, as read from the data
    QList<UserError> errors;       ///< layers that could not be read (the rest still shows)
    QStringList warnings;          ///< features skipped or repaired while reading, for the details view
    /** Per-state indicators (geodata/state_indicators.csv): a table, one row per state, no geometry. */
    std::shared_ptr<const VectorLayer> stateIndicators;

    /**
     * Reads the embedded geodata through GDAL, the layers side by side on the global thread pool. Layers missing
     * from the build are skipped silently. After startLoading(), the first call takes that load's result instead.
     */
    [[nodiscard]] static DefaultMap load();
    /**
     * Starts load() on a thread of its own, for the program's start: the data is read while Qt, the fonts and the
     * window's QML come up, instead of after them. The next load() waits for it and translates its titles then (a
     * translator installed meanwhile applies).
     */
    static void startLoading();
    /** Waits for a load startLoading() began that nobody took, and drops it (before the application object goes). */
    static void finishLoading();
    /** The built-in layers' titles in the current language (QCoreApplication's translators). */
    void retranslate();

    /** Settings that show the home extent in a viewport of `size` pixels. */
    [[nodiscard]] MapSettings homeView(QSizeF size) const;

    /** The layer with this id, or null. */
    [[nodiscard]] const MapLayer *layer(QLatin1StringView id) const;

    /**
     * Every source the shipped layers credit, each once, bottom layer first: the texts a slide's source line picks
     * from (a layer with per-feature sources gives each of them). For the About box.
     */
    [[nodiscard]] QStringList sources() const;

    static constexpr auto statesLayerId = "mx_states";
    static constexpr auto hubsLayerId = "hubs";
    static constexpr auto facilitiesLayerId = "facilities";
    static constexpr auto portsLayerId = "ports_of_entry";
};

} // namespace atlas
