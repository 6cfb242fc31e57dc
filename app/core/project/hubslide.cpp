// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubslide.h"

#include "geodistance.h"
#include "hubdetails.h"
#include "riskindex.h"
#include "slidelanguage.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

QString text(const VectorLayer &layer, const Feature &feature, const char *field)
{
    return layer.attribute(feature, QString::fromLatin1(field)).toString();
}

QPointF lonLatOf(const VectorLayer &layer, const Feature &feature)
{
    const std::vector<QPointF> points = layer.points(feature);
    return points.empty() ? QPointF(qQNaN(), qQNaN()) : webmercator::toLonLat(points.front());
}

double kmBetween(QPointF a, QPointF b)
{
    return geodesic::distanceMeters(a.x(), a.y(), b.x(), b.y()) / 1000.0;
}

// Grows `box` to hold `lonLat` (an empty box becomes the point).
void include(LonLatBox &box, QPointF lonLat, bool &empty)
{
    if (!std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()))
        return;
    if (empty) {
        box = {lonLat.x(), lonLat.y(), lonLat.x(), lonLat.y()};
        empty = false;
        return;
    }
    box = {std::min(box.west, lonLat.x()), std::min(box.south, lonLat.y()), std::max(box.east, lonLat.x()),
           std::max(box.north, lonLat.y())};
}

// A site's figure as the fact box names it: what kind of money it is (when the data says) and its year.
QString figureNote(const VectorLayer &sites, const Feature &site, const QVariant &year)
{
    static const std::pair<const char *, const char *> kinds[] = {
        {"land_purchase", QT_TRANSLATE_NOOP("HubSlide", "land purchase")},
        {"equity", QT_TRANSLATE_NOOP("HubSlide", "equity stake")},
        {"capital_injection", QT_TRANSLATE_NOOP("HubSlide", "capital injection")},
        {"capex_committed", QT_TRANSLATE_NOOP("HubSlide", "investment made or contracted")},
        {"pledge", QT_TRANSLATE_NOOP("HubSlide", "pledge")},
        {"announcement", QT_TRANSLATE_NOOP("HubSlide", "announced")},
    };
    QStringList parts;
    const QString kind = text(sites, site, "investment_kind");
    for (const auto &[id, label] : kinds) {
        if (kind == QLatin1String(id))
            parts.append(slideText("HubSlide", label));
    }
    if (!year.isNull() && !year.toString().isEmpty())
        parts.append(year.toString());
    const QString status = text(sites, site, "status");
    if (status == QLatin1String("operating"))
        parts.append(slideText("HubSlide", "operating"));
    else if (status == QLatin1String("building"))
        parts.append(slideText("HubSlide", "under construction"));
    else if (status == QLatin1String("announced") && kind != QLatin1String("announcement") && kind != QLatin1String("pledge"))
        parts.append(slideText("HubSlide", "plant announced")); // unless the figure's kind already says so
    return parts.join(QStringLiteral(", "));
}

// Announcements and pledges are hollow on the map (money not yet committed); everything else with a figure is filled.
bool isHollow(const VectorLayer &sites, const Feature &site)
{
    const QString kind = text(sites, site, "investment_kind");
    return kind == QLatin1String("pledge") || kind == QLatin1String("announcement");
}

QString companyName(const VectorLayer &sites, const Feature &site)
{
    const QString group = text(sites, site, "company_group");
    return group.isEmpty() ? text(sites, site, "company") : group;
}

// A source as a short name for a footnote: a web address by its host ("inegi.org.mx"), anything else as written.
QString shortSource(const QString &source)
{
    const QUrl url(source.trimmed());
    if (url.isValid() && !url.host().isEmpty()) {
        QString host = url.host();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        return host;
    }
    const qsizetype cut = source.indexOf(QLatin1Char(','));
    return (cut > 0 ? source.left(cut) : source).trimmed();
}

QString formatNumber(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : (std::abs(value) >= 10 ? 1 : 2));
}

FactBox::Section sitesSection(const DefaultMap &map, const HubDetails &details, const ExportRequest &base)
{
    FactBox::Section section;
    section.heading = slideText("HubSlide", "Factory sites within %1 km").arg(base.locale.toString(hubRadiusKm, 'f', 0));
    const MapLayer *layer = map.layer(QLatin1StringView(DefaultMap::facilitiesLayerId));
    if (!layer || !layer->data)
        return section;
    const VectorLayer &sites = *layer->data;
    // The site's colour as the map draws it: the layer's own style in the export, the shipped one otherwise.
    const MapLayer *drawn = nullptr;
    for (const MapLayer &l : base.map.layers) {
        if (l.id == layer->id)
            drawn = &l;
    }
    const SymbolEvaluator colours(drawn ? drawn->style : layer->style, sites);
    int unlocated = 0, atTownPoint = 0;
    struct Entry {
        QString company;
        double usd;
        FactBox::Row row;
    };
    std::vector<Entry> entries;
    for (const HubFacility &facility : details.facilities) {
        if (facility.distanceKm < 0) {
            ++unlocated;
            continue;
        }
        const auto found = std::find_if(sites.features.begin(), sites.features.end(),
                                        [&](const Feature &f) { return text(sites, f, "id") == facility.id; });
        if (found == sites.features.end())
            continue;
        const Feature &site = *found;
        FactBox::Row row;
        row.label = companyName(sites, site);
        const bool hasFigure = !facility.investmentUsd.isNull();
        row.value = hasFigure ? formatUsd(facility.investmentUsd.toDouble(), base.locale) : slideText("HubSlide", "no data");
        row.noData = !hasFigure;
        row.note = figureNote(sites, site, hasFigure ? facility.investmentYear : QVariant());
        // A point at the town's centre must not read as the plant's address.
        if (isCoarseLocation(facility.locationPrecision)) {
            row.note = row.note.isEmpty() ? slideText("HubSlide", "at the town's point")
                                          : slideText("HubSlide", "%1; at the town's point").arg(row.note);
            ++atTownPoint;
        }
        row.swatch = colours.fill(site);
        row.hollowSwatch = hasFigure && isHollow(sites, site);
        entries.push_back({row.label, hasFigure ? facility.investmentUsd.toDouble() : -1, row});
    }
    // The same order as the sites around their point on the map: company, then the larger figure first.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int byName = QString::localeAwareCompare(a.company, b.company);
        return byName != 0 ? byName < 0 : a.usd > b.usd;
    });
    for (Entry &e : entries)
        section.rows.push_back(std::move(e.row));
    if (section.rows.empty())
        section.footnote = slideText("HubSlide", "No located factory site in the data.");
    const auto addNote = [&](const QString &note) {
        section.footnote = section.footnote.isEmpty() ? note : section.footnote + QLatin1Char(' ') + note;
    };
    if (atTownPoint > 0)
        addNote(slideText("HubSlide", "“At the town's point”: the plant's location is not published; the site is drawn "
                                      "at its town's reference point."));
    if (unlocated > 0)
        addNote(slideText("HubSlide", "Records in %1 without a location, not on the map: %2.").arg(details.state).arg(unlocated));
    return section;
}

// The state's risk figures as the overlay reads them: the population, the indicator each theme uses (the planner's
// choice, else the theme's default), and cargo theft beside crime. The hub details panel lists every indicator.
FactBox::Section indicatorsSection(const DefaultMap &map, const HubDetails &details, const RiskSettings &risk,
                                   const ExportRequest &base)
{
    FactBox::Section section;
    section.heading = slideText("HubSlide", "%1: state risks").arg(details.state);
    if (!map.stateIndicators)
        return section;
    const auto chosen = riskIndicators(*map.stateIndicators, risk);
    QStringList fields{QStringLiteral("population_conapo_2024")};
    for (int theme = 0; theme < RiskSettings::themeCount; ++theme) {
        fields.append(chosen[size_t(theme)].field);
        if (theme == 0)
            fields.append(QStringLiteral("cargo_theft_rate_2023"));
    }
    fields.removeDuplicates();
    QStringList sources;
    for (const QString &field : fields) {
        const auto found = std::find_if(details.indicators.begin(), details.indicators.end(),
                                        [&](const StateIndicator &i) { return i.field == field; });
        if (found == details.indicators.end())
            continue; // a column the table lacks (an older or edited file)
        const StateIndicator &indicator = *found;
        FactBox::Row row;
        row.label = indicatorLabel(indicator.field);
        row.noData = indicator.value.isNull();
        row.value = row.noData ? slideText("HubSlide", "no data") : formatNumber(indicator.value.toDouble(), base.locale);
        row.note = row.noData ? QString() : indicator.year;
        section.rows.push_back(row);
        if (!row.noData && !indicator.source.isEmpty() && !sources.contains(shortSource(indicator.source)))
            sources.append(shortSource(indicator.source));
    }
    QStringList notes; // why a theme cannot answer for every state (electricity), then the sources
    for (int theme = 0; theme < RiskSettings::themeCount; ++theme) {
        if (const QString caveat = riskThemeCaveat(theme); !caveat.isEmpty())
            notes.append(caveat);
    }
    if (!sources.isEmpty())
        notes.append(slideText("HubSlide", "Sources: %1.").arg(sources.join(QStringLiteral("; "))));
    section.footnote = notes.join(QLatin1Char(' '));
    return section;
}

struct PortDistance {
    QString name, usState;
    QPointF lonLat;
    double km;
};

std::vector<PortDistance> nearestPortsOf(const DefaultMap &map, QPointF hub, size_t count)
{
    std::vector<PortDistance> ports;
    const MapLayer *layer = map.layer(QLatin1StringView(DefaultMap::portsLayerId));
    if (!layer || !layer->data || !std::isfinite(hub.x()))
        return ports;
    const VectorLayer &p = *layer->data;
    for (const Feature &port : p.features) {
        const QPointF where = lonLatOf(p, port);
        if (std::isfinite(where.x()))
            ports.push_back({text(p, port, "name"), text(p, port, "us_state"), where, kmBetween(hub, where)});
    }
    std::sort(ports.begin(), ports.end(), [](const PortDistance &a, const PortDistance &b) { return a.km < b.km; });
    ports.resize(std::min(ports.size(), count));
    return ports;
}

FactBox::Section portsSection(const std::vector<PortDistance> &ports, const ExportRequest &base)
{
    FactBox::Section section;
    section.heading = slideText("HubSlide", "Nearest US ports of entry");
    for (const PortDistance &port : ports)
        section.rows.push_back({port.usState.isEmpty() ? port.name : QStringLiteral("%1 (%2)").arg(port.name, port.usState),
                                slideText("HubSlide", "%1 km").arg(base.locale.toString(port.km, 'f', 0)), {}, false, {}, false});
    section.footnote = slideText("HubSlide", "Straight-line distance on the WGS 84 ellipsoid (PROJ), not by road. "
                                             "Ports: US BTS Border Crossing Entry Data.");
    return section;
}

} // namespace

QString formatUsd(double usd, const QLocale &locale)
{
    // "Billion" is a false friend in Spanish (mil millones): Spanish slides count in millions throughout.
    if (usd >= 1e9 && locale.language() != QLocale::Spanish)
    {
        const double billions = usd / 1e9;
        const bool whole = std::abs(billions - std::round(billions)) < 0.05 || billions >= 10;
        return slideText("HubSlide", "US$%1 billion").arg(locale.toString(billions, 'f', whole ? 0 : 1));
    }
    if (usd >= 1e6)
        return slideText("HubSlide", "US$%1 million").arg(locale.toString(usd / 1e6, 'f', usd >= 1e8 ? 0 : 1));
    return slideText("HubSlide", "US$%1").arg(locale.toString(usd, 'f', 0));
}

ExportRequest hubSlide(const DefaultMap &map, const HubView &hub, const ExportRequest &base, const RiskSettings &risk)
{
    ExportRequest slide = base;
    const SlideLanguage texts(base.language);
    const HubDetails details = hubDetails(map, hub.featureIndex);
    const MapLayer *hubs = map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
    if (!hubs || !hubs->data || hub.featureIndex < 0 || hub.featureIndex >= int(hubs->data->features.size()))
        return slide;
    const VectorLayer &h = *hubs->data;
    const QPointF centre = lonLatOf(h, h.features[size_t(hub.featureIndex)]);

    // What the frame must hold: the metro's hub points, the hub's located sites, a near port of entry.
    LonLatBox box;
    bool empty = true;
    include(box, centre, empty);
    for (const Feature &other : h.features) {
        const QPointF p = lonLatOf(h, other);
        if (text(h, other, "hub") == hub.group && std::isfinite(p.x()) && kmBetween(centre, p) <= metroRadiusKm)
            include(box, p, empty);
    }
    if (const MapLayer *sites = map.layer(QLatin1StringView(DefaultMap::facilitiesLayerId)); sites && sites->data) {
        for (const HubFacility &facility : details.facilities) {
            for (const Feature &f : sites->data->features) {
                if (facility.distanceKm >= 0 && text(*sites->data, f, "id") == facility.id)
                    include(box, lonLatOf(*sites->data, f), empty);
            }
        }
    }
    const std::vector<PortDistance> ports = nearestPortsOf(map, centre, 3);
    if (!ports.empty() && ports.front().km <= framedPortKm)
        include(box, ports.front().lonLat, empty);
    if (empty)
        return slide;
    // Never closer than about 70 km across (a city and its surroundings), and a margin for symbols and labels.
    const double latSpan = std::max(box.north - box.south, 0.6);
    const double lonSpan = std::max(box.east - box.west, 0.6 / std::cos(centre.y() * M_PI / 180.0));
    const double midLon = (box.west + box.east) / 2, midLat = (box.south + box.north) / 2;
    slide.extent = {midLon - lonSpan * 0.65, midLat - latSpan * 0.65, midLon + lonSpan * 0.65, midLat + latSpan * 0.65};
    slide.exactExtent = false;
    slide.hub = hub.name;
    if (slide.subtitle.isEmpty())
        slide.subtitle = hub.group == hub.name ? hub.state : QStringLiteral("%1 · %2").arg(hub.group, hub.state);

    slide.factBox.sections.push_back(sitesSection(map, details, slide));
    slide.factBox.sections.push_back(indicatorsSection(map, details, risk, slide));
    if (!ports.empty())
        slide.factBox.sections.push_back(portsSection(ports, slide));
    return slide;
}

} // namespace atlas
