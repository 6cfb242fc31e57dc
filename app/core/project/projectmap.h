// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasproject.h"
#include "maplayer.h"
#include "sourcepolicy.h"

#include <QSet>

#include <vector>

namespace atlas {

/**
 * A project layer that is not on the map: its file is missing, the planner did not confirm its source, or it could
 * not be read. It is kept exactly as stored so that saving the project again loses nothing, and the layers panel
 * shows it with a "Locate…" action.
 */
struct UnavailableLayer {
    ProjectLayer stored;
    SourceCheck check;
    QString message; ///< for the planner
    QString detail;  ///< GDAL's words, when it was GDAL that failed
    int position = 0; ///< index in the project's layer list, bottom first
};

struct ProjectMap {
    std::vector<MapLayer> layers; ///< bottom first, ready to render
    std::vector<UnavailableLayer> unavailable;
    QStringList warnings;         ///< styles that could not be read (the default style is used instead)
};

/** The sources of `project` that need the planner's yes before anything reads them (see SourceCheck). */
[[nodiscard]] std::vector<std::pair<ProjectLayer, SourceCheck>> sourcesNeedingConfirmation(const Project &project,
                                                                                          const QDir &projectDir);

/**
 * Builds a project's map: built-in layers are taken from `builtins` (by id) and restyled; planner layers are opened
 * through GDAL when their source lies inside the project's folder or its stored form is in `confirmedSources`.
 * Blocking: the GUI calls it on a worker thread.
 */
[[nodiscard]] ProjectMap buildProjectMap(const Project &project, const std::vector<MapLayer> &builtins,
                                         const QDir &projectDir, const QSet<QString> &confirmedSources = {});

/**
 * The project for what is on the map: `layers` as they are now (bottom first), `unavailable` put back where they
 * were, everything else (bookmarks, tour, presets, language) from `base`. Sources are stored relative to
 * `projectDir`, without passwords.
 */
[[nodiscard]] Project captureProject(const std::vector<MapLayer> &layers, const std::vector<UnavailableLayer> &unavailable,
                                     const Project &base, const QDir &projectDir);

} // namespace atlas
