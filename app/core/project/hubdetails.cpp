// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdetails.h"

#include <QCoreApplication>

#include "geodistance.h"
#include "nearest.h"
#include "riskindex.h"
#include "slidelanguage.h"

#include <algorithm>

namespace atlas {

namespace {
QString text(const VectorLayer &layer, const Feature &feature, const char *field)
{
    return layer.attribute(feature, QString::fromLatin1(field)).toString();
}
} // namespace

QString indicatorLabel(const QString &field)
{
    // The columns of geodata/state_indicators.csv that carry a value with its year and source (geodata/README.md).
    static const std::pair<const char *, const char *> labels[] = {
        {"population_2020", QT_TRANSLATE_NOOP("Indicators", "Population (census)")},
        {"homicide_rate_2024_prelim", QT_TRANSLATE_NOOP("Indicators", "Homicides per 100,000 inhabitants (preliminary)")},
        {"homicide_rate_2023_ref", QT_TRANSLATE_NOOP("Indicators", "Homicides per 100,000 inhabitants")},
        {"envipe_2025_insecure_state_pct", QT_TRANSLATE_NOOP("Indicators", "Adults who feel unsafe in their state (%, ENVIPE)")},
        {"envipe_2025_women_insecure_state_pct", QT_TRANSLATE_NOOP("Indicators", "Women who feel unsafe in their state (%, ENVIPE)")},
        {"wri_aqueduct30_bws_score_2019", QT_TRANSLATE_NOOP("Indicators", "Baseline water stress (WRI Aqueduct 3.0, score 0–5)")},
        {"wri_aqueduct40_bws_score_2023", QT_TRANSLATE_NOOP("Indicators", "Baseline water stress (WRI Aqueduct 4.0, score 0–5)")},
        {"electricity_saidi_minutes", QT_TRANSLATE_NOOP("Indicators", "Power outage minutes per user per year (SAIDI)")},
        {"outage_2021_02_16_pct_cfe_users_without_power", QT_TRANSLATE_NOOP("Indicators", "CFE users without power, 16 Feb 2021 blackout (%)")},
        {"homicide_victims_2024", QT_TRANSLATE_NOOP("Indicators", "Homicide victims (SESNSP, count)")},
        {"homicide_victims_rate_2024", QT_TRANSLATE_NOOP("Indicators", "Homicide victims per 100,000 inhabitants (SESNSP; CONAPO population)")},
        {"cargo_theft_2023", QT_TRANSLATE_NOOP("Indicators", "Cargo theft (SESNSP, crimes recorded)")},
        {"cargo_theft_violent_2023", QT_TRANSLATE_NOOP("Indicators", "Cargo theft with violence (SESNSP, crimes recorded)")},
        {"cargo_theft_nonviolent_2023", QT_TRANSLATE_NOOP("Indicators", "Cargo theft without violence (SESNSP, crimes recorded)")},
        {"cargo_theft_rate_2023", QT_TRANSLATE_NOOP("Indicators", "Cargo theft per 100,000 inhabitants (SESNSP; CONAPO population)")},
        {"population_conapo_2023", QT_TRANSLATE_NOOP("Indicators", "Population, mid-2023 (CONAPO projection)")},
        {"population_conapo_2024", QT_TRANSLATE_NOOP("Indicators", "Population, mid-2024 (CONAPO projection)")},
        {"drought_pct_d1_d4_2024_05_15", QT_TRANSLATE_NOOP("Indicators", "Municipalities in drought D1–D4, 15 May 2024 (%, SMN)")},
        {"drought_pct_d3_d4_2024_05_15", QT_TRANSLATE_NOOP("Indicators", "Municipalities in extreme drought D3–D4, 15 May 2024 (%, SMN)")},
        {"drought_pct_d1_d4_mean_2023", QT_TRANSLATE_NOOP("Indicators", "Municipalities in drought D1–D4, 2023 mean (%, SMN)")},
        {"aquifers_2023", QT_TRANSLATE_NOOP("Indicators", "Aquifers (CONAGUA, keyed to the state)")},
        {"aquifers_deficit_2023", QT_TRANSLATE_NOOP("Indicators", "Aquifers without groundwater availability (CONAGUA)")},
        {"aquifers_deficit_pct_2023", QT_TRANSLATE_NOOP("Indicators", "Aquifers without groundwater availability (% of the state's aquifers, CONAGUA)")},
        {"schooling_years_2020", QT_TRANSLATE_NOOP("Indicators", "Average years of schooling, population 15+ (census)")},
        {"anuies_grads_eng_mfg_2022", QT_TRANSLATE_NOOP("Indicators", "Graduates in engineering, manufacturing and construction (ANUIES, all levels)")},
        {"anuies_grads_eng_mfg_tsu_lic_2022", QT_TRANSLATE_NOOP("Indicators", "Graduates in engineering, manufacturing and construction (ANUIES, TSU and bachelor's)")},
        {"anuies_grads_ict_2022", QT_TRANSLATE_NOOP("Indicators", "Graduates in information and communication technologies (ANUIES)")},
        {"anuies_grads_eng_mfg_share_2022", QT_TRANSLATE_NOOP("Indicators", "Share of graduates in engineering, manufacturing and construction (%, ANUIES)")},
        {"imco_higher_education_pct_2022", QT_TRANSLATE_NOOP("Indicators", "Population with higher education (%, IMCO ICE 2022)")},
        {"imco_job_training_pct_2022", QT_TRANSLATE_NOOP("Indicators", "Job training (%, IMCO ICE 2022)")},
        {"imco_schooling_years_2022", QT_TRANSLATE_NOOP("Indicators", "Years of schooling (IMCO ICE 2022)")},
    };
    for (const auto &[name, label] : labels) {
        if (field == QLatin1String(name))
            return slideText("Indicators", label); // the slide's language on a slide, the window's elsewhere
    }
    return field;
}

QString locationPrecisionText(const QString &locationPrecision)
{
    if (locationPrecision == QLatin1String("plant"))
        return slideText("Indicators", "at the plant");
    if (locationPrecision == QLatin1String("industrial_park"))
        return slideText("Indicators", "at its industrial park");
    if (locationPrecision == QLatin1String("municipality"))
        return slideText("Indicators", "at the town's point (plant location not published)");
    if (locationPrecision == QLatin1String("state"))
        return slideText("Indicators", "known by its state only");
    return slideText("Indicators", "location precision not recorded");
}

HubDetails hubDetails(const DefaultMap &map, int hubIndex)
{
    HubDetails details;
    const MapLayer *hubs = map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
    if (!hubs || hubIndex < 0 || hubIndex >= int(hubs->data->features.size()))
        return details;
    const VectorLayer &h = *hubs->data;
    const Feature &hub = h.features[size_t(hubIndex)];
    details.id = text(h, hub, "id");
    details.name = text(h, hub, "name");
    details.hubGroup = text(h, hub, "hub");
    details.municipality = text(h, hub, "municipality");
    details.state = text(h, hub, "state");
    details.stateCode = text(h, hub, "cve_ent");
    const std::vector<QPointF> where = h.points(hub);
    const QPointF hubLonLat = where.empty() ? QPointF() : webmercator::toLonLat(where.front());

    if (const MapLayer *sites = map.layer(QLatin1StringView(DefaultMap::facilitiesLayerId))) {
        const VectorLayer &f = *sites->data;
        for (const Feature &site : f.features) {
            double km = -1;
            if (site.kind == GeometryKind::Point && !where.empty()) {
                const QPointF p = webmercator::toLonLat(f.points(site).front());
                km = geodesic::distanceMeters(hubLonLat.x(), hubLonLat.y(), p.x(), p.y()) / 1000.0;
                if (km > hubRadiusKm)
                    continue;
            } else if (text(f, site, "cve_ent") != details.stateCode) {
                continue; // an unlocated record counts for its own state's hubs only
            }
            details.facilities.push_back({text(f, site, "id"), text(f, site, "company"), text(f, site, "site_name"),
                                          text(f, site, "status"), text(f, site, "product_focus"),
                                          text(f, site, "announced_or_built"), text(f, site, "source_url"),
                                          text(f, site, "location_precision"),
                                          f.attribute(site, QStringLiteral("investment_usd")),
                                          f.attribute(site, QStringLiteral("investment_year")), km});
        }
        std::stable_sort(details.facilities.begin(), details.facilities.end(), [](const auto &a, const auto &b) {
            return (a.distanceKm < 0 ? 1e9 : a.distanceKm) < (b.distanceKm < 0 ? 1e9 : b.distanceKm);
        });
    }

    if (map.stateIndicators) {
        const VectorLayer &t = *map.stateIndicators;
        for (const Feature &row : t.features) {
            if (text(t, row, "cve_ent") != details.stateCode)
                continue;
            // Every value column is followed by <column>_year and <column>_source (geodata/README.md).
            for (const QString &field : t.fieldNames) {
                const QString year = field + QStringLiteral("_year"), source = field + QStringLiteral("_source");
                if (t.fieldIndex(year) < 0 || t.fieldIndex(source) < 0)
                    continue;
                const QVariant value = t.attribute(row, field);
                details.indicators.push_back({field, indicatorLabel(field), value.toString().isEmpty() ? QVariant() : value,
                                              t.attribute(row, year).toString(), t.attribute(row, source).toString()});
            }
            // The population, then the risk overlay's default indicator of crime, water and skilled labour lead (a slide's
            // fact box may sum up its last rows as "and N more"); the others follow in the table's order.
            const QStringList leading{QStringLiteral("population_2020"), riskIndicatorChoices(t, 0).front().field,
                                      riskIndicatorChoices(t, 1).front().field, riskIndicatorChoices(t, 3).front().field};
            const auto rank = [&](const StateIndicator &i) {
                const qsizetype at = leading.indexOf(i.field);
                return at < 0 ? leading.size() : at;
            };
            std::stable_sort(details.indicators.begin(), details.indicators.end(),
                             [&](const StateIndicator &a, const StateIndicator &b) { return rank(a) < rank(b); });
        }
    }

    if (const MapLayer *ports = map.layer(QLatin1StringView(DefaultMap::portsLayerId)); ports && !where.empty()) {
        if (const auto nearest = nearestPoint(*ports->data, hubLonLat.x(), hubLonLat.y())) {
            const Feature &port = ports->data->features[size_t(nearest->index)];
            details.access = {details.id, details.name, ports->data->attribute(port, QStringLiteral("id")).toString(),
                              ports->data->attribute(port, QStringLiteral("name")).toString(), nearest->meters / 1000.0};
        }
    }
    return details;
}

} // namespace atlas
