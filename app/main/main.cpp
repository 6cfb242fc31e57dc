// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: parse the command line, choose the platform, then run the window, a snapshot or the
// self-test. Everything else lives in the libraries under app/core and app/quick.
#include "commandline.h"
#include "defaultmap.h"
#include "exportcommand.h"
#include "gdalsetup.h"
#include "qmlservices.h"
#include "screenshot.h"
#include "selftest.h"
#include "snapshot.h"
#include "startuptiming.h"
#include "uilanguage.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTranslator>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(NearshoreAtlasPlugin)

int main(int argc, char *argv[])
{
    QElapsedTimer started; // for ATLAS_QUIT_AFTER_FIRST_FRAME (startuptiming.h)
    started.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const atlas::CommandLine command = atlas::CommandLine::parse(arguments);

    // Answer what needs no window system before one is started (and before any platform plugin can fail).
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
    default:
        break;
    }
    // GDAL reads nothing over the network unless the planner said so (files stay files; see gdalsetup.h).
    atlas::setGdalNetworkAllowed(command.allowNetwork);

    // Snapshots and screenshots never need a screen: render offscreen even where a display exists.
    const bool offscreen = command.mode == atlas::CommandLine::Mode::Snapshot ||
                           command.mode == atlas::CommandLine::Mode::Screenshot ||
                           command.mode == atlas::CommandLine::Mode::Export;
    if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (command.mode == atlas::CommandLine::Mode::Screenshot && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");

    QGuiApplication app(argc, argv);
    // Every other mode shows or exports the default map: its data is read on a thread of its own from here on,
    // while the fonts and the window come up (issue 18's fast start). After the application object, so that Qt
    // knows this thread as the main one; the global pool is made here for the same reason.
    QThreadPool::globalInstance();
    atlas::DefaultMap::startLoading();
    // A run that ends early (a wrong argument found late) waits for that load before Qt goes away under it.
    const auto loadFinished = qScopeGuard([] { atlas::DefaultMap::finishLoading(); });
    QGuiApplication::setApplicationName(QStringLiteral("Nearshore Atlas"));
    QGuiApplication::setOrganizationName(QStringLiteral("Nearshore Atlas"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Desktops match the window to packaging/desktop/<id>.desktop (Wayland app id) and show the same icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.nearshoreatlas.NearshoreAtlas"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/nearshore-atlas/io.github.nearshoreatlas.NearshoreAtlas.svg")));

    // Exports write in their own language (--lang); the window in the planner's choice, else the system's.
    // Snapshots, screenshots and the self-test follow the system alone, so the planner's settings never change them.
    QTranslator translator;
    if (command.mode == atlas::CommandLine::Mode::Gui) {
        atlas::UiLanguage::applyRemembered();
    } else {
        const QLocale language = command.mode == atlas::CommandLine::Mode::Export
                                     ? QLocale(command.language == QLatin1String("es") ? QLocale::Spanish : QLocale::English)
                                     : QLocale();
        if (translator.load(language, QStringLiteral("nearshore-atlas"), QStringLiteral("_"),
                            QStringLiteral(":/nearshore-atlas/i18n")))
            QCoreApplication::installTranslator(&translator);
    }

    if (command.mode == atlas::CommandLine::Mode::Snapshot)
        return atlas::writeSnapshot(command.outputPath, command.size);
    if (command.mode == atlas::CommandLine::Mode::Export)
        return atlas::runExport(command);

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // The services QML uses, built here and published before the engine loads anything (qmlservices.h). A
    // screenshot or the self-test autosaves into a folder of its own: never near the planner's unsaved work.
    atlas::AtlasSession session;
    atlas::RecentProjects recentProjects;
    const QTemporaryDir scratch;
    atlas::RecoveryFile recovery(command.mode == atlas::CommandLine::Mode::Gui
                                     ? atlas::RecoveryFile::defaultPath()
                                     : scratch.filePath(QStringLiteral("recovery.atlas")));
    atlas::publishServices(&session, &recentProjects, &recovery);
    QQmlApplicationEngine engine;
    if (command.mode == atlas::CommandLine::Mode::SelfTest)
        return atlas::runSelfTest(engine);
    if (command.mode == atlas::CommandLine::Mode::Screenshot)
        return atlas::writeWindowScreenshot(engine, command.outputPath, command.size, command.screen,
                                            command.project.isEmpty() ? QString()
                                                                      : QFileInfo(command.project).absoluteFilePath());

    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    if (!command.project.isEmpty())
        engine.setInitialProperties({{QStringLiteral("startupProject"), QFileInfo(command.project).absoluteFilePath()}});
    engine.loadFromModule("NearshoreAtlas", "Main");
    atlas::quitAfterFirstMapFrameIfAsked(engine, started);
    return QGuiApplication::exec();
}
