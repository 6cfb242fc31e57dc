// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerstyle.h"

#include <QJsonObject>

namespace atlas {

/** A style as JSON: what project files and export metadata store. Colours are "#AARRGGBB". */
[[nodiscard]] QJsonObject styleToJson(const LayerStyle &style);

/**
 * Reads a style written by styleToJson. Unknown keys are ignored (newer files stay readable); a wrong type or an
 * unknown kind is an error: returns false and says what was wrong in `error`, leaving `style` untouched.
 */
bool styleFromJson(const QJsonObject &json, LayerStyle *style, QString *error);

} // namespace atlas
