// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

struct CommandLine;

/**
 * `nearshore-atlas export …`: the default map (plus --layer sources) composed into a slide and written without a
 * window. Progress goes to stderr; the exit code is 0 only when the file is complete, otherwise one clear line says
 * why and no file is left behind.
 */
int runExport(const CommandLine &command);

} // namespace atlas
