// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QElapsedTimer;
class QQmlApplicationEngine;

namespace atlas {

/**
 * When ATLAS_QUIT_AFTER_FIRST_FRAME is set: waits for the window's first frame that shows the map's layers (the
 * first render of the default map, on screen), prints "first map frame: N ms (monotonic T ms)" (N since `started`,
 * T on the monotonic clock) and quits. The bench counts from the process's launch to T (issue 18's fast start);
 * nothing else uses it.
 */
void quitAfterFirstMapFrameIfAsked(QQmlApplicationEngine &engine, const QElapsedTimer &started);

} // namespace atlas
