// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "featurefilter.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace atlas {

class AtlasSession;

/**
 * The attribute table's filters on factory sites (company, status, investment range in US$ million) as the
 * controls show them, and the layer filter they make. The filter belongs to the layer, so the map, identify and
 * exports show what the table shows. QML passes what the controls hold to apply(); the layer's filter comes back
 * through the properties when the table switches layers or a project opens.
 */
class SiteFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(QString layerId READ layerId WRITE setLayerId NOTIFY layerIdChanged FINAL)
    /** The layer has the fields these filters use (company, status, investment_usd). */
    Q_PROPERTY(bool applicable READ isApplicable NOTIFY shownChanged FINAL)
    /**
     * The companies to choose from: those in the data, then one the filter names that the data lacks (a project
     * older than its data), so that the box says what the filter does instead of "all companies".
     */
    Q_PROPERTY(QStringList companies READ companies NOTIFY shownChanged FINAL)
    /** The layer's filter as the controls show it: a company ("" for all), a status ("" for any)… */
    Q_PROPERTY(QString company READ company NOTIFY shownChanged FINAL)
    Q_PROPERTY(QString status READ status NOTIFY shownChanged FINAL)
    /** …and the investment range in US$ million as a field shows it ("" for an open side). */
    Q_PROPERTY(QString minimum READ minimum NOTIFY shownChanged FINAL)
    Q_PROPERTY(QString maximum READ maximum NOTIFY shownChanged FINAL)

public:
    static inline const QString companyField = QStringLiteral("company");
    static inline const QString statusField = QStringLiteral("status");
    static inline const QString investmentField = QStringLiteral("investment_usd");

    explicit SiteFilter(QObject *parent = nullptr);

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] QString layerId() const { return m_layerId; }
    void setLayerId(const QString &layerId);

    [[nodiscard]] bool isApplicable() const;
    [[nodiscard]] QStringList companies() const { return m_companies; }
    [[nodiscard]] QString company() const { return m_company; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QString minimum() const { return m_minimum; }
    [[nodiscard]] QString maximum() const { return m_maximum; }

    /**
     * Filters the layer on what the controls hold: `company` and `status` empty for no condition, `minimum` and
     * `maximum` in US$ million as typed ("1,200.5"; empty or unreadable for an open side).
     */
    Q_INVOKABLE void apply(const QString &company, const QString &status, const QString &minimum,
                           const QString &maximum);
    /** Shows every feature again. */
    Q_INVOKABLE void clear();
    /** Reads the layer's filter into the properties again (after something else changed it). */
    Q_INVOKABLE void reload();

    /** The filter apply() makes (the conditions without effect left out). */
    [[nodiscard]] static FeatureFilter filterFor(const QString &company, const QString &status,
                                                 const QString &minimum, const QString &maximum);
    /** A typed amount in US$ million as US dollars; nullopt when empty or not a number ≥ 0. */
    [[nodiscard]] static std::optional<double> millionsToUsd(const QString &text);

Q_SIGNALS:
    void sessionChanged();
    void layerIdChanged();
    void shownChanged();

private:
    AtlasSession *m_session = nullptr;
    QString m_layerId = QStringLiteral("facilities");
    QStringList m_companies;
    QString m_company;
    QString m_status;
    QString m_minimum;
    QString m_maximum;
};

} // namespace atlas
