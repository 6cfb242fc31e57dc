// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas::bench {

/**
 * The benchmark's generated datasets, deterministic (fixed seeds and formulas), written once through GDAL into
 * `directory` and reused while the files exist:
 * - points.gpkg / points.fgb: 1,000,000 points uniformly in lon -118..-86, lat 14..33 (EPSG:4326), with a
 *   6-value text field "category" and a float field "value";
 * - grid.gpkg: 2,500 polygons (50 x 50) tessellating the same box, ~200 vertices each (wavy shared edges),
 *   with a numeric field "value";
 * - large.gpkg: 32 polygons (8 x 4) of ~2,000 vertices each.
 * Returns an empty string on success, else what failed.
 */
[[nodiscard]] QString ensureDatasets(const QString &directory);

/**
 * points10m.fgb: 10,000,000 points as points.fgb's (same formulas), about 0.7 GB; written on first use only (by
 * the benchmark that reads it), not with the others.
 */
[[nodiscard]] QString ensureTenMillionPoints(const QString &directory);

} // namespace atlas::bench
