// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas::embedded {

/**
 * The default dataset (`geodata/` in the source tree) is compiled into the program as Qt resources so that the app
 * works offline from any directory. GDAL cannot read Qt resources, so mount() exposes each file as a GDAL in-memory
 * file under /vsimem/nearshore-atlas/geodata/, without copying where the resource is stored uncompressed.
 * Thread-safe and idempotent.
 *
 * The vector layers are reviewed and sourced as GeoJSON in the source tree, and shipped as FlatGeobuf copies that
 * the build makes from them with GDAL (app/core/CMakeLists.txt): read in a third of the time (the bench's
 * loadDefaultVectors), which the program's start waits for. A GeoJSON file's name finds its FlatGeobuf twin.
 */
void mount();

/**
 * GDAL path of an embedded file by its name in geodata/, e.g. path("mx_states.geojson") (which gives the shipped
 * FlatGeobuf copy, mx_states.fgb). Mounts on first use.
 */
[[nodiscard]] QString path(const QString &relativePath);

/** True when the named file (GeoJSON: its FlatGeobuf copy) is part of the embedded dataset. */
[[nodiscard]] bool exists(const QString &relativePath);

} // namespace atlas::embedded
