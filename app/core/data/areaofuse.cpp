// SPDX-License-Identifier: GPL-3.0-or-later
#include "areaofuse.h"

#include <QObject>

#include <ogr_core.h>
#include <ogr_spatialref.h>

namespace atlas {

std::optional<LonLatBox> areaOfUse(const OGRSpatialReference &crs)
{
    double west = 0, south = 0, east = 0, north = 0;
    const char *name = nullptr;
    if (!crs.GetAreaOfUse(&west, &south, &east, &north, &name) || west < -1000) // -1000: PROJ's "unknown"
        return std::nullopt;
    if (east < west) // crosses the antimeridian: only whole-world checks make sense then
        east += 360;
    return LonLatBox{west, south, east, north};
}

bool looksLikeDegrees(const OGREnvelope &extent)
{
    return extent.MinX >= -180 && extent.MaxX <= 180 && extent.MinY >= -90 && extent.MaxY <= 90;
}

QString areaOfUseWarning(const QString &shown, const OGRSpatialReference &crs, const OGREnvelope &native,
                         const LonLatBox &lonLat)
{
    const char *authority = crs.GetAuthorityName(nullptr);
    const char *code = crs.GetAuthorityCode(nullptr);
    const QString name = authority && code ? QStringLiteral("%1:%2").arg(QLatin1String(authority), QLatin1String(code))
                                           : QString::fromUtf8(crs.GetName());
    // Metres that all fit in ±180 × ±90 put the data within a few hundred metres of the projection's false origin,
    // which is not where data lies: they are degrees, labelled with the wrong CRS. (Checked first: the false origin
    // may sit just inside the area's edge, as EPSG:6372's does.)
    if (crs.IsProjected() && looksLikeDegrees(native))
        return QObject::tr("“%1” declares %2, which counts in metres, but its numbers look like longitude/latitude "
                           "degrees: it would be drawn near the projection's origin, not where it belongs. Open it "
                           "again with EPSG:4326 if the coordinates are degrees.")
            .arg(shown, name);
    const std::optional<LonLatBox> area = areaOfUse(crs);
    if (!area || lonLat.east < lonLat.west || lonLat.north < lonLat.south)
        return {};
    // A margin of a tenth of the area (at least a degree): data just past a zone's edge is common and harmless.
    const double marginX = std::max(1.0, (area->east - area->west) / 10);
    const double marginY = std::max(1.0, (area->north - area->south) / 10);
    if (lonLat.west >= area->west - marginX && lonLat.east <= area->east + marginX &&
        lonLat.south >= area->south - marginY && lonLat.north <= area->north + marginY)
        return {};
    return QObject::tr("“%1” lies outside the area %2 is meant for: the CRS it declares is probably not the one its "
                       "coordinates are in (or its axes are swapped).")
        .arg(shown, name);
}

} // namespace atlas
