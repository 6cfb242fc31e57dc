// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas::embedded {

/**
 * The default dataset (`geodata/` in the source tree) is compiled into the program as Qt resources so that the app
 * works offline from any directory. GDAL cannot read Qt resources, so mount() exposes each file as a GDAL in-memory
 * file under /vsimem/nearshore-atlas/geodata/, without copying where the resource is stored uncompressed.
 * Thread-safe and idempotent.
 */
void mount();

/** GDAL path of an embedded file, e.g. path("mx_states.geojson"). Mounts on first use. */
[[nodiscard]] QString path(const QString &relativePath);

/** True when the named file is part of the embedded dataset. */
[[nodiscard]] bool exists(const QString &relativePath);

} // namespace atlas::embedded
