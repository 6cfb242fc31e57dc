// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectjson.h"

#include "featurefilter.h"
#include "riskindex.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace atlas {

namespace {

constexpr auto formatName = "nearshore-atlas-project";
// Bounds that no honest project reaches and that keep a hostile file from making us allocate without limit.
constexpr qsizetype maxLayers = 1000;
constexpr qsizetype maxBookmarks = 10000;
constexpr qsizetype maxText = 4096;

// lupdate files these texts under "ProjectFile" only when the calls name the class: ProjectFile::tr(…).
struct ProjectFile {
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QJsonObject presetToJson(const ExportPreset &p)
{
    QJsonObject o{{QStringLiteral("name"), p.name},       {QStringLiteral("width"), p.pixels.width()},
            {QStringLiteral("height"), p.pixels.height()}, {QStringLiteral("dpi"), p.dpi},
            {QStringLiteral("format"), exportFormatName(p.format)}, {QStringLiteral("title"), p.title},
            {QStringLiteral("subtitle"), p.subtitle}, {QStringLiteral("crs"), p.crs},
            {QStringLiteral("legend"), p.legend},   {QStringLiteral("scaleBar"), p.scaleBar},
            {QStringLiteral("northArrow"), p.northArrow}, {QStringLiteral("sourceLine"), p.sourceLine},
            {QStringLiteral("locator"), p.locator}};
    if (!p.hub.isEmpty())
        o.insert(QStringLiteral("hub"), p.hub);
    return o;
}

QJsonArray viewToJson(const ProjectView &view)
{
    return {view.centerLon, view.centerLat, view.zoom, view.bearing};
}

/** Reads one object's fields, remembering the first problem with its JSON path. */
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error) {}

    bool ok() const { return m_error->isEmpty(); }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    QString text(const char *key, const QString &fallback = {}, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isString())
            return fail(key, ProjectFile::tr("must be text")), fallback;
        if (v.toString().size() > maxText)
            return fail(key, ProjectFile::tr("is too long")), fallback;
        return v.toString();
    }

    double number(const char *key, double fallback, double low, double high)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < low || v.toDouble() > high) {
            fail(key, ProjectFile::tr("must be a number from %1 to %2").arg(low).arg(high));
            return fallback;
        }
        return v.toDouble();
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            return fail(key, ProjectFile::tr("must be true or false")), fallback;
        return v.toBool();
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(key, ProjectFile::tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const char *key, qsizetype maxSize)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            return fail(key, ProjectFile::tr("must be a list")), QJsonArray();
        if (v.toArray().size() > maxSize)
            return fail(key, ProjectFile::tr("has more than %1 entries").arg(maxSize)), QJsonArray();
        return v.toArray();
    }

    std::optional<ProjectView> view(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        const QJsonArray a = v.toArray();
        const auto in = [&](int i, double low, double high) {
            return a.at(i).isDouble() && a.at(i).toDouble() >= low && a.at(i).toDouble() <= high;
        };
        if (!v.isArray() || a.size() != 4 || !in(0, -180, 180) || !in(1, -85.06, 85.06) || !in(2, 0, 24)
            || !in(3, -360, 360)) {
            fail(key, ProjectFile::tr("must be [longitude, latitude, zoom, bearing] with longitude -180…180, latitude -85…85, "
                         "zoom 0…24"));
            return std::nullopt;
        }
        return ProjectView{a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble()};
    }

    void fail(const char *key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("%1%2 %3").arg(m_path, QLatin1String(key), what);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

// Objects inside lists: a non-object entry is reported with its index.
bool objectAt(const QJsonArray &array, qsizetype i, const QString &path, QJsonObject *out, QString *error)
{
    if (!array.at(i).isObject()) {
        *error = QStringLiteral("%1[%2] %3").arg(path).arg(i).arg(ProjectFile::tr("must be an object"));
        return false;
    }
    *out = array.at(i).toObject();
    return true;
}

ExportPreset readPreset(const QJsonObject &o, const QString &path, QString *problem)
{
    static const QStringList formats{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("pdf"),
                                     QStringLiteral("svg"), QStringLiteral("tif")};
    Reader r(o, path, problem);
    ExportPreset preset; // absent fields keep SlideOptions' defaults
    const ExportPreset d;
    preset.name = r.text("name");
    const int width = int(r.number("width", d.pixels.width(), SlideOptions::minSide, SlideOptions::maxSide));
    const int height = int(r.number("height", d.pixels.height(), SlideOptions::minSide, SlideOptions::maxSide));
    preset.pixels = QSize(width, height);
    preset.dpi = int(r.number("dpi", d.dpi, SlideOptions::minDpi, SlideOptions::maxDpi));
    const QString format = r.text("format", exportFormatName(d.format));
    if (r.ok() && (!formats.contains(format) || !exportFormatFromName(format, &preset.format)))
        r.fail("format", ProjectFile::tr("must be one of png, jpg, pdf, svg, tif"));
    preset.title = r.text("title");
    preset.subtitle = r.text("subtitle");
    preset.crs = r.text("crs", d.crs);
    preset.legend = r.boolean("legend", d.legend);
    preset.scaleBar = r.boolean("scaleBar", d.scaleBar);
    preset.northArrow = r.boolean("northArrow", d.northArrow);
    preset.sourceLine = r.boolean("sourceLine", d.sourceLine);
    preset.locator = r.boolean("locator", d.locator);
    preset.hub = r.text("hub");
    return preset;
}

} // namespace

QJsonObject projectToJson(const Project &project)
{
    QJsonArray layers;
    for (const ProjectLayer &l : project.layers) {
        QJsonObject o{{QStringLiteral("id"), l.id}, {QStringLiteral("title"), l.title},
                      {QStringLiteral("visible"), l.visible}, {QStringLiteral("opacity"), l.opacity}};
        if (l.builtin)
            o.insert(QStringLiteral("builtin"), true);
        else if (l.isJoin())
            o.insert(QStringLiteral("join"), QJsonObject{{QStringLiteral("table"), l.joinTable},
                                                         {QStringLiteral("field"), l.joinField},
                                                         {QStringLiteral("by"), l.joinByName ? QStringLiteral("name") : QStringLiteral("code")}});
        else
            o.insert(QStringLiteral("source"), l.source);
        if (!l.assumedCrs.isEmpty())
            o.insert(QStringLiteral("assumedCrs"), l.assumedCrs);
        if (!l.style.isEmpty())
            o.insert(QStringLiteral("style"), l.style);
        if (!l.filter.isEmpty())
            o.insert(QStringLiteral("filter"), l.filter);
        layers.append(o);
    }
    QJsonArray bookmarks;
    for (const Bookmark &b : project.bookmarks)
        bookmarks.append(QJsonObject{{QStringLiteral("name"), b.name}, {QStringLiteral("view"), viewToJson(b.view)}});
    QJsonArray presets;
    for (const ExportPreset &p : project.exportPresets)
        presets.append(presetToJson(p));
    QJsonObject exportSettings{{QStringLiteral("language"), project.outputLanguage}, {QStringLiteral("presets"), presets}};
    if (project.exportExtent) {
        const auto &e = *project.exportExtent;
        exportSettings.insert(QStringLiteral("extent"), QJsonArray{e[0], e[1], e[2], e[3]});
    }
    if (project.lastExport)
        exportSettings.insert(QStringLiteral("last"), presetToJson(*project.lastExport));
    QJsonObject json{{QStringLiteral("format"), QLatin1String(formatName)},
                     {QStringLiteral("version"), Project::formatVersion},
                     {QStringLiteral("title"), project.title},
                     {QStringLiteral("layers"), layers},
                     {QStringLiteral("bookmarks"), bookmarks},
                     {QStringLiteral("hubTour"), QJsonArray::fromStringList(project.hubTour)},
                     {QStringLiteral("export"), exportSettings}};
    if (project.view)
        json.insert(QStringLiteral("view"), viewToJson(*project.view));
    if (!project.riskOverlay.isEmpty())
        json.insert(QStringLiteral("riskOverlay"), project.riskOverlay);
    return json;
}

bool projectFromJson(const QJsonObject &json, Project *project, QString *error)
{
    QString problem;
    if (json.value(QLatin1String("format")).toString() != QLatin1String(formatName)) {
        *error = ProjectFile::tr("This is not a Nearshore Atlas project (its “format” field is missing or different).");
        return false;
    }
    const QJsonValue version = json.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
        *error = ProjectFile::tr("The project has no valid format version.");
        return false;
    }
    if (version.toInt() > Project::formatVersion) {
        *error = ProjectFile::tr("The project was saved by a newer Nearshore Atlas (format version %1); this version reads up to "
                    "version %2. Update Nearshore Atlas to open it.").arg(version.toInt()).arg(Project::formatVersion);
        return false;
    }
    // Version 1 is the first format; migrations from older versions go here, one step per version.

    Project p;
    Reader top(json, QString(), &problem);
    p.title = top.text("title");
    p.view = top.view("view");

    const QJsonArray layers = top.array("layers", maxLayers);
    QStringList ids;
    for (qsizetype i = 0; problem.isEmpty() && i < layers.size(); ++i) {
        QJsonObject o;
        if (!objectAt(layers, i, QStringLiteral("layers"), &o, &problem))
            break;
        Reader r(o, QStringLiteral("layers[%1].").arg(i), &problem);
        ProjectLayer l;
        l.id = r.text("id", {}, true);
        l.builtin = r.boolean("builtin", false);
        const QJsonObject join = l.builtin ? QJsonObject() : r.object("join");
        if (!join.isEmpty()) { // a table joined onto the states: made again from the table, so no source
            Reader j(join, QStringLiteral("layers[%1].join.").arg(i), &problem);
            l.joinTable = j.text("table", {}, true);
            l.joinField = j.text("field", {}, true);
            const QString by = j.text("by", QStringLiteral("code"));
            if (j.ok() && by != QLatin1String("code") && by != QLatin1String("name"))
                j.fail("by", ProjectFile::tr("must be “code” or “name”"));
            l.joinByName = by == QLatin1String("name");
            if (j.ok() && (l.joinTable.isEmpty() || l.joinField.isEmpty()))
                j.fail(l.joinTable.isEmpty() ? "table" : "field", ProjectFile::tr("must not be empty"));
        }
        l.source = l.builtin || l.isJoin() ? QString() : r.text("source", {}, true);
        l.assumedCrs = r.text("assumedCrs");
        l.title = r.text("title");
        l.visible = r.boolean("visible", true);
        l.opacity = r.number("opacity", 1.0, 0.0, 1.0);
        l.style = r.object("style");
        l.filter = r.object("filter");
        if (FeatureFilter checked; r.ok() && !featureFilterFromJson(l.filter, &checked, &problem))
            problem = QStringLiteral("layers[%1].filter.%2").arg(i).arg(problem);
        if (r.ok() && l.id.isEmpty())
            r.fail("id", ProjectFile::tr("must not be empty"));
        if (r.ok() && !l.builtin && !l.isJoin() && l.source.isEmpty())
            r.fail("source", ProjectFile::tr("must not be empty"));
        if (r.ok() && ids.contains(l.id))
            r.fail("id", ProjectFile::tr("repeats an earlier layer's id"));
        ids.append(l.id);
        p.layers.push_back(l);
    }
    // A join names its table by the table layer's id in this file: a planner's dataset, not another join.
    for (size_t i = 0; problem.isEmpty() && i < p.layers.size(); ++i) {
        const ProjectLayer &join = p.layers[i];
        if (!join.isJoin())
            continue;
        const bool found = std::any_of(p.layers.begin(), p.layers.end(), [&](const ProjectLayer &l) {
            return l.id == join.joinTable && !l.builtin && !l.isJoin();
        });
        if (!found)
            problem = QStringLiteral("layers[%1].join.table: %2").arg(i).arg(ProjectFile::tr("names no dataset of this project"));
    }

    const QJsonArray bookmarks = top.array("bookmarks", maxBookmarks);
    for (qsizetype i = 0; problem.isEmpty() && i < bookmarks.size(); ++i) {
        QJsonObject o;
        if (!objectAt(bookmarks, i, QStringLiteral("bookmarks"), &o, &problem))
            break;
        Reader r(o, QStringLiteral("bookmarks[%1].").arg(i), &problem);
        Bookmark b;
        b.name = r.text("name", {}, true);
        const std::optional<ProjectView> view = r.view("view");
        if (r.ok() && !view)
            r.fail("view", ProjectFile::tr("is missing"));
        b.view = view.value_or(ProjectView{});
        p.bookmarks.push_back(b);
    }

    const QJsonArray tour = top.array("hubTour", maxBookmarks);
    for (qsizetype i = 0; problem.isEmpty() && i < tour.size(); ++i) {
        if (!tour.at(i).isString()) {
            problem = QStringLiteral("hubTour[%1] %2").arg(i).arg(ProjectFile::tr("must be a hub name"));
            break;
        }
        p.hubTour.append(tour.at(i).toString().left(maxText));
    }

    const QJsonObject exportSettings = top.object("export");
    Reader e(exportSettings, QStringLiteral("export."), &problem);
    p.outputLanguage = e.text("language", QStringLiteral("en"));
    if (e.ok() && p.outputLanguage != QLatin1String("en") && p.outputLanguage != QLatin1String("es"))
        e.fail("language", ProjectFile::tr("must be \"en\" or \"es\""));
    const QJsonArray presets = e.array("presets", maxLayers);
    for (qsizetype i = 0; problem.isEmpty() && i < presets.size(); ++i) {
        QJsonObject o;
        if (!objectAt(presets, i, QStringLiteral("export.presets"), &o, &problem))
            break;
        p.exportPresets.push_back(readPreset(o, QStringLiteral("export.presets[%1].").arg(i), &problem));
    }
    if (problem.isEmpty() && e.has("last"))
        p.lastExport = readPreset(e.object("last"), QStringLiteral("export.last."), &problem);
    if (problem.isEmpty() && e.has("extent")) {
        const QJsonArray a = exportSettings.value(QLatin1String("extent")).toArray();
        const auto in = [&](int i, double low, double high) {
            return a.at(i).isDouble() && a.at(i).toDouble() >= low && a.at(i).toDouble() <= high;
        };
        if (a.size() != 4 || !in(0, -180, 180) || !in(1, -85.06, 85.06) || !in(2, -180, 180) || !in(3, -85.06, 85.06)
            || a[0].toDouble() >= a[2].toDouble() || a[1].toDouble() >= a[3].toDouble())
            e.fail("extent", ProjectFile::tr("must be [west, south, east, north] in degrees"));
        else
            p.exportExtent = std::array<double, 4>{a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble()};
    }

    p.riskOverlay = top.object("riskOverlay");
    if (problem.isEmpty() && !p.riskOverlay.isEmpty()) {
        RiskSettings risk;
        if (!riskSettingsFromJson(p.riskOverlay, &risk, &problem))
            problem = QStringLiteral("riskOverlay: ") + problem;
    }

    if (!problem.isEmpty()) {
        *error = ProjectFile::tr("The project file is damaged: %1.").arg(problem);
        return false;
    }
    *project = std::move(p);
    return true;
}

} // namespace atlas
