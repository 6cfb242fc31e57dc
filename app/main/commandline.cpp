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
                                  QCoreApplication::translate("main", "Snapshot or export size in pixels (default 1920x1080). export: up to 200000 "
                                                                  "a side for PNG and GeoTIFF, 32767 for JPEG; --snapshot and "
                                                                  "--screenshot: up to 16384."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Load the whole user interface, then exit; non-zero on any QML error."));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("main", "export: the file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("main", "export: png, jpg, pdf, svg or tif (GeoTIFF)."),
                                    QStringLiteral("format"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QCoreApplication::translate("main", "export: dots per inch (default 96)."),
                                 QStringLiteral("N"));
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("main", "export: slide title."),
                                   QStringLiteral("text"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"),
                                      QCoreApplication::translate("main", "export: slide subtitle."), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "export: es or en numbers and dates (default en)."),
                                  QStringLiteral("es|en"));
    const QCommandLineOption hub(QStringLiteral("hub"), QCoreApplication::translate("main", "export: centre on this hub."),
                                 QStringLiteral("name"));
    const QCommandLineOption bbox(QStringLiteral("bbox"),
                                  QCoreApplication::translate("main", "export: show this box, in degrees."),
                                  QStringLiteral("W,S,E,N"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   QCoreApplication::translate("main", "export: add any GDAL-readable source (repeatable)."),
                                   QStringLiteral("path"));
    const QCommandLineOption layerCrs(
        QStringLiteral("layer-crs"),
        QCoreApplication::translate("main", "export: the CRS of --layer data that declares none, e.g. EPSG:32614 (one "
                                            "layer: --layer FILE?crs=CODE)."),
        QStringLiteral("code"));
    const QCommandLineOption allowNetwork(
        QStringLiteral("allow-network"),
        QCoreApplication::translate("main", "Let GDAL read over the network (URLs, /vsicurl/, remote schemas); off by "
                                            "default."));
    const QCommandLineOption allHubs(
        QStringLiteral("all-hubs"),
        QCoreApplication::translate("main", "export: one slide per hub as numbered PNGs plus deck.pdf in this directory."),
        QStringLiteral("dir"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "Open this project (.atlas); with export, export its layers, styles and view."),
        QStringLiteral("file"));
    const QCommandLineOption trust(
        QStringLiteral("trust-project-sources"),
        QCoreApplication::translate("main", "export: also read the project's sources that lie outside its folder, on the "
                                            "network or in databases (the window asks instead)."));
    const QCommandLineOption worldFile(
        QStringLiteral("world-file"),
        QCoreApplication::translate("main", "export: also write a world file (.pgw/.jgw, EPSG:3857) for PNG and JPEG."));
    const QCommandLineOption sidecar(
        QStringLiteral("sidecar"),
        QCoreApplication::translate("main", "export: also write FILE.atlas, a project that makes the same export again."));
    const QCommandLineOption crs(
        QStringLiteral("crs"),
        QCoreApplication::translate("main", "export: the CRS to draw in, e.g. EPSG:6372 (INEGI Mexico LCC); default EPSG:3857, as on screen."),
        QStringLiteral("code"));
    const QCommandLineOption screen(
        QStringLiteral("screen"),
        QCoreApplication::translate("main", "With --screenshot: the screen to show (hubs, layers, risks, table, export, style, about, database)."),
        QStringLiteral("name"));
    parser.addOptions({help, version, snapshot, screenshot, size, selfTest, out, format, dpi, title, subtitle, lang, hub,
                       bbox, layer, layerCrs, allowNetwork, allHubs, project, trust, worldFile, sidecar, crs, screen});

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
    result.project = parser.value(project);
    result.trustProjectSources = parser.isSet(trust);
    result.allowNetwork = parser.isSet(allowNetwork);
    if (parser.positionalArguments().value(0) == QLatin1String("export")) {
        result.mode = Mode::Export;
        result.outputPath = parser.value(out);
        result.format = parser.value(format);
        result.formatGiven = parser.isSet(format);
        result.dpiGiven = parser.isSet(dpi);
        result.sizeGiven = parser.isSet(size);
        result.worldFile = parser.isSet(worldFile);
        result.sidecar = parser.isSet(sidecar);
        result.crs = parser.value(crs);
        if (result.format.isEmpty()) // from the file name when not given
            result.format = result.outputPath.section(QLatin1Char('.'), -1);
        bool ok = true;
        if (parser.isSet(dpi))
            result.dpi = parser.value(dpi).toInt(&ok);
        result.title = parser.value(title);
        result.subtitle = parser.value(subtitle);
        result.languageGiven = parser.isSet(lang);
        result.language = result.languageGiven ? parser.value(lang) : result.language;
        result.hub = parser.value(hub);
        result.bbox = parser.value(bbox);
        result.layers = parser.values(layer);
        result.layerCrs = parser.value(layerCrs);
        result.allHubsDir = parser.value(allHubs);
        if (!result.allHubsDir.isEmpty() && result.format.isEmpty())
            result.format = QStringLiteral("png");
        QString problem;
        if (result.outputPath.isEmpty() && result.allHubsDir.isEmpty())
            problem = QCoreApplication::translate("main", "export needs --out FILE or --all-hubs DIR.");
        else if (!ok || result.dpi < SlideOptions::minDpi || result.dpi > SlideOptions::maxDpi)
            problem = QCoreApplication::translate("main", "--dpi takes a number from %1 to %2.")
                          .arg(SlideOptions::minDpi)
                          .arg(SlideOptions::maxDpi);
        else if (result.language != QLatin1String("es") && result.language != QLatin1String("en"))
            problem = QCoreApplication::translate("main", "--lang takes es or en.");
        else if (!result.hub.isEmpty() && !result.bbox.isEmpty())
            problem = QCoreApplication::translate("main", "Give --hub or --bbox, not both.");
        if (!problem.isEmpty()) {
            result.mode = Mode::Error;
            result.message = problem;
            return result;
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        result.mode = Mode::Error;
        result.message = QCoreApplication::translate("main", "Unexpected argument “%1”; see --help.")
                             .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(size)) {
        // An export is drawn in strips, so it takes what SlideOptions allows; a snapshot or screenshot is one image.
        const int maxSide = result.mode == Mode::Export ? SlideOptions::maxSide : maxWindowSide;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})x(\\d{1,6})$"));
        const auto match = pattern.match(parser.value(size));
        const QSize requested = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (requested.width() < SlideOptions::minSide || requested.height() < SlideOptions::minSide ||
            requested.width() > maxSide || requested.height() > maxSide) {
            result.mode = Mode::Error;
            result.message = QCoreApplication::translate(
                                 "main", "--size takes WIDTHxHEIGHT in pixels, each from %1 to %2, not “%3”.")
                                 .arg(SlideOptions::minSide)
                                 .arg(maxSide)
                                 .arg(parser.value(size));
            return result;
        }
        result.size = requested;
    }
    if (result.mode == Mode::Export) {
        // set above
    } else if (parser.isSet(snapshot)) {
        result.mode = Mode::Snapshot;
        result.outputPath = parser.value(snapshot);
    } else if (parser.isSet(screenshot)) {
        result.mode = Mode::Screenshot;
        result.outputPath = parser.value(screenshot);
        result.screen = parser.value(screen);
    } else if (parser.isSet(selfTest)) {
        result.mode = Mode::SelfTest;
    }
    return result;
}

} // namespace atlas
