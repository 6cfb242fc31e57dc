// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefilter.h"

#include "atlassession.h"

#include <cmath>

namespace atlas {

namespace {

QStringList valuesOf(const FeatureFilter &filter, const QString &field)
{
    for (const FeatureFilter::OneOf &c : filter.oneOf) {
        if (c.field == field && !c.values.isEmpty())
            return c.values;
    }
    return {};
}

// Shortest text that reads back as the same number: 1 → "1", 1.25 → "1.25" (what the planner typed, usually).
QString millionsText(std::optional<double> usd)
{
    return usd ? QString::number(*usd / 1e6, 'g', 15) : QString();
}

} // namespace

SiteFilter::SiteFilter(QObject *parent)
    : QObject(parent)
{
}

void SiteFilter::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // A project opened or a new one started: its filters are what the controls show. Other changes to the map
    // leave the controls alone, so that a range being typed is not reset by, say, a layer being hidden.
    if (m_session)
        connect(m_session, &AtlasSession::layersReset, this, &SiteFilter::reload);
    Q_EMIT sessionChanged();
    reload();
}

void SiteFilter::setLayerId(const QString &layerId)
{
    if (m_layerId == layerId)
        return;
    m_layerId = layerId;
    Q_EMIT layerIdChanged();
    reload();
}

bool SiteFilter::isApplicable() const
{
    const MapLayer *layer = m_session ? m_session->document().layer(m_layerId) : nullptr;
    return layer && layer->data && layer->data->fieldIndex(companyField) >= 0 &&
           layer->data->fieldIndex(statusField) >= 0 && layer->data->fieldIndex(investmentField) >= 0;
}

std::optional<double> SiteFilter::millionsToUsd(const QString &text)
{
    QString plain = text.trimmed();
    if (plain.isEmpty())
        return std::nullopt;
    plain.remove(QLatin1Char(',')); // thousands separators as English and Mexican Spanish write them
    bool ok = false;
    const double millions = plain.toDouble(&ok);
    if (!ok || !std::isfinite(millions) || millions < 0)
        return std::nullopt;
    return millions * 1e6;
}

FeatureFilter SiteFilter::filterFor(const QString &company, const QString &status, const QString &minimum,
                                    const QString &maximum)
{
    FeatureFilter filter;
    if (!company.isEmpty())
        filter.oneOf.push_back({companyField, {company}});
    if (!status.isEmpty())
        filter.oneOf.push_back({statusField, {status}});
    const std::optional<double> low = millionsToUsd(minimum);
    const std::optional<double> high = millionsToUsd(maximum);
    if (low || high)
        filter.ranges.push_back({investmentField, low, high});
    return filter;
}

void SiteFilter::apply(const QString &company, const QString &status, const QString &minimum, const QString &maximum)
{
    if (!m_session || !isApplicable())
        return;
    m_session->setLayerFilter(m_layerId, filterFor(company, status, minimum, maximum));
    reload();
}

void SiteFilter::clear()
{
    if (!m_session)
        return;
    m_session->setLayerFilter(m_layerId, FeatureFilter{});
    reload();
}

void SiteFilter::reload()
{
    const MapLayer *layer = m_session ? m_session->document().layer(m_layerId) : nullptr;
    const FeatureFilter filter = layer ? layer->filter : FeatureFilter{};
    const QStringList companies = valuesOf(filter, companyField);
    const QStringList statuses = valuesOf(filter, statusField);
    m_company = companies.isEmpty() ? QString() : companies.first();
    m_status = statuses.isEmpty() ? QString() : statuses.first();
    m_minimum.clear();
    m_maximum.clear();
    for (const FeatureFilter::Range &range : filter.ranges) {
        if (range.field == investmentField) {
            m_minimum = millionsText(range.min);
            m_maximum = millionsText(range.max);
        }
    }
    m_companies = m_session ? m_session->distinctValues(m_layerId, companyField) : QStringList();
    if (!m_company.isEmpty() && !m_companies.contains(m_company))
        m_companies.append(m_company);
    Q_EMIT shownChanged();
}

} // namespace atlas
