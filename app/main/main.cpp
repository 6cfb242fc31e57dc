// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: parse the command line, choose the platform, then run the window, a snapshot or the
// self-test. Everything else lives in the libraries under app/core and app/quick.
#include "commandline.h"
#include "selftest.h"
#include "snapshot.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(NearshoreAtlasPlugin)

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const atlas::CommandLine command = atlas::CommandLine::parse(arguments);

    // A snapshot never needs a screen: render offscreen even where a display exists.
    if (command.mode == atlas::CommandLine::Mode::Snapshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Nearshore Atlas"));
    QGuiApplication::setOrganizationName(QStringLiteral("Nearshore Atlas"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    switch (command.mode) {
    case atlas::CommandLine::Mode::Help:
        std::fputs(qPrintable(command.message), stdout);
        return 0;
    case atlas::CommandLine::Mode::Version:
        std::printf("nearshore-atlas %s\n", PROJECT_VERSION_STRING);
        return 0;
    case atlas::CommandLine::Mode::Error:
        std::fprintf(stderr, "nearshore-atlas: %s\n", qPrintable(command.message));
        return 64; // EX_USAGE
    case atlas::CommandLine::Mode::Snapshot:
        return atlas::writeSnapshot(command.snapshotPath, command.size);
    case atlas::CommandLine::Mode::SelfTest:
    case atlas::CommandLine::Mode::Gui:
        break;
    }

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    if (command.mode == atlas::CommandLine::Mode::SelfTest)
        return atlas::runSelfTest(engine);

    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.loadFromModule("NearshoreAtlas", "Main");
    return QGuiApplication::exec();
}
