// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlApplicationEngine;

namespace atlas {

/**
 * Smoke test of the installed program: loads Main.qml, lets it run for a moment, and fails on any QML warning or
 * error (a missing module, a binding on an undefined property). Returns the exit code.
 */
int runSelfTest(QQmlApplicationEngine &engine);

} // namespace atlas
