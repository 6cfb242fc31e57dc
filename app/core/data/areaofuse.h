// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcamera.h"

#include <QString>

#include <optional>

class OGRSpatialReference;
class OGREnvelope;

namespace atlas {

/** Where a CRS is meant to be used, in degrees (PROJ's area of use), or nothing when PROJ does not say. */
[[nodiscard]] std::optional<LonLatBox> areaOfUse(const OGRSpatialReference &crs);

/**
 * A planner's warning when data lies outside its CRS's area of use, naming the likely cause: numbers that look like
 * degrees under a CRS in metres (the usual slip: longitude/latitude labelled EPSG:6372 or a UTM zone), otherwise a
 * wrong CRS or swapped axes. `native` is the data's extent in its own coordinates, `lonLat` the same reprojected.
 * Empty when the data lies within the area (with a margin) or the CRS has none.
 */
[[nodiscard]] QString areaOfUseWarning(const QString &shown, const OGRSpatialReference &crs, const OGREnvelope &native,
                                       const LonLatBox &lonLat);

/** True when every coordinate of `extent` could be a longitude (x) and latitude (y) in degrees. */
[[nodiscard]] bool looksLikeDegrees(const OGREnvelope &extent);

} // namespace atlas
