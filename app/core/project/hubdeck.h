// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapexport.h"
#include "maplayer.h"

#include <functional>

namespace atlas {

/** A hub as a slide shows it: its metro and surroundings. */
struct HubView {
    QString name, group, state;
    LonLatBox extent;      ///< a plain box around the hub point (hubSlide frames the metro instead)
    int featureIndex = -1; ///< the hub's feature in the hubs layer
};

/** Every located hub of the hubs layer, ordered by hub group then name (as the hub list reads). */
[[nodiscard]] std::vector<HubView> hubViews(const MapLayer &hubs);

/** A file-name-safe form of a name: "Ciudad Juárez" → "ciudad-juarez". */
[[nodiscard]] QString fileSlug(const QString &name);

struct DeckResult {
    UserError error;
    std::vector<QString> files; ///< the numbered PNGs, then deck.pdf
};

struct DefaultMap;
struct RiskSettings;

/**
 * One slide per hub (hubSlide: framed on its metro, with its fact box, whose risk figures are the indicators `risk`
 * uses) with the same layers, styles, class breaks
 * and legend (`base`'s), as numbered PNGs in `dir` plus one multi-page deck.pdf. `title` prefixes each hub's name. `progress(done, total, name)` is called before
 * each slide. A failure or cancellation stops the deck with an error; the slides already written stay, the PDF
 * is only written complete.
 */
[[nodiscard]] DeckResult exportHubDeck(const DefaultMap &map, const ExportRequest &base, const RiskSettings &risk,
                                       const std::vector<HubView> &hubs, const QString &dir,
                                       const QString &title, const std::atomic_bool *cancel = nullptr,
                                       const std::function<void(int, int, const QString &)> &progress = {});

} // namespace atlas
