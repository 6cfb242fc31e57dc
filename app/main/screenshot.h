// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QQmlApplicationEngine;

namespace atlas {

/**
 * Opens the main window at `size`, waits until the map's first render is on screen, saves a picture of the whole
 * window (controls included) and exits: documentation screenshots and a look at the real UI without a display.
 * `project`: a project file to open first (--project), as the window would.
 */
int writeWindowScreenshot(QQmlApplicationEngine &engine, const QString &path, QSize size, const QString &screen = {},
                          const QString &project = {});

} // namespace atlas
