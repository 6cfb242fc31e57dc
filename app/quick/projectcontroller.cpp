// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "atlassession.h"
#include "pgconnection.h"
#include "projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace atlas {

namespace {

constexpr int autosaveIntervalMs = 2 * 60 * 1000;

QVariantMap viewToVariant(const ProjectView &view)
{
    return {{QStringLiteral("center"), QVariant::fromValue(QGeoCoordinate(view.centerLat, view.centerLon))},
            {QStringLiteral("zoomLevel"), view.zoom},
            {QStringLiteral("bearing"), view.bearing}};
}

std::optional<ProjectView> viewFromVariant(const QVariantMap &map)
{
    const QGeoCoordinate center = map.value(QStringLiteral("center")).value<QGeoCoordinate>();
    if (!center.isValid())
        return std::nullopt;
    return ProjectView{center.longitude(), center.latitude(), map.value(QStringLiteral("zoomLevel")).toDouble(),
                       map.value(QStringLiteral("bearing")).toDouble()};
}

} // namespace

ProjectController::ProjectController(QObject *parent)
    : QObject(parent)
{
    m_autosave.setInterval(autosaveIntervalMs);
    connect(&m_autosave, &QTimer::timeout, this, &ProjectController::autosave);
}

ProjectController::~ProjectController() = default;

void ProjectController::setRecovery(RecoveryFile *recovery)
{
    if (m_recovery == recovery)
        return;
    if (m_recovery)
        disconnect(m_recovery, nullptr, this, nullptr);
    m_recovery = recovery;
    if (m_recovery)
        connect(m_recovery, &RecoveryFile::availableChanged, this, &ProjectController::recoveryAvailableChanged);
    // Only the window whose recovery file is its own autosaves (a second copy of the program does not).
    if (m_recovery && m_recovery->isOwned())
        m_autosave.start();
    else
        m_autosave.stop();
    Q_EMIT recoveryChanged();
    Q_EMIT recoveryAvailableChanged();
}

void ProjectController::setRecentProjects(RecentProjects *recent)
{
    if (m_recent == recent)
        return;
    m_recent = recent;
    Q_EMIT recentProjectsChanged();
}

void ProjectController::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        const auto changed = [this] {
            if (!m_applying)
                setModified(true);
        };
        connect(m_session, &AtlasSession::mapChanged, this, changed);
    }
    Q_EMIT sessionChanged();
}

QString ProjectController::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).completeBaseName();
}

QVariantList ProjectController::unavailableLayers() const
{
    QVariantList list;
    if (!m_session)
        return list;
    for (const UnavailableLayer &u : m_session->document().unavailable())
        list.append(QVariantMap{{QStringLiteral("title"), u.stored.title.isEmpty() ? u.stored.id : u.stored.title},
                                {QStringLiteral("source"), u.stored.source},
                                {QStringLiteral("message"), u.message},
                                {QStringLiteral("database"), isPgSource(u.stored.source)},
                                {QStringLiteral("detail"), u.detail}});
    return list;
}

bool ProjectController::isRecoveryAvailable() const
{
    return m_recovery && m_recovery->isAvailable();
}

QVariantList ProjectController::bookmarks() const
{
    QVariantList list;
    if (!m_session)
        return list;
    for (const Bookmark &b : m_session->document().bookmarks()) {
        QVariantMap entry = viewToVariant(b.view);
        entry.insert(QStringLiteral("name"), b.name);
        list.append(entry);
    }
    return list;
}

QString ProjectController::outputLanguage() const
{
    return m_session ? m_session->document().outputLanguage() : QStringLiteral("en");
}

void ProjectController::setOutputLanguage(const QString &language)
{
    if (!m_session || language == outputLanguage() || !m_session->document().setOutputLanguage(language))
        return;
    setModified(true);
    Q_EMIT outputLanguageChanged();
}

void ProjectController::setView(const QVariantMap &view)
{
    // The view alone does not make a project "modified" (panning is looking, not editing), but it is saved.
    if (const std::optional<ProjectView> v = viewFromVariant(view); v && m_session)
        m_session->document().setView(*v);
}

void ProjectController::newProject()
{
    if (!m_session)
        return;
    m_applying = true;
    m_session->document().reset();
    m_session->documentReplaced();
    m_applying = false;
    setFilePath({});
    setModified(false);
    Q_EMIT unavailableLayersChanged();
    Q_EMIT bookmarksChanged();
    Q_EMIT outputLanguageChanged();
    Q_EMIT opened({});
}

void ProjectController::open(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const ProjectReadResult read = readProjectFile(path);
    if (read.error) {
        Q_EMIT failed(read.error.message, read.error.detail);
        return;
    }
    const QDir dir = QFileInfo(path).absoluteDir();
    QStringList sources;
    for (const auto &[layer, check] : sourcesNeedingConfirmation(read.project, dir))
        sources.append(tr("%1 — %2: %3").arg(layer.title.isEmpty() ? layer.id : layer.title, check.reason, check.resolved));
    if (!sources.isEmpty()) {
        m_pending = Pending{read.project, path, sources, false};
        Q_EMIT confirmationNeeded(sources);
        return;
    }
    build(read.project, path, dir, {}, false);
}

void ProjectController::continueOpening(bool readConfirmedSources)
{
    if (!m_pending)
        return;
    Pending pending = std::move(*m_pending);
    m_pending.reset();
    QSet<QString> confirmed;
    if (readConfirmedSources) {
        for (const ProjectLayer &layer : pending.project.layers)
            confirmed.insert(layer.source);
    }
    const QString origin = pending.fromRecovery ? recoveredOrigin() : pending.path;
    const QDir dir = origin.isEmpty() ? QDir::root() : QFileInfo(origin).absoluteDir();
    build(pending.project, pending.path, dir, confirmed, pending.fromRecovery);
}

void ProjectController::build(Project project, const QString &path, const QDir &projectDir,
                              const QSet<QString> &confirmed, bool fromRecovery)
{
    if (!m_session)
        return;
    setBusy(true);
    auto *watcher = new QFutureWatcher<ProjectMap>(this);
    connect(watcher, &QFutureWatcher<ProjectMap>::finished, this, [this, watcher, project, path, fromRecovery] {
        watcher->deleteLater();
        ProjectMap map = watcher->result();
        const QStringList warnings = map.warnings;
        m_applying = true;
        m_session->document().apply(project, std::move(map));
        m_session->documentReplaced();
        m_applying = false;
        const QString origin = fromRecovery ? recoveredOrigin() : path;
        setFilePath(origin);
        if (!origin.isEmpty())
            addRecent(origin);
        setModified(fromRecovery); // recovered work is not in its project file yet
        setBusy(false);
        Q_EMIT unavailableLayersChanged();
        Q_EMIT bookmarksChanged();
        Q_EMIT outputLanguageChanged();
        Q_EMIT opened(project.view ? viewToVariant(*project.view) : QVariantMap());
        if (!warnings.isEmpty())
            Q_EMIT failed(tr("The project opened, with some problems."), warnings.join(QLatin1Char('\n')));
    });
    watcher->setFuture(QtConcurrent::run([project, builtins = m_session->document().builtinLayers(), projectDir, confirmed] {
        return buildProjectMap(project, builtins, projectDir, confirmed);
    }));
}

Project ProjectController::capture(const QDir &projectDir) const
{
    return m_session ? m_session->document().capture(projectDir) : Project{};
}

bool ProjectController::save()
{
    return !m_filePath.isEmpty() && saveAs(QUrl::fromLocalFile(m_filePath));
}

bool ProjectController::saveAs(const QUrl &file)
{
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".atlas");
    Project project = capture(QFileInfo(path).absoluteDir());
    if (project.title.isEmpty())
        project.title = QFileInfo(path).completeBaseName();
    if (const UserError error = writeProjectFile(project, path)) {
        Q_EMIT failed(error.message, error.detail);
        return false;
    }
    if (m_session)
        m_session->document().setTitle(project.title);
    setFilePath(path);
    addRecent(path);
    setModified(false);
    Q_EMIT saved();
    return true;
}

void ProjectController::locate(int unavailableIndex, const QUrl &file)
{
    if (!m_session || unavailableIndex < 0 || unavailableIndex >= int(m_session->document().unavailable().size()))
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    Project one;
    ProjectLayer stored = m_session->document().unavailable()[size_t(unavailableIndex)].stored;
    stored.source = path;
    stored.builtin = false;
    one.layers = {stored};
    setBusy(true);
    auto *watcher = new QFutureWatcher<ProjectMap>(this);
    connect(watcher, &QFutureWatcher<ProjectMap>::finished, this, [this, watcher, stored] {
        watcher->deleteLater();
        setBusy(false);
        ProjectMap map = watcher->result();
        // Found again by its stored id: the list may have changed while the file was read.
        const std::vector<UnavailableLayer> &unavailable = m_session->document().unavailable();
        const auto it = std::find_if(unavailable.begin(), unavailable.end(),
                                     [&](const UnavailableLayer &u) { return u.stored.id == stored.id; });
        if (map.layers.empty() || it == unavailable.end()) {
            if (!map.unavailable.empty())
                Q_EMIT failed(map.unavailable.front().message, map.unavailable.front().detail);
            return;
        }
        // A change the planner made: the project is modified (mapChanged).
        m_session->resolveUnavailable(int(it - unavailable.begin()), std::move(map.layers.front()));
        Q_EMIT unavailableLayersChanged();
    });
    // The planner picked this file: it is confirmed, wherever it lies.
    watcher->setFuture(QtConcurrent::run([one, path] { return buildProjectMap(one, {}, QDir::root(), {path}); }));
}

void ProjectController::connectDatabase(int unavailableIndex, const QString &password)
{
    if (!m_session || unavailableIndex < 0 || unavailableIndex >= int(m_session->document().unavailable().size()))
        return;
    const ProjectLayer stored = m_session->document().unavailable()[size_t(unavailableIndex)].stored;
    if (!isPgSource(stored.source))
        return;
    m_session->rememberDatabasePassword(stored.source, password);
    Project one;
    ProjectLayer withLogin = stored;
    withLogin.source = withPassword(stored.source, password); // for this opening only: the layer keeps it without
    one.layers = {withLogin};
    setBusy(true);
    auto *watcher = new QFutureWatcher<ProjectMap>(this);
    connect(watcher, &QFutureWatcher<ProjectMap>::finished, this, [this, watcher, stored] {
        watcher->deleteLater();
        setBusy(false);
        ProjectMap map = watcher->result();
        const std::vector<UnavailableLayer> &unavailable = m_session->document().unavailable();
        const auto it = std::find_if(unavailable.begin(), unavailable.end(),
                                     [&](const UnavailableLayer &u) { return u.stored.id == stored.id; });
        if (map.layers.empty() || it == unavailable.end()) {
            if (!map.unavailable.empty())
                Q_EMIT failed(map.unavailable.front().message, map.unavailable.front().detail);
            return;
        }
        m_session->resolveUnavailable(int(it - unavailable.begin()), std::move(map.layers.front()));
        Q_EMIT unavailableLayersChanged();
    });
    const QString confirmed = withLogin.source;
    watcher->setFuture(QtConcurrent::run([one, confirmed] { return buildProjectMap(one, {}, QDir::root(), {confirmed}); }));
}

QString ProjectController::recoveredOrigin() const
{
    return m_recovery ? m_recovery->origin() : QString();
}

void ProjectController::autosave()
{
    if (!m_modified || !m_session || !m_recovery || !m_recovery->isOwned())
        return;
    // Sources stay relative to the project's own folder, so that recovery resolves them as opening it would.
    const QDir dir = m_filePath.isEmpty() ? QDir::root() : QFileInfo(m_filePath).absoluteDir();
    // A failed autosave is not the planner's to deal with now: the next one tries again, the project is untouched.
    if (const UserError error = m_recovery->write(capture(dir), m_filePath))
        qWarning("autosave: %s (%s)", qPrintable(error.message), qPrintable(error.detail));
}

void ProjectController::recover()
{
    if (!m_recovery || !m_recovery->isAvailable())
        return;
    const ProjectReadResult read = m_recovery->read();
    if (read.error) {
        Q_EMIT failed(read.error.message, read.error.detail);
        discardRecovery();
        return;
    }
    const QString origin = m_recovery->origin();
    const QDir dir = origin.isEmpty() ? QDir::root() : QFileInfo(origin).absoluteDir();
    QStringList sources;
    for (const auto &[layer, check] : sourcesNeedingConfirmation(read.project, dir))
        sources.append(tr("%1 — %2: %3").arg(layer.title.isEmpty() ? layer.id : layer.title, check.reason, check.resolved));
    if (!sources.isEmpty()) {
        m_pending = Pending{read.project, m_recovery->path(), sources, true};
        Q_EMIT confirmationNeeded(sources);
        return;
    }
    build(read.project, m_recovery->path(), dir, {}, true);
}

void ProjectController::discardRecovery()
{
    if (m_recovery)
        m_recovery->discard();
}

void ProjectController::closing()
{
    discardRecovery(); // a normal end: nothing to recover next time
}

void ProjectController::whenSaved(Step step, const QUrl &file)
{
    m_waiting = WaitingStep{step, file};
    if (m_modified && !m_closeApproved)
        Q_EMIT unsavedChangesQuestion();
    else
        runWaitingStep();
}

void ProjectController::answerUnsavedChanges(Answer answer)
{
    switch (answer) {
    case Answer::Save:
        requestSave();
        break;
    case Answer::Discard:
        runWaitingStep();
        break;
    case Answer::Cancel:
        m_waiting.reset();
        break;
    }
}

void ProjectController::requestSave(bool chooseFile)
{
    if (chooseFile || m_filePath.isEmpty())
        Q_EMIT saveFileNeeded();
    else if (save())
        runWaitingStep();
    else
        m_waiting.reset(); // failed() said why; what waited must not run over unsaved work
}

void ProjectController::saveFileChosen(const QUrl &file)
{
    if (!file.isEmpty() && saveAs(file))
        runWaitingStep();
    else
        m_waiting.reset();
}

void ProjectController::runWaitingStep()
{
    if (!m_waiting)
        return;
    const WaitingStep waiting = *std::exchange(m_waiting, std::nullopt);
    switch (waiting.step) {
    case Step::NewProject:
        newProject();
        break;
    case Step::ChooseProject:
        Q_EMIT projectFileNeeded();
        break;
    case Step::OpenProject:
        open(waiting.file);
        break;
    case Step::Close:
        m_closeApproved = true;
        Q_EMIT closeApproved();
        break;
    }
}

void ProjectController::addBookmark(const QString &name, const QVariantMap &view)
{
    const std::optional<ProjectView> v = viewFromVariant(view);
    if (!v || name.trimmed().isEmpty() || !m_session)
        return;
    m_session->document().addBookmark({name.trimmed(), *v});
    setModified(true);
    Q_EMIT bookmarksChanged();
}

void ProjectController::removeBookmark(int index)
{
    if (!m_session || !m_session->document().removeBookmark(index))
        return;
    setModified(true);
    Q_EMIT bookmarksChanged();
}

void ProjectController::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged();
}

void ProjectController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ProjectController::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged();
}

void ProjectController::addRecent(const QString &path)
{
    if (m_recent)
        m_recent->add(path);
}

} // namespace atlas
