// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace atlas::colorbrewer {

/**
 * The colour schemes of Cynthia Brewer's ColorBrewer 2.0 (Apache-2.0), the cartographer's standard for thematic
 * maps, read from resources/colorbrewer.json (generated from the npm package by resources/tools). Thread-safe.
 */
enum class Kind { Unknown, Sequential, Diverging, Qualitative };

/** The published colours of `name` for `classes` classes; fewer than the smallest published count take that
 *  list's first (and last) colours; an unknown name or too many classes give an empty list. */
[[nodiscard]] QList<QColor> scheme(const QString &name, int classes);
[[nodiscard]] int maxClasses(const QString &name); ///< 0 for an unknown name
[[nodiscard]] Kind kind(const QString &name);
[[nodiscard]] bool isColourblindSafe(const QString &name);
/** The names of the schemes of one kind, colour-blind-safe ones first, for a ramp chooser. */
[[nodiscard]] QStringList names(Kind kind);
/** The colour-blind-safe default for graduated maps. */
inline constexpr auto defaultSequential = "YlOrRd";

} // namespace atlas::colorbrewer
