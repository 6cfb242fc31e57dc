// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "hubslide.h"

#include "atlasdocument.h"
#include "commandline.h"
#include "exportsidecar.h"
#include "layersource.h"
#include "projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <optional>

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
// `argument` is PATH or PATH?crs=CODE; `defaultCrs` (--layer-crs) applies to data that declares no CRS otherwise.
// Returns the extent of what was added (invalid for a table without geometry).
std::optional<LonLatBox> addLayer(AtlasDocument &document, const QString &argument, const QString &defaultCrs,
                                  QString *error, QString *detail)
{
    const LayerArgument layer = parseLayerArgument(argument);
    OpenedLayer opened = openLayerSource(layer.source, layer.crs.isEmpty() ? defaultCrs : layer.crs);
    if (opened.error) {
        *error = opened.error.message;
        if (opened.needsCrs)
            *error += QStringLiteral(" On the command line: --layer-crs CODE, or --layer %1?crs=CODE.").arg(layer.source);
        *detail = opened.error.detail;
        return std::nullopt;
    }
    for (const QString &notice : opened.notices)
        std::fprintf(stderr, "export: notice: %s\n", qPrintable(notice));
    const bool raster = opened.layer.raster != nullptr;
    const LonLatBox extent = raster ? opened.layer.raster->extentLonLat
                                    : (opened.attributeOnly ? LonLatBox{} : opened.layer.data->extentLonLat);
    document.add(std::move(opened.layer), raster && !document.layers().empty() ? 1 : -1);
    return extent;
}

// The box that frames what --layer added: their extents together, a point layer's single point opened up to a few
// kilometres so that the slide still has a scale.
LonLatBox framing(const std::vector<LonLatBox> &extents)
{
    LonLatBox box;
    bool any = false;
    for (const LonLatBox &e : extents) {
        if (!(e.east >= e.west && e.north >= e.south) || (e.west == 0 && e.east == 0 && e.south == 0 && e.north == 0))
            continue;
        box = any ? LonLatBox{std::min(box.west, e.west), std::min(box.south, e.south), std::max(box.east, e.east),
                              std::max(box.north, e.north)}
                  : e;
        any = true;
    }
    if (!any)
        return {};
    constexpr double smallest = 0.05; // degrees, about 5 km
    constexpr double margin = 1.1;    // a point on the layer's edge is not drawn on the slide's edge
    const double cx = (box.west + box.east) / 2, cy = (box.south + box.north) / 2;
    const double halfWidth = std::max(smallest, margin * (box.east - box.west) / 2);
    const double halfHeight = std::max(smallest, margin * (box.north - box.south) / 2);
    return {std::max(-180.0, cx - halfWidth), std::max(-85.0, cy - halfHeight), std::min(180.0, cx + halfWidth),
            std::min(85.0, cy + halfHeight)};
}

} // namespace

namespace {

int runDeck(const CommandLine &command, const ExportRequest &base, const AtlasDocument &document)
{
    const DeckResult deck = exportHubDeck(document.shipped(), base, document.risk().value_or(RiskSettings{}), document.hubs(), command.allHubsDir, command.title, nullptr,
                                          [](int done, int total, const QString &name) {
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

// The slide's options: SlideOptions' defaults, then what the project's last export used, then the command line.
SlideOptions slideOptions(const CommandLine &command, const std::optional<ProjectReadResult> &project)
{
    SlideOptions slide;
    const ExportPreset *last = project && project->project.lastExport ? &*project->project.lastExport : nullptr;
    if (last)
        slide = *last;
    slide.worldFile = command.worldFile;
    exportFormatFromName(command.format, &slide.format); // checked by the caller
    if (command.sizeGiven || !last)
        slide.pixels = command.size;
    if (command.dpiGiven || !last)
        slide.dpi = command.dpi;
    if (!command.title.isEmpty() || !last)
        slide.title = command.title;
    if (!command.subtitle.isEmpty() || !last)
        slide.subtitle = command.subtitle;
    if (!command.crs.isEmpty())
        slide.crs = command.crs;
    return slide;
}

} // namespace

int runExport(const CommandLine &command)
{
    SlideOptions::Format format;
    if (!exportFormatFromName(command.format, &format))
        return fail(QStringLiteral("unknown format “%1”: use png, jpg, pdf, svg or tif.").arg(command.format));

    // The project first: its output language is the slide's unless --lang says otherwise.
    std::optional<ProjectReadResult> project;
    QString language = command.language;
    if (!command.project.isEmpty()) {
        project = readProjectFile(command.project);
        if (project->error)
            return fail(project->error.message, project->error.detail);
        if (!command.languageGiven)
            language = project->project.outputLanguage;
    }

    std::fprintf(stderr, "export: reading the data\n");
    AtlasDocument document(DefaultMap::load());
    for (const UserError &e : document.shipped().errors)
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
        ProjectMap opened = buildProjectMap(project->project, document.builtinLayers(), projectDir, confirmed);
        for (const QString &warning : opened.warnings)
            std::fprintf(stderr, "export: warning: %s\n", qPrintable(warning));
        // A slide without one of its layers is not the slide the project describes: refuse rather than mislead.
        if (!opened.unavailable.empty())
            return fail(opened.unavailable.front().message, opened.unavailable.front().detail);
        document.apply(project->project, std::move(opened));
    }
    std::vector<LonLatBox> added;
    for (const QString &source : command.layers) {
        QString error, detail;
        const std::optional<LonLatBox> extent = addLayer(document, source, command.layerCrs, &error, &detail);
        if (!extent)
            return fail(error, detail);
        added.push_back(*extent);
    }

    const SlideOptions slide = slideOptions(command, project);
    if (const QString problem = slide.problem(); !problem.isEmpty())
        return fail(problem);
    ExportRequest request = document.exportRequest(slide, language);
    request.path = command.outputPath;

    // An export's sidecar project says exactly what was exported: the same extent and slide, unless overridden.
    const bool framed = !command.bbox.isEmpty() || !command.hub.isEmpty();
    // A hub slide's sidecar names its hub: the fact box is made again (and the extent stays the sidecar's).
    const QString hubName = !command.hub.isEmpty() ? command.hub : (command.bbox.isEmpty() ? slide.hub : QString());
    if (project && project->project.exportExtent && !framed) {
        const auto &e = *project->project.exportExtent;
        request.extent = {e[0], e[1], e[2], e[3]};
        request.exactExtent = true;
    } else if (document.view() && !framed) {
        // The project's view at the output's size: what the planner framed, as large as the slide allows.
        const ProjectView &view = *document.view();
        const MapCamera camera{view.centerLon, view.centerLat, view.zoom, 0.0, QSizeF(request.pixels)};
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
    } else if (!hubName.isEmpty()) {
        const std::optional<HubView> hub = document.findHub(hubName);
        if (!hub)
            return fail(QStringLiteral("no hub is called “%1”.").arg(hubName));
        const LonLatBox sidecarExtent = request.extent;
        const bool fromSidecar = command.hub.isEmpty();
        request = hubSlide(document.shipped(), *hub, request, document.risk().value_or(RiskSettings{})); // framed on its metro, with its fact box
        if (fromSidecar) {
            request.extent = sidecarExtent;
            request.exactExtent = true;
        }
        if (request.title.isEmpty())
            request.title = hub->name;
    } else {
        request.hub.clear(); // not a hub slide (a bbox, or the project's own view)
        // Layers added without --bbox: the slide shows them, wherever they are (not the default view of Mexico).
        if (const LonLatBox box = framing(added); box.isValid()) {
            request.extent = box;
            request.exactExtent = false;
        }
    }

    if (!command.allHubsDir.isEmpty())
        return runDeck(command, request, document);
    std::fprintf(stderr, "export: rendering %dx%d %s\n", request.pixels.width(), request.pixels.height(),
                 qPrintable(command.format));
    if (const UserError error = exportMap(request))
        return fail(error.message, error.detail);
    std::fprintf(stderr, "export: wrote %s\n", qPrintable(request.path));
    if (command.sidecar) {
        if (const UserError error = writeExportSidecar(request, document.capture(QDir::root())))
            return fail(error.message, error.detail);
        std::fprintf(stderr, "export: wrote %s\n", qPrintable(exportSidecarPath(request.path)));
    }
    return 0;
}

} // namespace atlas
