// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdetails.h"

#include <QCoreApplication>

#include "geodistance.h"
#include "nearest.h"
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
    };
    for (const auto &[name, label] : labels) {
        if (field == QLatin1String(name))
            return slideText("Indicators", label); // the slide's language on a slide, the window's elsewhere
    }
    return field;
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
