// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmap.h"

#include "layersource.h"
#include "stylejson.h"

#include <QCoreApplication>

namespace atlas {

namespace {
// lupdate files these texts under "ProjectFile" only when the calls name the class: ProjectFile::tr(…).
struct ProjectFile {
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

void restyle(MapLayer &layer, const ProjectLayer &stored, QStringList *warnings)
{
    if (!stored.style.isEmpty()) {
        QString problem;
        if (!styleFromJson(stored.style, &layer.style, &problem))
            warnings->append(ProjectFile::tr("The style of “%1” could not be read (%2); its default style is used.")
                                 .arg(stored.title.isEmpty() ? stored.id : stored.title, problem));
    }
    if (!stored.title.isEmpty()) {
        layer.title = stored.title;
        layer.titleSource.clear(); // the planner's own name, in whatever language it was written
    }
    layer.visible = stored.visible;
    layer.style.opacity = stored.opacity;
    FeatureFilter filter;
    QString problem;
    if (featureFilterFromJson(stored.filter, &filter, &problem)) // projectFromJson checked it already
        layer.setFilter(std::move(filter));
}
} // namespace

std::vector<std::pair<ProjectLayer, SourceCheck>> sourcesNeedingConfirmation(const Project &project, const QDir &projectDir)
{
    std::vector<std::pair<ProjectLayer, SourceCheck>> result;
    for (const ProjectLayer &layer : project.layers) {
        if (layer.builtin)
            continue;
        const SourceCheck check = checkProjectSource(layer.source, projectDir);
        if (check.needsConfirmation())
            result.emplace_back(layer, check);
    }
    return result;
}

ProjectMap buildProjectMap(const Project &project, const std::vector<MapLayer> &builtins, const QDir &projectDir,
                           const QSet<QString> &confirmedSources)
{
    ProjectMap map;
    for (int i = 0; i < int(project.layers.size()); ++i) {
        const ProjectLayer &stored = project.layers[size_t(i)];
        const QString name = stored.title.isEmpty() ? stored.id : stored.title;
        if (stored.builtin) {
            const auto builtin = std::find_if(builtins.begin(), builtins.end(),
                                              [&](const MapLayer &l) { return l.id == stored.id; });
            if (builtin == builtins.end()) {
                map.unavailable.push_back({stored, {}, ProjectFile::tr("“%1” is not part of this version's built-in data.").arg(name), {}, i});
                continue;
            }
            MapLayer layer = *builtin;
            restyle(layer, stored, &map.warnings);
            map.layers.push_back(std::move(layer));
            continue;
        }
        const SourceCheck check = checkProjectSource(stored.source, projectDir);
        const bool allowed = check.kind == SourceCheck::Kind::Inside
                             || (check.needsConfirmation() && confirmedSources.contains(stored.source));
        if (!allowed) {
            const QString message = check.kind == SourceCheck::Kind::Missing
                                        ? ProjectFile::tr("“%1” is unavailable: %2. Use Locate… to point to it.").arg(name, check.reason)
                                        : ProjectFile::tr("“%1” was not opened: %2.").arg(name, check.reason);
            map.unavailable.push_back({stored, check, message, check.resolved, i});
            continue;
        }
        OpenedLayer opened = openLayerSource(check.resolved, stored.assumedCrs);
        if (opened.error) {
            map.unavailable.push_back({stored, check, ProjectFile::tr("“%1” could not be read: %2").arg(name, opened.error.message),
                                       opened.error.detail, i});
            continue;
        }
        restyle(opened.layer, stored, &map.warnings);
        map.layers.push_back(std::move(opened.layer));
    }
    return map;
}

Project captureProject(const std::vector<MapLayer> &layers, const std::vector<UnavailableLayer> &unavailable,
                       const Project &base, const QDir &projectDir)
{
    Project project = base;
    project.layers.clear();
    int userLayers = 0;
    for (const MapLayer &layer : layers) {
        if (layer.role == LayerRole::RiskOverlay)
            continue; // computed from other layers: the project stores its settings instead
        if (layer.id.startsWith(QLatin1String("join:")))
            continue; // a join of a table onto the states (AtlasDocument::joinToStates): not stored yet, made again
        ProjectLayer stored;
        stored.builtin = layer.source.isEmpty();
        stored.id = stored.builtin ? layer.id : QStringLiteral("layer-%1").arg(++userLayers);
        stored.source = stored.builtin ? QString() : storedProjectSource(layer.source, projectDir);
        stored.assumedCrs = layer.assumedCrs;
        // Built-in layers keep their translated titles (slides follow the output language); planner data keeps its name.
        stored.title = stored.builtin ? QString() : layer.title;
        stored.visible = layer.visible;
        stored.opacity = layer.style.opacity;
        stored.style = styleToJson(layer.style);
        stored.filter = featureFilterToJson(layer.filter);
        project.layers.push_back(stored);
    }
    // Layers that did not open go back where they were, so a save never drops what the planner could not see.
    for (const UnavailableLayer &u : unavailable) {
        ProjectLayer stored = u.stored;
        const auto clash = [&](const QString &id) {
            return std::any_of(project.layers.begin(), project.layers.end(), [&](const ProjectLayer &l) { return l.id == id; });
        };
        while (clash(stored.id))
            stored.id = QStringLiteral("layer-%1").arg(++userLayers);
        const size_t at = std::min(size_t(std::max(u.position, 0)), project.layers.size());
        project.layers.insert(project.layers.begin() + qsizetype(at), stored);
    }
    return project;
}

} // namespace atlas
