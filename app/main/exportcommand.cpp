// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandline.h"
#include "defaultmap.h"
#include "mapexport.h"
#include "layersource.h"
#include "projectfile.h"
#include "projectmap.h"
#include "exportsidecar.h"
#include "hubdeck.h"
#include "riskindex.h"
#include "searchtext.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTranslator>
#include <QCoreApplication>

#include <cstdio>

namespace atlas {

namespace {

int fail(const QString &message, const QString &detail = {})
{
    std::fprintf(stderr, "nearshore-atlas export: %s\n", qPrintable(message));
    if (!detail.isEmpty())
        std::fprintf(stderr, "  detail: %s\n", qPrintable(QString(detail).replace(QLatin1Char('\n'), QStringLiteral("\n  "))));
    return 1;
}

// A vector or raster source above the default data: rasters over the land, under the boundaries and points.
bool addLayer(DefaultMap &map, const QString &source, QString *error, QString *detail)
{
    OpenedLayer opened = openLayerSource(source);
    if (opened.error) {
        *error = opened.error.message;
        *detail = opened.error.detail;
        return false;
    }
    if (opened.layer.raster && !map.layers.empty())
        map.layers.insert(map.layers.begin() + 1, std::move(opened.layer));
    else
        map.layers.push_back(std::move(opened.layer));
    return true;
}

} // namespace

namespace {

int runDeck(const CommandLine &command, const ExportRequest &base, const DefaultMap &map)
{
    const MapLayer *hubs = map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
    const DeckResult deck = exportHubDeck(base, hubs ? hubViews(*hubs) : std::vector<HubView>{}, command.allHubsDir,
                                          command.title, nullptr, [](int done, int total, const QString &name) {
                                              if (done < total)
                                                  std::fprintf(stderr, "export: slide %d of %d: %s\n", done + 1, total,
                                                               qPrintable(name));
                                              else
                                                  std::fprintf(stderr, "export: writing %s\n", qPrintable(name));
                                          });
    if (deck.error)
        return fail(deck.error.message, deck.error.detail);
    std::fprintf(stderr, "export: wrote %zu slides and %s\n", deck.files.size() - 1, qPrintable(deck.files.back()));
    return 0;
}

} // namespace

int runExport(const CommandLine &command)
{
    ExportRequest request;
    if (!exportFormatFromName(command.format, &request.format))
        return fail(QStringLiteral("unknown format “%1”: use png, jpg, pdf, svg or tif.").arg(command.format));

    // The project first: its output language decides the slide texts, layer titles included, before they load.
    std::optional<ProjectReadResult> project;
    QString language = command.language;
    if (!command.project.isEmpty()) {
        project = readProjectFile(command.project);
        if (project->error)
            return fail(project->error.message, project->error.detail);
        if (!command.languageGiven)
            language = project->project.outputLanguage;
    }
    // main() chose the slide language from --lang; a project's own output language applies when --lang is absent.
    QTranslator projectLanguage;
    if (language != command.language
        && projectLanguage.load(QLocale(language == QLatin1String("es") ? QLocale::Spanish : QLocale::English),
                                QStringLiteral("nearshore-atlas"), QStringLiteral("_"), QStringLiteral(":/nearshore-atlas/i18n")))
        QCoreApplication::installTranslator(&projectLanguage);

    std::fprintf(stderr, "export: reading the data\n");
    DefaultMap map = DefaultMap::load();
    for (const UserError &e : map.errors)
        std::fprintf(stderr, "export: warning: %s\n", qPrintable(e.message));
    if (project) {
        const QDir projectDir = QFileInfo(command.project).absoluteDir();
        QSet<QString> confirmed;
        for (const auto &[layer, check] : sourcesNeedingConfirmation(project->project, projectDir)) {
            if (!command.trustProjectSources)
                return fail(QStringLiteral("the project's layer “%1” was not read: %2 (%3). Check the project, then "
                                           "pass --trust-project-sources to read it.")
                                .arg(layer.title.isEmpty() ? layer.id : layer.title, check.reason, check.resolved));
            confirmed.insert(layer.source);
        }
        std::fprintf(stderr, "export: opening the project's layers\n");
        const ProjectMap opened = buildProjectMap(project->project, map.layers, projectDir, confirmed);
        for (const QString &warning : opened.warnings)
            std::fprintf(stderr, "export: warning: %s\n", qPrintable(warning));
        // A slide without one of its layers is not the slide the project describes: refuse rather than mislead.
        if (!opened.unavailable.empty())
            return fail(opened.unavailable.front().message, opened.unavailable.front().detail);
        // The risk overlay is computed from the shipped states, whatever the project did with that layer.
        const MapLayer *shippedStates = map.layer(QLatin1StringView(DefaultMap::statesLayerId));
        const MapLayer states = shippedStates ? *shippedStates : MapLayer{};
        map.layers = opened.layers;
        RiskSettings risk;
        QString problem;
        if (!project->project.riskOverlay.isEmpty() && map.stateIndicators && states.data
            && riskSettingsFromJson(project->project.riskOverlay, &risk, &problem))
            placeRiskLayer(map.layers, riskLayer(states, *map.stateIndicators, risk));
    }
    const bool hasProjectView = project && project->project.view.has_value();
    const ProjectView projectView = hasProjectView ? *project->project.view : ProjectView{};
    for (const QString &source : command.layers) {
        QString error, detail;
        if (!addLayer(map, source, &error, &detail))
            return fail(error, detail);
    }

    request.extent = map.homeExtent;
    // An export's sidecar project says exactly what was exported: the same extent and slide, unless overridden.
    const bool fromSidecar = project && project->project.exportExtent && command.bbox.isEmpty() && command.hub.isEmpty();
    if (fromSidecar) {
        const auto &e = *project->project.exportExtent;
        request.extent = {e[0], e[1], e[2], e[3]};
        request.exactExtent = true;
    } else if (hasProjectView && command.bbox.isEmpty() && command.hub.isEmpty()) {
        // The project's view at the output's size: what the planner framed, as large as the slide allows.
        const MapCamera camera{projectView.centerLon, projectView.centerLat, projectView.zoom, 0.0, QSizeF(command.size)};
        request.extent = camera.visibleLonLatBox();
    }
    if (!command.bbox.isEmpty()) {
        const QStringList parts = command.bbox.split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts[i].trimmed().toDouble(&ok);
        const LonLatBox box{v[0], v[1], v[2], v[3]};
        if (!ok || !box.isValid() || box.west < -180 || box.east > 180 || box.south < -85 || box.north > 85)
            return fail(QStringLiteral("--bbox takes WEST,SOUTH,EAST,NORTH in degrees, west < east and south < north."));
        request.extent = box;
    } else if (!command.hub.isEmpty()) {
        bool found = false;
        const MapLayer *hubs = map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
        for (const HubView &hub : hubs ? hubViews(*hubs) : std::vector<HubView>{}) {
            if (foldedForSearch(hub.name).contains(foldedForSearch(command.hub))) {
                request.extent = hub.extent;
                found = true;
                break;
            }
        }
        if (!found)
            return fail(QStringLiteral("no hub is called “%1”.").arg(command.hub));
    }

    request.map.layers = map.layers;
    request.pixels = command.size;
    request.dpi = command.dpi;
    request.path = command.outputPath;
    request.title = command.title;
    request.subtitle = command.subtitle;
    request.worldFile = command.worldFile;
    if (!command.crs.isEmpty())
        request.crs = command.crs;
    if (project && project->project.lastExport) {
        const ExportPreset &last = *project->project.lastExport;
        if (!command.sizeGiven)
            request.pixels = QSize(last.width, last.height);
        if (!command.dpiGiven)
            request.dpi = last.dpi;
        if (command.title.isEmpty())
            request.title = last.title;
        if (command.subtitle.isEmpty())
            request.subtitle = last.subtitle;
        request.legend = last.legend;
        request.scaleBar = last.scaleBar;
        request.northArrow = last.northArrow;
        request.sourceLine = last.sourceLine;
        request.locator = last.locator;
        if (command.crs.isEmpty())
            request.crs = last.crs;
    }
    request.locale = language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::Mexico)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates);
    if (!command.allHubsDir.isEmpty())
        return runDeck(command, request, map);
    std::fprintf(stderr, "export: rendering %dx%d %s\n", request.pixels.width(), request.pixels.height(),
                 qPrintable(command.format));
    if (const UserError error = exportMap(request))
        return fail(error.message, error.detail);
    std::fprintf(stderr, "export: wrote %s\n", qPrintable(request.path));
    if (command.sidecar) {
        Project base = project ? project->project : Project{};
        if (const UserError error = writeExportSidecar(request, base))
            return fail(error.message, error.detail);
        std::fprintf(stderr, "export: wrote %s\n", qPrintable(exportSidecarPath(request.path)));
    }
    return 0;
}

} // namespace atlas
