// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

/** Registers GDAL's drivers once per process (thread-safe). Every entry point that opens data calls it. */
void ensureGdalReady();

} // namespace atlas
