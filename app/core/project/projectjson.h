// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasproject.h"

#include <QJsonObject>

namespace atlas {

/** The project as the JSON document a `.atlas` file holds (format and version included). */
[[nodiscard]] QJsonObject projectToJson(const Project &project);

/**
 * Reads a project document, migrating older versions. Every value is type- and range-checked; anything wrong is an
 * error naming where it is ("layers[2].opacity must be a number from 0 to 1") and leaves `project` untouched.
 * Unknown keys are ignored so that a file from a newer minor revision stays readable; a newer format version is refused.
 * Nothing is opened or fetched here: sources are only text (see sourcepolicy.h for what may be read).
 */
bool projectFromJson(const QJsonObject &json, Project *project, QString *error);

} // namespace atlas
