// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <span>

class OGRCoordinateTransformation;
class OGRSpatialReference;

namespace atlas {

/**
 * Reprojects coordinates between two CRSs through GDAL's OGRCoordinateTransformation, which is PROJ underneath.
 * Axis order is always longitude/easting first (GIS order), whatever the CRS's authority says.
 * Not thread-safe: give each thread its own instance (they are cheap once PROJ's database is warm).
 */
class Reprojector
{
public:
    /** Accepts anything OGRSpatialReference::SetFromUserInput takes: "EPSG:6372", WKT, PROJJSON, a PROJ string. */
    Reprojector(const QString &sourceCrs, const QString &targetCrs);
    Reprojector(const OGRSpatialReference &source, const OGRSpatialReference &target);
    ~Reprojector();
    Reprojector(Reprojector &&) noexcept;
    Reprojector &operator=(Reprojector &&) noexcept;

    [[nodiscard]] bool isValid() const { return m_transform != nullptr; }
    /** An independent copy, for another thread. */
    [[nodiscard]] Reprojector clone() const;
    /** Why construction failed, in PROJ's words (empty when valid). */
    [[nodiscard]] QString errorDetail() const { return m_error; }

    /** Transforms the coordinates in place; returns false if any point failed (those become infinity). */
    bool transform(std::span<double> x, std::span<double> y) const;
    [[nodiscard]] OGRCoordinateTransformation *handle() const { return m_transform.get(); }

private:
    Reprojector() = default;
    struct Deleter {
        void operator()(OGRCoordinateTransformation *ct) const;
    };
    std::unique_ptr<OGRCoordinateTransformation, Deleter> m_transform;
    QString m_error;
};

/** A GIS-ordered spatial reference from user input; `error` receives GDAL's message on failure. */
[[nodiscard]] std::unique_ptr<OGRSpatialReference> spatialReferenceFrom(const QString &definition, QString *error);

} // namespace atlas
