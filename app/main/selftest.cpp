// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTimer>

#include <cstdio>

namespace atlas {

int runSelfTest(QQmlApplicationEngine &engine)
{
    int problems = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [&problems](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings) {
            std::fprintf(stderr, "self-test: %s\n", qPrintable(warning.toString()));
            ++problems;
        }
    });
    engine.setInitialProperties({{QStringLiteral("offerRecovery"), false}}); // no dialog from an earlier crash
    engine.loadFromModule("NearshoreAtlas", "Main");
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "self-test: the main window did not load\n");
        return 1;
    }
    QTimer::singleShot(250, &engine, [] { QGuiApplication::quit(); });
    QGuiApplication::exec();
    std::fprintf(stderr, "self-test: %s\n", problems == 0 ? "passed" : "failed");
    return problems == 0 ? 0 : 1;
}

} // namespace atlas
