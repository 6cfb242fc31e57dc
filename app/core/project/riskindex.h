// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"

#include <QJsonObject>
#include <QLocale>

#include <array>

namespace atlas {

/**
 * The crime, water, electricity and skilled-labour risk of each state as a choropleth, one indicator at a time or as a composite
 * index with the planner's weights.
 *
 * Normalisation (documented in docs/risk-index.md): each indicator is put on a 0–100 scale over the states that
 * have a value, higher = riskier — min-max: 100 · (v − min) / (max − min), or rank: 100 · (rank − 1) / (n − 1) with
 * ties sharing their mean rank; where a high value is good (schooling) the score is 100 − that. The index is the weighted mean of the scores of the indicators whose weight is
 * above zero. A state missing any of those indicators has no index ("no data"), never a zero.
 */
struct RiskSettings {
    /** Index, or one theme; a theme's number is its Show value minus one (Crime 0, Water 1, Electricity 2, Skills 3). */
    enum class Show { Index, Crime, Water, Electricity, Skills };
    enum class Normalisation { MinMax, Rank };
    static constexpr int themeCount = 4;
    Show show = Show::Index;
    Normalisation normalisation = Normalisation::MinMax;
    /**
     * Relative weights of crime, water, electricity and skilled labour, each 0–100 (they need not add up to 100).
     * Electricity starts at 0: no electricity measure covers the 32 states (docs/risk-index.md).
     */
    std::array<double, themeCount> weights{50, 50, 0, 50};
    /** The state_indicators column that stands for each theme (one of riskIndicatorChoices()); empty = the default. */
    std::array<QString, themeCount> indicators;

    bool operator==(const RiskSettings &) const = default;
};

/** One indicator a theme can use: which state_indicators column, and how a planner reads it. */
struct RiskIndicator {
    QString field;      ///< column of geodata/state_indicators.csv
    QString title;      ///< translated, with its unit and year
    QString source;     ///< translated: publisher, release and year, as the legend and the slide's source line say
    bool higherIsRiskier = true; ///< false: a high value is a low risk (schooling), the score is turned round
    int statesWithData = 0;
};

/** The indicators theme `theme` (0 crime, 1 water, 2 electricity, 3 skills) offers, its default first. */
[[nodiscard]] std::vector<RiskIndicator> riskIndicatorChoices(const VectorLayer &indicators, int theme);

/** The indicator of each theme that `settings` chose (the default where none is), in theme order. */
[[nodiscard]] std::array<RiskIndicator, RiskSettings::themeCount> riskIndicators(const VectorLayer &indicators,
                                                                                 const RiskSettings &settings = {});

/** The translated name of theme `theme` ("crime", "water", "electricity", "skilled labour"). */
[[nodiscard]] QString riskThemeName(int theme);

/** Why a theme cannot answer for every state (electricity), translated; empty for a theme that can. */
[[nodiscard]] QString riskThemeCaveat(int theme);

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
