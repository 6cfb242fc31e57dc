// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdetailstext.h"

#include "hubdetails.h"
#include "hubslide.h"

#include <QLocale>

#include <cmath>

namespace atlas {

namespace {
// Whole numbers without decimals, others with two, in the UI locale's digits and separators.
QString formatNumber(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString formatUsd(const QVariant &value, const QLocale &locale)
{
    return value.isNull() ? HubDetailsText::tr("no data") : atlas::formatUsd(value.toDouble(), locale); // as slides read
}
} // namespace

HubDetailsText HubDetailsText::from(const HubDetails &d, const QLocale &locale)
{
    HubDetailsText text;
    text.name = d.name;
    text.hub = d.hubGroup;
    text.state = d.state;
    text.port = d.access.portName;
    text.portKm = d.access.portName.isEmpty() ? QString() : locale.toString(d.access.distanceKm, 'f', 0);
    for (const HubFacility &f : d.facilities) {
        text.facilities.append({
            .id = f.id,
            .company = f.company,
            .site = f.site,
            .status = f.status.isEmpty() ? tr("status not sourced") : f.status,
            .product = f.productFocus,
            .investment = formatUsd(f.investmentUsd, locale),
            .investmentYear = f.investmentYear.isNull() ? QString() : f.investmentYear.toString(),
            .nature = f.announcedOrBuilt,
            .source = f.sourceUrl,
            .distance = f.distanceKm < 0 ? tr("site not located; state-level record")
                                         : tr("%1 km away, %2").arg(locale.toString(f.distanceKm, 'f', 0),
                                                                    locationPrecisionText(f.locationPrecision)),
        });
    }
    for (const StateIndicator &i : d.indicators) {
        text.indicators.append({
            .field = i.field,
            .label = i.label,
            .value = i.value.isNull() ? tr("no data") : formatNumber(i.value.toDouble(), locale),
            .year = i.value.isNull() ? QString() : i.year, // no value: no year to show
            .source = i.source,
        });
    }
    return text;
}

} // namespace atlas
