// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

namespace atlas {

/**
 * Renders the default map (what the window shows at start) to a PNG without a window. The file is written to a
 * temporary name and renamed when complete, so a failure never leaves a half-written image. Returns the exit code.
 */
int writeSnapshot(const QString &path, QSize size);

} // namespace atlas
