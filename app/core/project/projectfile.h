// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasproject.h"
#include "usererror.h"

namespace atlas {

struct ProjectReadResult {
    Project project; ///< valid when `error` is empty
    UserError error;
};

/** Larger files are refused before parsing: a project is a few kilobytes of text. */
inline constexpr qint64 maxProjectFileBytes = 16 * 1024 * 1024;

/** Reads and validates a `.atlas` file. Reads only that one file; never opens the layers' sources. */
[[nodiscard]] ProjectReadResult readProjectFile(const QString &path);

/**
 * Saves atomically: the new content goes to a temporary file in the same directory, which replaces `path` only once
 * it is complete (QSaveFile), so a crash or a full disk leaves the previous file intact. The previous version is kept
 * as `path + ".bak"` (itself replaced atomically). Sources must already be in their stored form (sourcepolicy.h).
 */
[[nodiscard]] UserError writeProjectFile(const Project &project, const QString &path);

} // namespace atlas
