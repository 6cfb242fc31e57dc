// SPDX-License-Identifier: GPL-3.0-or-later
#include "reprojector.h"

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace atlas {

void Reprojector::Deleter::operator()(OGRCoordinateTransformation *ct) const
{
    OGRCoordinateTransformation::DestroyCT(ct);
}

std::unique_ptr<OGRSpatialReference> spatialReferenceFrom(const QString &definition, QString *error)
{
    auto srs = std::make_unique<OGRSpatialReference>();
    CPLErrorReset();
    if (srs->SetFromUserInput(definition.toUtf8().constData(),
                              OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get()) != OGRERR_NONE) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(definition, QString::fromUtf8(CPLGetLastErrorMsg()));
        return nullptr;
    }
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

Reprojector::Reprojector(const QString &sourceCrs, const QString &targetCrs)
{
    const auto source = spatialReferenceFrom(sourceCrs, &m_error);
    const auto target = source ? spatialReferenceFrom(targetCrs, &m_error) : nullptr;
    if (source && target)
        *this = Reprojector(*source, *target);
}

Reprojector::Reprojector(const OGRSpatialReference &source, const OGRSpatialReference &target)
{
    OGRSpatialReference s(source), t(target);
    s.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    t.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLErrorReset();
    m_transform.reset(OGRCreateCoordinateTransformation(&s, &t));
    if (!m_transform)
        m_error = QString::fromUtf8(CPLGetLastErrorMsg());
}

Reprojector Reprojector::clone() const
{
    Reprojector copy;
    copy.m_error = m_error;
    if (m_transform)
        copy.m_transform.reset(m_transform->Clone());
    return copy;
}

Reprojector::~Reprojector() = default;
Reprojector::Reprojector(Reprojector &&) noexcept = default;
Reprojector &Reprojector::operator=(Reprojector &&) noexcept = default;

bool Reprojector::transform(std::span<double> x, std::span<double> y) const
{
    if (!m_transform || x.size() != y.size())
        return false;
    return m_transform->Transform(x.size(), x.data(), y.data()) == TRUE;
}

} // namespace atlas
