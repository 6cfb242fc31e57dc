// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

/** Text folded for searching: lower case, accents removed ("Querétaro" and "queretaro" match). */
[[nodiscard]] QString foldedForSearch(const QString &text);

} // namespace atlas
