// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas::geodesic {

/** Result of an inverse geodesic problem on the WGS 84 ellipsoid. */
struct Inverse {
    double meters = 0;         ///< shortest distance along the ellipsoid
    double azimuthDegrees = 0; ///< initial bearing at the first point, clockwise from north
};

/**
 * Distance and bearing between two WGS 84 longitude/latitude points, computed with PROJ's geodesic routines
 * (Karney's algorithm, accurate to nanometres), not a spherical approximation.
 */
[[nodiscard]] Inverse inverse(double lon1, double lat1, double lon2, double lat2);
[[nodiscard]] inline double distanceMeters(double lon1, double lat1, double lon2, double lat2)
{
    return inverse(lon1, lat1, lon2, lat2).meters;
}

} // namespace atlas::geodesic
