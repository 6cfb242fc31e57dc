// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usererror.h"

namespace atlas {

/** The two ways every exporter fails, worded once: "Could not write “slide.png”." with the reason as detail… */
[[nodiscard]] UserError exportWriteFailed(const QString &path, const QString &detail);
/** …and a cancellation, which leaves no file. */
[[nodiscard]] UserError exportCancelled();

} // namespace atlas
