// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace atlas::colorbrewer {

/**
 * Colour schemes by Cynthia Brewer (ColorBrewer 2.0, Apache-2.0 licence, colorbrewer2.org), the cartographer's
 * standard for thematic maps. `scheme(name, classes)` returns the published colours for that class count, or an
 * empty list when the scheme does not have it.
 */
[[nodiscard]] QList<QColor> scheme(const QString &name, int classes);
/** The largest class count the scheme is published for (0 for an unknown name). */
[[nodiscard]] int maxClasses(const QString &name);
[[nodiscard]] QStringList names();

} // namespace atlas::colorbrewer
