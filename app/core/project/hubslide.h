// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "defaultmap.h"
#include "hubdeck.h"
#include "mapexport.h"
#include "riskindex.h"

namespace atlas {

/** Hub points of the same group within this distance frame together (a metro: Monterrey with Apodaca, …). */
inline constexpr double metroRadiusKm = 60;
/** A port of entry this close to the hub is framed on its slide; farther ones are listed in the fact box only. */
inline constexpr double framedPortKm = 150;

/**
 * The slide of one hub, made from `base` (layers, styles, size, language): framed on the hub's metro (its own
 * point, the group's points within metroRadiusKm, the factory sites of hubDetails, the nearest port of entry when
 * within framedPortKm), with a fact box of its sites (company, figure with its nature and year), its state's
 * risk figures (the population, the indicator each theme of `risk` uses and cargo theft, with year; "no data" where
 * none is sourced; sources under them) and its nearest ports of entry (straight-line distance). The subtitle names
 * the hub's group and state unless `base` has one. Texts are in `base.language`.
 */
[[nodiscard]] ExportRequest hubSlide(const DefaultMap &map, const HubView &hub, const ExportRequest &base,
                                     const RiskSettings &risk = {});

/** US dollars as a slide reads them: "US$26.5 million", "US$1.2 billion" (Spanish: "US$1,200 millones"). */
[[nodiscard]] QString formatUsd(double usd, const QLocale &locale);

} // namespace atlas
