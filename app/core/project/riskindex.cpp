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

// The columns that stand for each risk (geodata/README.md). Electricity has no state-level reliability series in the
// sourced data; the share of CFE users cut off in the 16 February 2021 blackout is the one measured figure, an
// event rather than a rate, and its title says so.
constexpr const char *fields[3] = {"homicide_rate_2024_prelim", "wri_aqueduct30_bws_score_2019",
                                   "outage_2021_02_16_pct_cfe_users_without_power"};
constexpr const char *scoreFields[3] = {"crime_score", "water_score", "electricity_score"};

QString indicatorTitle(int i)
{
    switch (i) {
    case 0: return slideText("RiskIndex", "Homicides per 100,000 inhabitants, 2024 (preliminary)");
    case 1: return slideText("RiskIndex", "Baseline water stress, WRI Aqueduct 3.0 score 0–5 (2019)");
    default: return slideText("RiskIndex", "CFE users without power in the 16 Feb 2021 blackout (%)");
    }
}

QString dimensionName(int i)
{
    switch (i) {
    case 0: return slideText("RiskIndex", "crime");
    case 1: return slideText("RiskIndex", "water");
    default: return slideText("RiskIndex", "electricity");
    }
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

std::array<RiskIndicator, 3> riskIndicators(const VectorLayer &indicators)
{
    std::array<RiskIndicator, 3> result;
    for (int i = 0; i < 3; ++i) {
        result[size_t(i)].field = QString::fromLatin1(fields[i]);
        result[size_t(i)].title = indicatorTitle(i);
        const std::vector<double> values = numericValues(indicators, result[size_t(i)].field);
        result[size_t(i)].statesWithData = int(std::count_if(values.begin(), values.end(), [](double v) { return !std::isnan(v); }));
    }
    return result;
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

    std::array<std::vector<double>, 3> raw, scores;
    for (int i = 0; i < 3; ++i) {
        raw[size_t(i)] = column(indicators, QString::fromLatin1(fields[i]), rows);
        scores[size_t(i)] = normalisedScores(raw[size_t(i)], settings.normalisation);
    }
    const double weightSum = std::accumulate(settings.weights.begin(), settings.weights.end(), 0.0,
                                             [](double a, double w) { return a + std::max(w, 0.0); });

    std::vector<std::pair<QString, Column::Type>> columns{{QStringLiteral("cve_ent"), Column::Type::Text},
                                                          {QStringLiteral("name"), Column::Type::Text}};
    for (int i = 0; i < 3; ++i)
        columns.emplace_back(QString::fromLatin1(fields[i]), Column::Type::Real);
    for (int i = 0; i < 3; ++i)
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
        for (int i = 0; i < 3; ++i) {
            builder.setNumber(2 + i, raw[size_t(i)][k]);
            builder.setNumber(5 + i, scores[size_t(i)][k]);
            const double w = std::max(settings.weights[size_t(i)], 0.0);
            if (w > 0) {
                complete = complete && !std::isnan(scores[size_t(i)][k]);
                index += w * scores[size_t(i)][k];
            }
        }
        builder.setNumber(8, complete ? index / weightSum : std::nan(""));
        builder.endFeature();
    }
    std::shared_ptr<VectorLayer> data = builder.finish();
    data->name = QStringLiteral("risk");

    QString field, title, note;
    const QString method = settings.normalisation == RiskSettings::Normalisation::MinMax
                               ? slideText("RiskIndex", "min-max normalised to 0–100")
                               : slideText("RiskIndex", "rank normalised to 0–100");
    if (settings.show == RiskSettings::Show::Index) {
        field = QStringLiteral("risk_index");
        title = slideText("RiskIndex", "Composite risk index (0–100, higher = riskier)");
        QStringList parts;
        for (int i = 0; i < 3; ++i)
            parts.append(slideText("RiskIndex", "%1 %2 %").arg(dimensionName(i)).arg(weightSum > 0 ? std::round(100 * std::max(settings.weights[size_t(i)], 0.0) / weightSum) : 0));
        note = slideText("RiskIndex", "Weights: %1; each indicator %2. A state missing a weighted indicator has no index.")
                   .arg(parts.join(QStringLiteral(", ")), method);
    } else {
        const int i = int(settings.show) - 1;
        field = QString::fromLatin1(fields[i]);
        title = indicatorTitle(i);
        note = slideText("RiskIndex", "Raw values; states without a sourced value show as no data.");
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
    layer.attribution = slideText("RiskIndex", "Risk indicators: geodata/state_indicators.csv (homicides INEGI 2024 preliminary via press "
                           "reports; WRI Aqueduct 3.0, 2019; CFE blackout reports, 2021), each value with its source");
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
    static const char *shows[] = {"index", "crime", "water", "electricity"};
    return {{QStringLiteral("show"), QLatin1String(shows[int(settings.show)])},
            {QStringLiteral("normalisation"),
             settings.normalisation == RiskSettings::Normalisation::MinMax ? QStringLiteral("minmax") : QStringLiteral("rank")},
            {QStringLiteral("weights"), QJsonObject{{QStringLiteral("crime"), settings.weights[0]},
                                                    {QStringLiteral("water"), settings.weights[1]},
                                                    {QStringLiteral("electricity"), settings.weights[2]}}}};
}

bool riskSettingsFromJson(const QJsonObject &json, RiskSettings *settings, QString *error)
{
    RiskSettings s;
    const QStringList shows{QStringLiteral("index"), QStringLiteral("crime"), QStringLiteral("water"), QStringLiteral("electricity")};
    const qsizetype show = shows.indexOf(json.value(QLatin1String("show")).toString(QStringLiteral("index")));
    if (show < 0) {
        *error = slideText("RiskIndex", "risk overlay: “show” must be index, crime, water or electricity");
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
    const QJsonObject weights = json.value(QLatin1String("weights")).toObject();
    const char *names[] = {"crime", "water", "electricity"};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue w = weights.value(QLatin1String(names[i]));
        if (w.isUndefined())
            continue;
        if (!w.isDouble() || w.toDouble() < 0 || w.toDouble() > 100) {
            *error = slideText("RiskIndex", "risk overlay: the weight of %1 must be a number from 0 to 100").arg(QLatin1String(names[i]));
            return false;
        }
        s.weights[size_t(i)] = w.toDouble();
    }
    *settings = s;
    return true;
}

} // namespace atlas
