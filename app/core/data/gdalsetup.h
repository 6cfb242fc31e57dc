// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

/**
 * Registers GDAL's drivers once per process (thread-safe) and configures GDAL so that hostile or careless files stay
 * contained: no network access (see setGdalNetworkAllowed), no XML external entities or remote schemas, a bounded
 * number of open files and a bounded block cache. Every entry point that opens data calls it.
 */
void ensureGdalReady();

/** GDAL's block cache limit and the most datasets GDAL keeps open at once (VRT sources, shapefile layers). */
inline constexpr long long gdalCacheBytes = 256ll * 1024 * 1024;
inline constexpr int gdalMaxOpenDatasets = 64;

/**
 * Whether GDAL and PROJ may reach the network (/vsicurl/ and the other cloud file systems, schema and xlink
 * downloads, WFS, PROJ's grid CDN). Off by default: a file on disk never makes the program go online. The planner
 * turns it on (the command line's --allow-network) for sources that are on the network.
 */
void setGdalNetworkAllowed(bool allowed);
[[nodiscard]] bool gdalNetworkAllowed();
/** HTTP requests GDAL asked for and was refused since the program started (for the tests and the detail view). */
[[nodiscard]] int gdalRefusedRequests();

/** A source GDAL would read over the network: a URL, or a /vsicurl/, /vsis3/, … path. */
[[nodiscard]] bool isNetworkSource(const QString &source);

} // namespace atlas
