// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmap.h"

#include "layersource.h"
#include "statejoin.h"
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
// The joins of tables onto the states, each at its place: from the last, so that the places before stay right.
template<typename Pending>
void makeJoins(const Project &project, const std::vector<Pending> &joins, const QHash<QString, QString> &openedIds,
               ProjectMap &map)
{
    const auto states = std::find_if(map.layers.begin(), map.layers.end(),
                                     [](const MapLayer &l) { return l.role == LayerRole::States; });
    std::vector<std::pair<size_t, MapLayer>> made;
    for (const Pending &pending : joins) {
        const ProjectLayer &stored = project.layers[size_t(pending.stored)];
        const QString name = stored.title.isEmpty() ? stored.id : stored.title;
        const QString tableId = openedIds.value(stored.joinTable);
        const auto table = std::find_if(map.layers.begin(), map.layers.end(),
                                        [&](const MapLayer &l) { return !tableId.isEmpty() && l.id == tableId; });
        QString why;
        if (table == map.layers.end())
            why = ProjectFile::tr("its table did not open");
        else if (states == map.layers.end())
            why = ProjectFile::tr("the project has no states layer");
        StateJoinLayer joined;
        if (why.isEmpty()) {
            joined = joinTableToStates(*states, *table, {table->id, stored.joinField, stored.joinByName});
            if (!joined.layer)
                why = joined.join.error.message;
        }
        if (!joined.layer) {
            map.unavailable.push_back({stored, {}, ProjectFile::tr("The join “%1” was not made again: %2.").arg(name, why),
                                       {}, pending.stored});
            continue;
        }
        restyle(*joined.layer, stored, &map.warnings);
        made.emplace_back(pending.at, std::move(*joined.layer));
    }
    for (auto it = made.rbegin(); it != made.rend(); ++it)
        map.layers.insert(map.layers.begin() + qsizetype(std::min(it->first, map.layers.size())), std::move(it->second));
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
    QHash<QString, QString> openedIds; // a dataset's stored id → its layer's id, for the joins made from it
    struct PendingJoin {
        int stored;     ///< its index in project.layers
        size_t at;      ///< its place in map.layers (layers after it are counted as they come)
    };
    std::vector<PendingJoin> joins;
    for (int i = 0; i < int(project.layers.size()); ++i) {
        const ProjectLayer &stored = project.layers[size_t(i)];
        const QString name = stored.title.isEmpty() ? stored.id : stored.title;
        if (stored.isJoin()) { // made once every dataset is open: its table may come later in the list
            joins.push_back({i, map.layers.size()});
            continue;
        }
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
        openedIds.insert(stored.id, opened.layer.id);
        map.layers.push_back(std::move(opened.layer));
    }
    makeJoins(project, joins, openedIds, map);
    return map;
}

Project captureProject(const std::vector<MapLayer> &layers, const std::vector<UnavailableLayer> &unavailable,
                       const Project &base, const QDir &projectDir)
{
    Project project = base;
    project.layers.clear();
    int userLayers = 0;
    // The stored id of every planner's dataset first: a join (stored below its table) names its table by it.
    QHash<QString, QString> storedIds;
    for (const MapLayer &layer : layers) {
        if (layer.role != LayerRole::RiskOverlay && !layer.source.isEmpty() && !layer.stateJoin)
            storedIds.insert(layer.id, QStringLiteral("layer-%1").arg(storedIds.size() + 1));
    }
    userLayers = int(storedIds.size());
    for (const MapLayer &layer : layers) {
        if (layer.role == LayerRole::RiskOverlay)
            continue; // computed from other layers: the project stores its settings instead
        ProjectLayer stored;
        if (layer.stateJoin) {
            // Made again on opening from its table (AtlasDocument::joinToStates); without the table it cannot be.
            if (!storedIds.contains(layer.stateJoin->tableId))
                continue;
            stored.id = QStringLiteral("layer-%1").arg(++userLayers);
            stored.joinTable = storedIds.value(layer.stateJoin->tableId);
            stored.joinField = layer.stateJoin->field;
            stored.joinByName = layer.stateJoin->byName;
            stored.title = layer.title;
            stored.visible = layer.visible;
            stored.opacity = layer.style.opacity;
            stored.style = styleToJson(layer.style);
            stored.filter = featureFilterToJson(layer.filter);
            project.layers.push_back(stored);
            continue;
        }
        stored.builtin = layer.source.isEmpty();
        stored.id = stored.builtin ? layer.id : storedIds.value(layer.id);
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
