// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasproject.h"
#include "projectmap.h"
#include "recentprojects.h"
#include "recoveryfile.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace atlas {

class AtlasSession;

/**
 * The project a window works on: new / open / save / save as, the unsaved-changes mark, recent projects, autosave
 * to a recovery file and recovery after a crash, and the layers a project names that could not be opened.
 * Reading and writing are the core's (projectfile.h, projectmap.h) and what a project holds is the session's
 * AtlasDocument; this class adds the file's life cycle around it.
 */
class ProjectController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    /** The project file, empty until the project is saved or opened. */
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged FINAL)
    /** The name a window title shows: the file's name without extension, or "Untitled". */
    Q_PROPERTY(QString displayName READ displayName NOTIFY filePathChanged FINAL)
    /** True when there are changes that are not in the project file. */
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    /** Where autosave writes and recovery reads; without one (or one another program holds) there is no autosave. */
    Q_PROPERTY(atlas::RecoveryFile *recovery READ recovery WRITE setRecovery NOTIFY recoveryChanged FINAL)
    /** Where opened and saved projects are remembered. */
    Q_PROPERTY(atlas::RecentProjects *recentProjects READ recentProjects WRITE setRecentProjects NOTIFY
                   recentProjectsChanged FINAL)
    /** Layers of the project that are not on the map: [{title, source, reason}] for the layers panel. */
    Q_PROPERTY(QVariantList unavailableLayers READ unavailableLayers NOTIFY unavailableLayersChanged FINAL)
    /** A recovery file from a session that did not end normally exists: offer it. */
    Q_PROPERTY(bool recoveryAvailable READ isRecoveryAvailable NOTIFY recoveryAvailableChanged FINAL)
    /** The bookmarks of views: [{name, center, zoomLevel, bearing}]. */
    Q_PROPERTY(QVariantList bookmarks READ bookmarks NOTIFY bookmarksChanged FINAL)
    /** Slide language (es / en), saved with the project. */
    Q_PROPERTY(QString outputLanguage READ outputLanguage WRITE setOutputLanguage NOTIFY outputLanguageChanged FINAL)

public:
    /** What may wait for the unsaved-changes question. */
    enum class Step { NewProject, ChooseProject, OpenProject, Close };
    Q_ENUM(Step)
    /** The planner's answer to that question. */
    enum class Answer { Save, Discard, Cancel };
    Q_ENUM(Answer)

    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] RecoveryFile *recovery() const { return m_recovery; }
    void setRecovery(RecoveryFile *recovery);
    [[nodiscard]] RecentProjects *recentProjects() const { return m_recent; }
    void setRecentProjects(RecentProjects *recent);
    [[nodiscard]] QVariantList unavailableLayers() const;
    [[nodiscard]] bool isRecoveryAvailable() const;
    [[nodiscard]] QVariantList bookmarks() const;
    [[nodiscard]] QString outputLanguage() const;
    void setOutputLanguage(const QString &language);


    /** The map view to store with the project: QML passes the camera as {center, zoomLevel, bearing}. */
    Q_INVOKABLE void setView(const QVariantMap &view);
    /** Starts afresh on the built-in map; the caller asks about unsaved changes first. */
    Q_INVOKABLE void newProject();
    /**
     * Opens a project. Sources that need the planner's yes (outside the project's folder, network, databases) end
     * in confirmationNeeded(); call continueOpening() with the answer. Ends in opened() or failed().
     */
    Q_INVOKABLE void open(const QUrl &file);
    Q_INVOKABLE void continueOpening(bool readConfirmedSources);
    /** Saves to the current file (false if there is none yet: ask for one and call saveAs). */
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveAs(const QUrl &file);
    /** Points an unavailable layer (index into unavailableLayers) at a file the planner picked, and opens it. */
    Q_INVOKABLE void locate(int unavailableIndex, const QUrl &file);
    /**
     * Opens an unavailable database layer (its entry says `database: true`) with the password the planner typed:
     * the planner's yes to the connection, and the password for its fetches while the program runs (never saved).
     */
    Q_INVOKABLE void connectDatabase(int unavailableIndex, const QString &password);
    Q_INVOKABLE void recover();
    Q_INVOKABLE void discardRecovery();
    /** Writes unsaved work to the recovery file now; a timer does it every two minutes. */
    void autosave();
    /** The window closes normally: nothing to recover next time. */
    Q_INVOKABLE void closing();

    /**
     * Does `step` (with `file` for OpenProject) once the unsaved changes are saved or knowingly discarded: when there
     * are some, unsavedChangesQuestion() asks first and answerUnsavedChanges() continues. ChooseProject ends in
     * projectFileNeeded(), Close in closeApproved().
     */
    Q_INVOKABLE void whenSaved(atlas::ProjectController::Step step, const QUrl &file = {});
    Q_INVOKABLE void answerUnsavedChanges(atlas::ProjectController::Answer answer);
    /** Saves to the project's file, or asks for one through saveFileNeeded() when it has none or `chooseFile`. */
    Q_INVOKABLE void requestSave(bool chooseFile = false);
    /** The file chosen after saveFileNeeded(); an empty URL means the planner cancelled (and so does what waited). */
    Q_INVOKABLE void saveFileChosen(const QUrl &file);
    /** The window may close without a question: nothing unsaved, or the planner already answered. */
    Q_INVOKABLE [[nodiscard]] bool mayClose() const { return !m_modified || m_closeApproved; }

    Q_INVOKABLE void addBookmark(const QString &name, const QVariantMap &view);
    Q_INVOKABLE void removeBookmark(int index);

Q_SIGNALS:
    void sessionChanged();
    void filePathChanged();
    void modifiedChanged();
    void busyChanged();
    void recoveryChanged();
    void recentProjectsChanged();
    void unavailableLayersChanged();
    void recoveryAvailableChanged();
    void bookmarksChanged();
    void outputLanguageChanged();
    /** `sources`: one readable line per source that would be read if the planner agrees. */
    void confirmationNeeded(const QStringList &sources);
    /** A project was opened (or recovered): move the camera to `view` ({center, zoomLevel, bearing}) if not empty. */
    void opened(const QVariantMap &view);
    void failed(const QString &message, const QString &detail);
    /** Saved; `warnings` are readable lines about layers and styles, usually empty. */
    void saved();
    /** There are unsaved changes: ask whether to save them (Save / Discard / Cancel) and call answerUnsavedChanges. */
    void unsavedChangesQuestion();
    /** Ask where to save (a save dialog), then call saveFileChosen. */
    void saveFileNeeded();
    /** Ask which project to open (an open dialog), then call open. */
    void projectFileNeeded();
    /** The unsaved changes are dealt with: close the window. */
    void closeApproved();

private:
    void setModified(bool modified);
    void setBusy(bool busy);
    void setFilePath(const QString &path);
    void addRecent(const QString &path);
    void build(Project project, const QString &path, const QDir &projectDir, const QSet<QString> &confirmed,
               bool fromRecovery);
    [[nodiscard]] Project capture(const QDir &projectDir) const;
    [[nodiscard]] QString recoveredOrigin() const;
    void runWaitingStep();

    AtlasSession *m_session = nullptr;
    RecoveryFile *m_recovery = nullptr;
    RecentProjects *m_recent = nullptr;
    QString m_filePath;
    bool m_modified = false;
    bool m_busy = false;
    bool m_applying = false;    ///< replacing the layers after an open: not a change by the planner
    QTimer m_autosave;
    bool m_closeApproved = false;

    // What waits for the unsaved changes to be saved or discarded.
    struct WaitingStep {
        Step step;
        QUrl file;
    };
    std::optional<WaitingStep> m_waiting;

    // An open waiting for the planner's answer about its sources.
    struct Pending {
        Project project;
        QString path;
        QStringList sources;
        bool fromRecovery = false;
    };
    std::optional<Pending> m_pending;
};

} // namespace atlas
