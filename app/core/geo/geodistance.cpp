// SPDX-License-Identifier: GPL-3.0-or-later
#include "geodistance.h"

#include <geodesic.h> // PROJ's C geodesic API (Karney)

namespace atlas::geodesic {

namespace {
// The WGS 84 ellipsoid (EPSG:7030): semi-major axis and flattening.
const geod_geodesic &wgs84()
{
    static const geod_geodesic ellipsoid = [] {
        geod_geodesic g{};
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    return ellipsoid;
}
} // namespace

Inverse inverse(double lon1, double lat1, double lon2, double lat2)
{
    double meters = 0, azimuth1 = 0, azimuth2 = 0;
    geod_inverse(&wgs84(), lat1, lon1, lat2, lon2, &meters, &azimuth1, &azimuth2);
    return {meters, azimuth1};
}

} // namespace atlas::geodesic
