// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskindex.h"

#include "colorbrewer.h"
#include "slidelanguage.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atlas {

namespace {

// The indicators each theme offers (geodata/README.md), its default first. Rates of SESNSP counts are per 100,000
// inhabitants of CONAPO's mid-year population of the count's own year (pry23).
// Electricity has no state-level reliability series in the sourced data: the share of CFE users cut off in the
// 16 February 2021 blackout is the one measured figure, an event for 7 states, so the theme starts with weight 0.
struct Choice {
    const char *field;
    const char *title;
    const char *source;
    bool higherIsRiskier;
    const char *brief; ///< indicator, year and publisher in a few words, for the slide's source line
};
const std::vector<Choice> &choices(int theme)
{
    static const std::vector<Choice> all[RiskSettings::themeCount] = {
        {{"homicide_victims_rate_2024",
          QT_TRANSLATE_NOOP("RiskIndex", "Homicide victims per 100,000 inhabitants, 2024 (CONAPO mid-2024 population)"),
          QT_TRANSLATE_NOOP("RiskIndex", "SESNSP victims of homicidio doloso 2024, cut 30 Jun 2025; CONAPO population 2024"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "homicide victims per 100,000, 2024 (SESNSP; CONAPO population)")},
         {"cargo_theft_rate_2023",
          QT_TRANSLATE_NOOP("RiskIndex", "Cargo theft per 100,000 inhabitants, 2023 (CONAPO mid-2023 population)"),
          QT_TRANSLATE_NOOP("RiskIndex", "SESNSP robo a transportista 2023, cut 30 Nov 2024; CONAPO population 2023"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "cargo theft per 100,000, 2023 (SESNSP; CONAPO population)")},
         {"homicide_rate_2024_prelim",
          QT_TRANSLATE_NOOP("RiskIndex", "Homicides per 100,000 inhabitants, 2024 (preliminary)"),
          QT_TRANSLATE_NOOP("RiskIndex", "INEGI EDR 2024 preliminary, via press reports"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "homicide rate, 2024 preliminary (INEGI via press)")}},
        {{"drought_pct_d1_d4_mean_2023",
          QT_TRANSLATE_NOOP("RiskIndex", "Municipalities in drought (D1–D4), 2023 mean (%)"),
          QT_TRANSLATE_NOOP("RiskIndex", "CONAGUA-SMN Monitor de Sequía, 23 cuts of 2023"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "municipalities in drought, 2023 mean (CONAGUA-SMN)")},
         {"drought_pct_d1_d4_2024_05_15",
          QT_TRANSLATE_NOOP("RiskIndex", "Municipalities in drought (D1–D4), 15 May 2024 (%)"),
          QT_TRANSLATE_NOOP("RiskIndex", "CONAGUA-SMN Monitor de Sequía, cut of 15 May 2024"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "municipalities in drought, 15 May 2024 (CONAGUA-SMN)")},
         {"drought_pct_d3_d4_2024_05_15",
          QT_TRANSLATE_NOOP("RiskIndex", "Municipalities in extreme drought (D3–D4), 15 May 2024 (%)"),
          QT_TRANSLATE_NOOP("RiskIndex", "CONAGUA-SMN Monitor de Sequía, cut of 15 May 2024"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "municipalities in extreme drought, 15 May 2024 (CONAGUA-SMN)")},
         {"aquifers_deficit_pct_2023",
          QT_TRANSLATE_NOOP("RiskIndex", "Aquifers without groundwater availability, 2023 (% of the state's aquifers)"),
          QT_TRANSLATE_NOOP("RiskIndex", "CONAGUA mean annual groundwater availability, DOF 2023 vintage"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "aquifers in deficit, 2023 (CONAGUA)")},
         {"wri_aqueduct30_bws_score_2019",
          QT_TRANSLATE_NOOP("RiskIndex", "Baseline water stress, WRI Aqueduct 3.0 score 0–5 (2019)"),
          QT_TRANSLATE_NOOP("RiskIndex", "WRI Aqueduct 3.0, 2019, via press reports"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "water stress, 2019 (WRI Aqueduct 3.0 via press)")}},
        {{"outage_2021_02_16_pct_cfe_users_without_power",
          QT_TRANSLATE_NOOP("RiskIndex", "CFE users without power in the 16 Feb 2021 blackout (%)"),
          QT_TRANSLATE_NOOP("RiskIndex", "CFE blackout reports, 2021, via press"), true,
          QT_TRANSLATE_NOOP("RiskIndex", "users cut off, 16 Feb 2021 (CFE via press)")}},
        {{"schooling_years_2020",
          QT_TRANSLATE_NOOP("RiskIndex", "Average years of schooling, population 15+, 2020 (higher = lower risk)"),
          QT_TRANSLATE_NOOP("RiskIndex", "INEGI census 2020 (BISE 1005000038)"), false,
          QT_TRANSLATE_NOOP("RiskIndex", "years of schooling, 2020 (INEGI census)")},
         {"anuies_grads_eng_mfg_share_2022",
          QT_TRANSLATE_NOOP("RiskIndex", "Graduates in engineering, manufacturing and construction, ~2022 (% of all graduates; higher = lower risk)"),
          QT_TRANSLATE_NOOP("RiskIndex", "ANUIES statistical yearbook, egresados ~2022 (edition unconfirmed)"), false,
          QT_TRANSLATE_NOOP("RiskIndex", "engineering graduates, ~2022 (ANUIES)")},
         {"imco_higher_education_pct_2022",
          QT_TRANSLATE_NOOP("RiskIndex", "Population with higher education, IMCO ICE 2022 (%; higher = lower risk)"),
          QT_TRANSLATE_NOOP("RiskIndex", "IMCO Índice de Competitividad Estatal 2022"), false,
          QT_TRANSLATE_NOOP("RiskIndex", "higher education, 2022 (IMCO)")}},
    };
    return all[std::clamp(theme, 0, RiskSettings::themeCount - 1)];
}

constexpr const char *scoreFields[RiskSettings::themeCount] = {"crime_score", "water_score", "electricity_score",
                                                               "skills_score"};
constexpr const char *themeKeys[RiskSettings::themeCount] = {"crime", "water", "electricity", "skills"};

int presentCount(const std::vector<double> &values)
{
    return int(std::count_if(values.begin(), values.end(), [](double v) { return !std::isnan(v); }));
}

RiskIndicator indicatorOf(const VectorLayer &indicators, const Choice &c)
{
    RiskIndicator i;
    i.field = QString::fromLatin1(c.field);
    i.title = slideText("RiskIndex", c.title);
    i.source = slideText("RiskIndex", c.source);
    i.higherIsRiskier = c.higherIsRiskier;
    i.statesWithData = presentCount(numericValues(indicators, i.field));
    return i;
}

// The choice named `field` of `theme`, or its default.
const Choice &chosen(int theme, const QString &field)
{
    const std::vector<Choice> &list = choices(theme);
    const auto it = std::find_if(list.begin(), list.end(), [&](const Choice &c) { return field == QLatin1String(c.field); });
    return it == list.end() ? list.front() : *it;
}

std::vector<double> column(const VectorLayer &table, const QString &field, const std::vector<int> &rows)
{
    std::vector<double> values;
    const int index = table.fieldIndex(field);
    for (const int row : rows)
        values.push_back(row < 0 || index < 0 ? std::nan("") : table.number(table.features[size_t(row)], index));
    return values;
}

// Fixed breaks for the index, so that moving a weight slider changes colours only where a state changes class;
// quantiles for a raw indicator (few classes when few states have data).
LayerStyle graduated(const VectorLayer &layer, const QString &field, const std::vector<double> &fixedBreaks)
{
    const std::vector<double> values = numericValues(layer, field);
    if (fixedBreaks.empty()) {
        const auto present = std::count_if(values.begin(), values.end(), [](double v) { return !std::isnan(v); });
        return LayerStyle::graduated(layer, field, ClassificationMethod::Quantile, present >= 10 ? 5 : 3);
    }
    return LayerStyle::graduated(layer, field, ClassificationMethod::Manual, 0, QStringLiteral("YlOrRd"), fixedBreaks);
}

} // namespace

std::vector<RiskIndicator> riskIndicatorChoices(const VectorLayer &indicators, int theme)
{
    std::vector<RiskIndicator> result;
    for (const Choice &c : choices(theme))
        result.push_back(indicatorOf(indicators, c));
    return result;
}

std::array<RiskIndicator, RiskSettings::themeCount> riskIndicators(const VectorLayer &indicators, const RiskSettings &settings)
{
    std::array<RiskIndicator, RiskSettings::themeCount> result;
    for (int i = 0; i < RiskSettings::themeCount; ++i)
        result[size_t(i)] = indicatorOf(indicators, chosen(i, settings.indicators[size_t(i)]));
    return result;
}

QString riskThemeName(int theme)
{
    switch (theme) {
    case 0: return slideText("RiskIndex", "crime");
    case 1: return slideText("RiskIndex", "water");
    case 2: return slideText("RiskIndex", "electricity");
    default: return slideText("RiskIndex", "skilled labour");
    }
}

QString riskThemeCaveat(int theme)
{
    if (theme != 2)
        return {};
    return slideText("RiskIndex", "No electricity measure covers the 32 states: no state-level reliability series "
                                  "(SAIDI) was found, and the 2021 blackout share covers 7 states, so electricity "
                                  "starts with weight 0.");
}

std::vector<double> normalisedScores(const std::vector<double> &values, RiskSettings::Normalisation method)
{
    std::vector<double> scores(values.size(), std::nan(""));
    std::vector<size_t> present;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]))
            present.push_back(i);
    }
    if (present.empty())
        return scores;
    if (method == RiskSettings::Normalisation::MinMax) {
        const auto [lo, hi] = std::minmax_element(present.begin(), present.end(),
                                                  [&](size_t a, size_t b) { return values[a] < values[b]; });
        const double low = values[*lo], range = values[*hi] - low;
        // Every state alike: no state is riskier than another on this indicator.
        for (const size_t i : present)
            scores[i] = range > 0 ? 100.0 * (values[i] - low) / range : 0.0;
        return scores;
    }
    std::sort(present.begin(), present.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    const double n = double(present.size());
    for (size_t k = 0; k < present.size();) {
        size_t end = k;
        while (end + 1 < present.size() && values[present[end + 1]] == values[present[k]])
            ++end;
        const double meanRank = (double(k) + double(end)) / 2.0; // zero-based
        for (size_t j = k; j <= end; ++j)
            scores[present[j]] = n > 1 ? 100.0 * meanRank / (n - 1) : 0.0;
        k = end + 1;
    }
    return scores;
}

MapLayer riskLayer(const MapLayer &states, const VectorLayer &indicators, const RiskSettings &settings)
{
    MapLayer layer;
    layer.id = QLatin1String(riskLayerId);
    layer.role = LayerRole::RiskOverlay;
    if (!states.data)
        return layer;
    const VectorLayer &s = *states.data;

    // Join the indicators to the polygons by INEGI state code.
    QHash<QString, int> rowOf;
    const int codeColumn = indicators.fieldIndex(QStringLiteral("cve_ent"));
    for (int row = 0; row < int(indicators.features.size()); ++row)
        rowOf.insert(indicators.value(indicators.features[size_t(row)], codeColumn).toString(), row);
    std::vector<int> rows;
    const int stateCode = s.fieldIndex(QStringLiteral("cve_ent"));
    for (const Feature &f : s.features)
        rows.push_back(rowOf.value(s.value(f, stateCode).toString(), -1));

    constexpr int n = RiskSettings::themeCount;
    const std::array<RiskIndicator, n> chosenIndicators = riskIndicators(indicators, settings);
    std::array<std::vector<double>, n> raw, scores;
    for (int i = 0; i < n; ++i) {
        const RiskIndicator &indicator = chosenIndicators[size_t(i)];
        raw[size_t(i)] = column(indicators, indicator.field, rows);
        if (indicator.higherIsRiskier) {
            scores[size_t(i)] = normalisedScores(raw[size_t(i)], settings.normalisation);
        } else { // a high value is a low risk: score the negated values (100 − the score of the value)
            std::vector<double> negated = raw[size_t(i)];
            for (double &v : negated)
                v = -v;
            scores[size_t(i)] = normalisedScores(negated, settings.normalisation);
        }
    }
    const double weightSum = std::accumulate(settings.weights.begin(), settings.weights.end(), 0.0,
                                             [](double a, double w) { return a + std::max(w, 0.0); });

    std::vector<std::pair<QString, Column::Type>> columns{{QStringLiteral("cve_ent"), Column::Type::Text},
                                                          {QStringLiteral("name"), Column::Type::Text}};
    for (int i = 0; i < n; ++i)
        columns.emplace_back(chosenIndicators[size_t(i)].field, Column::Type::Real);
    for (int i = 0; i < n; ++i)
        columns.emplace_back(QString::fromLatin1(scoreFields[i]), Column::Type::Real);
    columns.emplace_back(QStringLiteral("risk_index"), Column::Type::Real);
    VectorLayerBuilder builder(columns);
    const int nameColumn = s.fieldIndex(QStringLiteral("short_name"));
    for (size_t k = 0; k < s.features.size(); ++k) {
        const Feature &f = s.features[k];
        builder.beginFeature(f.fid);
        for (uint32_t p = 0; p < f.partCount; ++p)
            builder.addPart(f.kind, s.part(f, p));
        builder.setLabelPoint(s.labelPoint(f));
        builder.setValue(0, s.value(f, stateCode));
        builder.setValue(1, s.value(f, nameColumn));
        double index = 0;
        bool complete = weightSum > 0;
        for (int i = 0; i < n; ++i) {
            builder.setNumber(2 + i, raw[size_t(i)][k]);
            builder.setNumber(2 + n + i, scores[size_t(i)][k]);
            const double w = std::max(settings.weights[size_t(i)], 0.0);
            if (w > 0) {
                complete = complete && !std::isnan(scores[size_t(i)][k]);
                index += w * scores[size_t(i)][k];
            }
        }
        builder.setNumber(2 + 2 * n, complete ? index / weightSum : std::nan(""));
        builder.endFeature();
    }
    std::shared_ptr<VectorLayer> data = builder.finish();
    data->name = QStringLiteral("risk");

    QString field, title, note;
    QStringList sources;
    const QString method = settings.normalisation == RiskSettings::Normalisation::MinMax
                               ? slideText("RiskIndex", "min-max normalised to 0–100")
                               : slideText("RiskIndex", "rank normalised to 0–100");
    const auto describe = [&](int i) {
        const RiskIndicator &r = chosenIndicators[size_t(i)];
        return slideText("RiskIndex", "%1: %2 (%3)").arg(riskThemeName(i), r.title, r.source);
    };
    const auto brief = [&](int i) {
        return slideText("RiskIndex", "%1: %2").arg(riskThemeName(i), slideText("RiskIndex", chosen(i, settings.indicators[size_t(i)]).brief));
    };
    if (settings.show == RiskSettings::Show::Index) {
        field = QStringLiteral("risk_index");
        title = slideText("RiskIndex", "Composite risk index (0–100, higher = riskier)");
        QStringList parts, used;
        for (int i = 0; i < n; ++i) {
            const double w = std::max(settings.weights[size_t(i)], 0.0);
            parts.append(slideText("RiskIndex", "%1 %2 %").arg(riskThemeName(i)).arg(weightSum > 0 ? std::round(100 * w / weightSum) : 0));
            if (w > 0) {
                used.append(describe(i));
                sources.append(brief(i));
            }
        }
        note = slideText("RiskIndex", "Weights: %1; each indicator %2. A state missing a weighted indicator has no index.")
                   .arg(parts.join(QStringLiteral(", ")), method);
        if (!used.isEmpty())
            note += QLatin1Char(' ') + slideText("RiskIndex", "Indicators: %1.").arg(used.join(QStringLiteral("; ")));
        if (settings.weights[2] <= 0)
            note += QLatin1Char(' ') + riskThemeCaveat(2);
    } else {
        const int i = int(settings.show) - 1;
        field = chosenIndicators[size_t(i)].field;
        title = chosenIndicators[size_t(i)].title;
        note = slideText("RiskIndex", "Raw values; states without a sourced value show as no data. Source: %1.")
                   .arg(chosenIndicators[size_t(i)].source);
        if (!riskThemeCaveat(i).isEmpty())
            note += QLatin1Char(' ') + riskThemeCaveat(i);
        sources.append(brief(i));
    }
    layer.data = data;
    layer.title = title;
    layer.style = graduated(*data, field, settings.show == RiskSettings::Show::Index ? std::vector<double>{0, 20, 40, 60, 80, 100}
                                                                                     : std::vector<double>{});
    layer.style.fieldLabel = settings.show == RiskSettings::Show::Index ? slideText("RiskIndex", "index") : slideText("RiskIndex", "value");
    layer.style.legendNote = note;
    layer.style.stroke = QColor(0x5a, 0x5a, 0x5a);
    layer.style.strokeWidthPx = 0.9;
    layer.style.noDataColour = QColor(0xcc, 0xcc, 0xcc);
    layer.style.labelField.clear(); // the states layer below labels the same polygons
    layer.attribution = slideText("RiskIndex", "Risk indicators: %1")
                            .arg(sources.isEmpty() ? slideText("RiskIndex", "none weighted") : sources.join(QStringLiteral("; ")));
    return layer;
}

void placeRiskLayer(std::vector<MapLayer> &layers, MapLayer overlay)
{
    const auto existing = std::find_if(layers.begin(), layers.end(),
                                       [](const MapLayer &l) { return l.role == LayerRole::RiskOverlay; });
    if (existing != layers.end()) {
        overlay.visible = existing->visible;
        overlay.style.opacity = existing->style.opacity;
        *existing = std::move(overlay);
        return;
    }
    const auto states = std::find_if(layers.begin(), layers.end(),
                                     [](const MapLayer &l) { return l.role == LayerRole::States; });
    layers.insert(states == layers.end() ? layers.end() : states + 1, std::move(overlay));
}

QJsonObject riskSettingsToJson(const RiskSettings &settings)
{
    static const char *shows[] = {"index", "crime", "water", "electricity", "skills"};
    QJsonObject weights, indicators;
    for (int i = 0; i < RiskSettings::themeCount; ++i) {
        weights.insert(QLatin1String(themeKeys[i]), settings.weights[size_t(i)]);
        indicators.insert(QLatin1String(themeKeys[i]), QLatin1String(chosen(i, settings.indicators[size_t(i)]).field));
    }
    return {{QStringLiteral("show"), QLatin1String(shows[int(settings.show)])},
            {QStringLiteral("normalisation"),
             settings.normalisation == RiskSettings::Normalisation::MinMax ? QStringLiteral("minmax") : QStringLiteral("rank")},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("indicators"), indicators}};
}

bool riskSettingsFromJson(const QJsonObject &json, RiskSettings *settings, QString *error)
{
    RiskSettings s;
    const QStringList shows{QStringLiteral("index"), QStringLiteral("crime"), QStringLiteral("water"),
                            QStringLiteral("electricity"), QStringLiteral("skills")};
    const qsizetype show = shows.indexOf(json.value(QLatin1String("show")).toString(QStringLiteral("index")));
    if (show < 0) {
        *error = slideText("RiskIndex", "risk overlay: “show” must be index, crime, water, electricity or skills");
        return false;
    }
    s.show = RiskSettings::Show(show);
    const QString normalisation = json.value(QLatin1String("normalisation")).toString(QStringLiteral("minmax"));
    if (normalisation != QLatin1String("minmax") && normalisation != QLatin1String("rank")) {
        *error = slideText("RiskIndex", "risk overlay: “normalisation” must be minmax or rank");
        return false;
    }
    s.normalisation = normalisation == QLatin1String("rank") ? RiskSettings::Normalisation::Rank
                                                            : RiskSettings::Normalisation::MinMax;
    if (json.contains(QLatin1String("weights"))) {
        const QJsonObject weights = json.value(QLatin1String("weights")).toObject();
        // A project saved before skilled labour was a theme has three weights: its index keeps its mix (skills 0).
        if (!weights.contains(QLatin1String("skills")))
            s.weights[3] = 0;
        for (int i = 0; i < RiskSettings::themeCount; ++i) {
            const QJsonValue w = weights.value(QLatin1String(themeKeys[i]));
            if (w.isUndefined())
                continue;
            if (!w.isDouble() || w.toDouble() < 0 || w.toDouble() > 100) {
                *error = slideText("RiskIndex", "risk overlay: the weight of %1 must be a number from 0 to 100").arg(QLatin1String(themeKeys[i]));
                return false;
            }
            s.weights[size_t(i)] = w.toDouble();
        }
    }
    const QJsonObject indicators = json.value(QLatin1String("indicators")).toObject();
    for (int i = 0; i < RiskSettings::themeCount; ++i) {
        const QJsonValue v = indicators.value(QLatin1String(themeKeys[i]));
        if (v.isUndefined())
            continue; // the theme's default
        QStringList known;
        for (const Choice &c : choices(i))
            known.append(QLatin1String(c.field));
        if (!known.contains(v.toString())) {
            *error = slideText("RiskIndex", "risk overlay: the indicator of %1 must be one of %2")
                         .arg(QLatin1String(themeKeys[i]), known.join(QStringLiteral(", ")));
            return false;
        }
        s.indicators[size_t(i)] = v.toString() == known.front() ? QString() : v.toString();
    }
    *settings = s;
    return true;
}

} // namespace atlas
