// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasproject.h"
#include "mapexport.h"
#include "usererror.h"

namespace atlas {

/** Where the sidecar of an export goes: "slide.png" → "slide.png.atlas". */
[[nodiscard]] QString exportSidecarPath(const QString &exportPath);

/** The geographic extent the export's map frame shows (its margin included): what regenerating it must show. */
[[nodiscard]] LonLatBox exportedExtent(const ExportRequest &request);

/**
 * Writes the project that makes this export again: its layers and styles, the exact extent, size, dpi, texts,
 * elements and language (`nearshore-atlas export --project slide.png.atlas --out again.png`). `base` brings what
 * the layers do not hold (risk overlay, bookmarks). Written atomically like any project.
 */
[[nodiscard]] UserError writeExportSidecar(const ExportRequest &request, const Project &base);

} // namespace atlas
