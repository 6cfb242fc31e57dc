// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace atlas {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Nearshore Atlas: Mexico's industrial hubs, factory sites and risks."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("main", "Show the version."));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        QCoreApplication::translate("main", "Render the default map to a PNG file without a window, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Open the main window offscreen, save a picture of it to a PNG file, exit."),
        QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Snapshot size in pixels (default 1920x1080)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Load the whole user interface, then exit; non-zero on any QML error."));
    parser.addOptions({help, version, snapshot, screenshot, size, selfTest});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.mode = Mode::Error;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        result.message = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("nearshore-atlas"));
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = Mode::Error;
        result.message = QCoreApplication::translate("main", "Unexpected argument “%1”; see --help.")
                             .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const auto match = pattern.match(parser.value(size));
        const QSize requested = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (requested.width() < 16 || requested.height() < 16 || requested.width() > 16384 ||
            requested.height() > 16384) {
            result.mode = Mode::Error;
            result.message = QCoreApplication::translate(
                                 "main", "--size takes WIDTHxHEIGHT in pixels, each from 16 to 16384, not “%1”.")
                                 .arg(parser.value(size));
            return result;
        }
        result.size = requested;
    }
    if (parser.isSet(snapshot)) {
        result.mode = Mode::Snapshot;
        result.outputPath = parser.value(snapshot);
    } else if (parser.isSet(screenshot)) {
        result.mode = Mode::Screenshot;
        result.outputPath = parser.value(screenshot);
    } else if (parser.isSet(selfTest)) {
        result.mode = Mode::SelfTest;
    }
    return result;
}

} // namespace atlas
