// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "defaultmap.h"
#include "hubaccess.h"

#include <QVariant>

#include <vector>

namespace atlas {

/** A factory site near a hub, as a planner reads it: what, who, how much and what kind of figure, and its source. */
struct HubFacility {
    QString id, company, site, status, productFocus, announcedOrBuilt, sourceUrl;
    /** Where the point stands: "plant", "industrial_park", "municipality" (the town's point) or "state"; empty when
        the data does not say (geodata/README.md, Facilities). */
    QString locationPrecision;
    QVariant investmentUsd;  ///< null when no amount is sourced: shown as "no data", never summed as zero
    QVariant investmentYear;
    double distanceKm = -1;  ///< from the hub point; -1 for a site without coordinates (state-level record)
};

/** One sourced indicator of the hub's state: value (null = no data), the year it refers to and its source. */
struct StateIndicator {
    QString field;
    QString label; ///< what it measures, with its unit, in the UI language (the field name when unknown)
    QVariant value;
    QString year;
    QString source;
};

/** True for a site drawn at its town's point or known only by its state: coarser than its plant or park. */
[[nodiscard]] inline bool isCoarseLocation(const QString &locationPrecision)
{
    return locationPrecision == QLatin1String("municipality") || locationPrecision == QLatin1String("state");
}

/** What a site's location precision means, for a planner ("town point, plant location not published"). */
[[nodiscard]] QString locationPrecisionText(const QString &locationPrecision);

/** A planner's name for a state_indicators column ("Homicides per 100,000 inhabitants"), or the name itself. */
[[nodiscard]] QString indicatorLabel(const QString &field);

struct HubDetails {
    QString id, name, hubGroup, municipality, state, stateCode;
    std::vector<HubFacility> facilities;
    std::vector<StateIndicator> indicators;
    HubAccess access;
};

/** Within this distance of a hub point a located factory site counts as the hub's. */
inline constexpr double hubRadiusKm = 30;

/**
 * Everything the hub details panel shows for hub feature `hubIndex` of the default map: the located factory sites
 * within hubRadiusKm (nearest first) plus the state's sites that have no coordinates, the state's indicators with
 * year and source, and the nearest US port of entry.
 */
[[nodiscard]] HubDetails hubDetails(const DefaultMap &map, int hubIndex);

} // namespace atlas
