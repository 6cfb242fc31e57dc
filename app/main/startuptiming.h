// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QElapsedTimer;
class QQmlApplicationEngine;

namespace atlas {

/**
 * When ATLAS_QUIT_AFTER_FIRST_FRAME is set: waits for the window's first frame that shows the map's layers (the
 * first render of the default map, on screen), prints "first map frame: N ms" (N since `started`) and quits. The
 * bench times the whole process around it (issue 18's fast start); nothing else uses it.
 */
void quitAfterFirstMapFrameIfAsked(QQmlApplicationEngine &engine, const QElapsedTimer &started);

} // namespace atlas
