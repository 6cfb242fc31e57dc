// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QLocale;

namespace atlas {

struct HubDetails;

/** One factory site of a hub, as the hub details panel writes it: every figure already formatted for the UI. */
struct HubFacilityText {
    Q_GADGET
    QML_VALUE_TYPE(hubFacility)

    Q_PROPERTY(QString id MEMBER id FINAL)
    Q_PROPERTY(QString company MEMBER company FINAL)
    Q_PROPERTY(QString site MEMBER site FINAL)
    /** The site's status, or "status not sourced". */
    Q_PROPERTY(QString status MEMBER status FINAL)
    Q_PROPERTY(QString product MEMBER product FINAL)
    /** The amount ("US$250 million"), or "no data": never 0 for a figure nobody sourced. */
    Q_PROPERTY(QString investment MEMBER investment FINAL)
    /** The year of the amount; empty when there is none. */
    Q_PROPERTY(QString investmentYear MEMBER investmentYear FINAL)
    /** What kind of figure it is (land purchase, capital injection, an official's pledge): figures are never summed. */
    Q_PROPERTY(QString nature MEMBER nature FINAL)
    /** Where the figure comes from (a web address), or empty. */
    Q_PROPERTY(QString source MEMBER source FINAL)
    /** "12 km away, at the plant" (or at the town's point, …), or that the site has no coordinates. */
    Q_PROPERTY(QString distance MEMBER distance FINAL)

public:
    QString id, company, site, status, product, investment, investmentYear, nature, source, distance;

    bool operator==(const HubFacilityText &) const = default;
};

/** One indicator of the hub's state: what it measures, its value ("no data" when empty), year and source. */
struct StateIndicatorText {
    Q_GADGET
    QML_VALUE_TYPE(stateIndicator)

    /** The column in geodata/state_indicators.csv. */
    Q_PROPERTY(QString field MEMBER field FINAL)
    Q_PROPERTY(QString label MEMBER label FINAL)
    Q_PROPERTY(QString value MEMBER value FINAL)
    /** The year the value refers to; empty when there is no value. */
    Q_PROPERTY(QString year MEMBER year FINAL)
    Q_PROPERTY(QString source MEMBER source FINAL)

public:
    QString field, label, value, year, source;

    bool operator==(const StateIndicatorText &) const = default;
};

/**
 * The hub details panel's content (core's HubDetails, formatted for the UI locale). Default-constructed, and from an
 * empty JavaScript object, it is "no hub": every text empty, no sites, no indicators.
 */
struct HubDetailsText {
    Q_GADGET
    QML_VALUE_TYPE(hubDetails)
    QML_STRUCTURED_VALUE

    Q_PROPERTY(QString name MEMBER name FINAL)
    /** The hub (metro area) the place belongs to; may equal `name`. */
    Q_PROPERTY(QString hub MEMBER hub FINAL)
    Q_PROPERTY(QString state MEMBER state FINAL)
    /** The nearest US port of entry (geodesic), empty when none is known… */
    Q_PROPERTY(QString port MEMBER port FINAL)
    /** …and its distance in km, formatted (empty without a port). */
    Q_PROPERTY(QString portKm MEMBER portKm FINAL)
    /** The located sites within reach (nearest first), then the state's sites without coordinates. */
    Q_PROPERTY(QList<atlas::HubFacilityText> facilities MEMBER facilities FINAL)
    Q_PROPERTY(QList<atlas::StateIndicatorText> indicators MEMBER indicators FINAL)
    Q_DECLARE_TR_FUNCTIONS(HubDetailsText)

public:
    QString name, hub, state, port, portKm;
    QList<HubFacilityText> facilities;
    QList<StateIndicatorText> indicators;

    /** `details` in words and `locale`'s numbers: amounts in US$ million, missing values as "no data". */
    [[nodiscard]] static HubDetailsText from(const HubDetails &details, const QLocale &locale);

    bool operator==(const HubDetailsText &) const = default;
};

} // namespace atlas
