// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"

#include <QJsonObject>
#include <QLocale>

#include <array>

namespace atlas {

/**
 * The crime, water and electricity risk of each state as a choropleth, one indicator at a time or as a composite
 * index with the planner's weights.
 *
 * Normalisation (documented in docs/risk-index.md): each indicator is put on a 0–100 scale over the states that
 * have a value, higher = riskier — min-max: 100 · (v − min) / (max − min), or rank: 100 · (rank − 1) / (n − 1) with
 * ties sharing their mean rank. The index is the weighted mean of the scores of the indicators whose weight is
 * above zero. A state missing any of those indicators has no index ("no data"), never a zero.
 */
struct RiskSettings {
    enum class Show { Index, Crime, Water, Electricity };
    enum class Normalisation { MinMax, Rank };
    Show show = Show::Index;
    Normalisation normalisation = Normalisation::MinMax;
    /** Relative weights of crime, water and electricity, each 0–100 (they need not add up to 100). */
    std::array<double, 3> weights{50, 50, 0};

    bool operator==(const RiskSettings &) const = default;
};

/** One risk dimension: which state_indicators column stands for it, and how a planner reads it. */
struct RiskIndicator {
    QString field;      ///< column of geodata/state_indicators.csv
    QString title;      ///< translated, with its unit and year
    int statesWithData = 0;
};

/** The three indicators over `indicators` (the state_indicators table), in Show order Crime, Water, Electricity. */
[[nodiscard]] std::array<RiskIndicator, 3> riskIndicators(const VectorLayer &indicators);

/** 0–100 scores of `values` (NaN = missing, stays NaN), by `method`. */
[[nodiscard]] std::vector<double> normalisedScores(const std::vector<double> &values, RiskSettings::Normalisation method);

/**
 * The overlay layer: the states' polygons with the raw indicators, their scores and `risk_index` as columns, styled
 * for `settings.show`; its legend says the normalisation and the weights. Null data if a table is missing.
 */
[[nodiscard]] MapLayer riskLayer(const MapLayer &states, const VectorLayer &indicators, const RiskSettings &settings);

inline constexpr auto riskLayerId = "derived:risk";

/**
 * Puts `overlay` into `layers`: in place of an earlier overlay (keeping the planner's visibility and opacity for
 * it) or else just above the Mexican states (on top when they are not there).
 */
void placeRiskLayer(std::vector<MapLayer> &layers, MapLayer overlay);

[[nodiscard]] QJsonObject riskSettingsToJson(const RiskSettings &settings);
/** False (with the reason) for a wrong type or value; `settings` is then untouched. */
bool riskSettingsFromJson(const QJsonObject &json, RiskSettings *settings, QString *error);

} // namespace atlas
