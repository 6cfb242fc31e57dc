// SPDX-License-Identifier: GPL-3.0-or-later
// The window's save and close flows, which live in ProjectController so that no callback waits on a dialog:
// a question only when something is unsaved, Cancel keeps the work, Discard goes on without saving, Save asks for
// a file when there is none and goes on only once the file is written.
#include "atlassession.h"
#include "projectcontroller.h"
#include "recentprojects.h"
#include "recoveryfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class TestProjectFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    AtlasSession *m_session = nullptr;
    ProjectController *m_project = nullptr;

    // A change a planner makes: the states layer hidden.
    void changeSomething()
    {
        const int states = m_session->layerIndex(QStringLiteral("mx_states"));
        QVERIFY(states >= 0);
        const bool visible = m_session->layers()[size_t(states)].visible;
        QVERIFY(m_session->setLayerVisible(states, !visible));
        QVERIFY(m_project->isModified());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent projects and recovery never touch the developer's own
        QCoreApplication::setOrganizationName(QStringLiteral("Nearshore Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_projectflow"));
        QVERIFY(m_dir.isValid());
        m_session = new AtlasSession(this);
        m_project = new ProjectController(this);
        m_project->setSession(m_session);
    }

    void nothingUnsavedAsksNothing()
    {
        m_project->newProject();
        QVERIFY(!m_project->isModified());
        QSignalSpy question(m_project, &ProjectController::unsavedChangesQuestion);
        QSignalSpy chooseProject(m_project, &ProjectController::projectFileNeeded);
        m_project->whenSaved(ProjectController::Step::ChooseProject);
        QCOMPARE(question.size(), 0);
        QCOMPARE(chooseProject.size(), 1);
        QVERIFY(m_project->mayClose());
    }

    void cancelKeepsTheWork()
    {
        m_project->newProject();
        changeSomething();
        QVERIFY(!m_project->mayClose());
        QSignalSpy question(m_project, &ProjectController::unsavedChangesQuestion);
        QSignalSpy opened(m_project, &ProjectController::opened);
        m_project->whenSaved(ProjectController::Step::NewProject);
        QCOMPARE(question.size(), 1);
        QCOMPARE(opened.size(), 0); // nothing happens before the answer
        m_project->answerUnsavedChanges(ProjectController::Answer::Cancel);
        QCOMPARE(opened.size(), 0);
        QVERIFY(m_project->isModified());
        // The cancelled step is gone: a later save does not start a new project behind the planner's back.
        QSignalSpy saveFile(m_project, &ProjectController::saveFileNeeded);
        m_project->requestSave();
        QCOMPARE(saveFile.size(), 1);
        m_project->saveFileChosen({});
        QCOMPARE(opened.size(), 0);
        QVERIFY(m_project->isModified());
    }

    void discardGoesOnWithoutSaving()
    {
        m_project->newProject();
        changeSomething();
        QSignalSpy opened(m_project, &ProjectController::opened);
        QSignalSpy saveFile(m_project, &ProjectController::saveFileNeeded);
        m_project->whenSaved(ProjectController::Step::NewProject);
        m_project->answerUnsavedChanges(ProjectController::Answer::Discard);
        QCOMPARE(saveFile.size(), 0);
        QCOMPARE(opened.size(), 1);
        QVERIFY(!m_project->isModified());
    }

    void saveAsksForAFileThenGoesOn()
    {
        m_project->newProject();
        changeSomething();
        QSignalSpy saveFile(m_project, &ProjectController::saveFileNeeded);
        QSignalSpy chooseProject(m_project, &ProjectController::projectFileNeeded);
        m_project->whenSaved(ProjectController::Step::ChooseProject);
        m_project->answerUnsavedChanges(ProjectController::Answer::Save);
        QCOMPARE(saveFile.size(), 1); // an untitled project has no file yet
        QCOMPARE(chooseProject.size(), 0);
        const QString path = m_dir.filePath(QStringLiteral("flow.atlas"));
        m_project->saveFileChosen(QUrl::fromLocalFile(path));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!m_project->isModified());
        QCOMPARE(m_project->filePath(), path);
        QCOMPARE(chooseProject.size(), 1);
    }

    void aFailedSaveStopsWhatWaited()
    {
        changeSomething();
        QSignalSpy failed(m_project, &ProjectController::failed);
        QSignalSpy opened(m_project, &ProjectController::opened);
        m_project->whenSaved(ProjectController::Step::NewProject);
        // A folder that does not exist: the file cannot be written, so the new project must not start.
        m_project->saveFileChosen(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("missing/folder/x.atlas"))));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(opened.size(), 0);
        QVERIFY(m_project->isModified());
    }

    void closeIsApprovedOnceAnswered()
    {
        QVERIFY(m_project->isModified());
        QSignalSpy approved(m_project, &ProjectController::closeApproved);
        m_project->whenSaved(ProjectController::Step::Close);
        QCOMPARE(approved.size(), 0);
        QVERIFY(!m_project->mayClose());
        m_project->answerUnsavedChanges(ProjectController::Answer::Discard);
        QCOMPARE(approved.size(), 1);
        QVERIFY(m_project->mayClose()); // the window's second close goes through
        m_project->closing();
    }

    // A session that ends without closing (a crash) leaves its autosave; the next start offers it, and recovering
    // brings back the unsaved change and the project file it belongs to, still marked unsaved.
    void autosavedWorkIsRecoveredByTheNextStart()
    {
        const QString recoveryPath = m_dir.filePath(QStringLiteral("data/recovery.atlas"));
        const QString projectPath = m_dir.filePath(QStringLiteral("recovered.atlas"));
        bool hiddenStates = false;
        {
            AtlasSession session;
            RecoveryFile recovery(recoveryPath);
            QVERIFY(recovery.isOwned());
            QVERIFY(!recovery.isAvailable());
            ProjectController project;
            project.setSession(&session);
            project.setRecovery(&recovery);
            QVERIFY(project.saveAs(QUrl::fromLocalFile(projectPath)));
            project.autosave(); // nothing unsaved: nothing written
            QVERIFY(!QFileInfo::exists(recoveryPath));
            const int states = session.layerIndex(QStringLiteral("mx_states"));
            hiddenStates = session.layers()[size_t(states)].visible;
            QVERIFY(session.setLayerVisible(states, !hiddenStates));
            QSignalSpy available(&project, &ProjectController::recoveryAvailableChanged);
            project.autosave();
            QVERIFY(QFileInfo::exists(recoveryPath));
            QCOMPARE(available.size(), 1);
            QCOMPARE(recovery.origin(), projectPath);
        } // ends without closing(): the recovery file stays

        AtlasSession session;
        RecoveryFile recovery(recoveryPath);
        QVERIFY(recovery.isAvailable());
        ProjectController project;
        project.setSession(&session);
        project.setRecovery(&recovery);
        QVERIFY(project.isRecoveryAvailable());
        QSignalSpy opened(&project, &ProjectController::opened);
        project.recover();
        QVERIFY(opened.wait(10000));
        QCOMPARE(project.filePath(), projectPath);
        QVERIFY(project.isModified());
        const int states = session.layerIndex(QStringLiteral("mx_states"));
        QCOMPARE(session.layers()[size_t(states)].visible, !hiddenStates);
        project.closing(); // a normal end: nothing is offered next time
        QVERIFY(!QFileInfo::exists(recoveryPath));
        QVERIFY(!project.isRecoveryAvailable());
    }

    // A second copy of the program must neither offer nor overwrite nor remove the first one's recovery file.
    void aSecondCopyLeavesTheRecoveryFileAlone()
    {
        const QString recoveryPath = m_dir.filePath(QStringLiteral("shared/recovery.atlas"));
        RecoveryFile first(recoveryPath);
        QVERIFY(first.isOwned());
        QVERIFY(!first.write(Project{}, {}));
        RecoveryFile second(recoveryPath);
        QVERIFY(!second.isOwned());
        QVERIFY(!second.isAvailable());
        QVERIFY(second.write(Project{}, {}).isError());
        second.discard();
        QVERIFY(QFileInfo::exists(recoveryPath));
        ProjectController project;
        project.setRecovery(&second);
        QVERIFY(!project.isRecoveryAvailable());
        QVERIFY(first.isAvailable());
    }

    void recentProjectsKeepTheNewestThatExist()
    {
        RecentProjects recent;
        QSignalSpy changed(&recent, &RecentProjects::changed);
        QStringList files;
        for (int i = 0; i < 10; ++i) {
            files.append(m_dir.filePath(QStringLiteral("recent-%1.atlas").arg(i)));
            QFile file(files.back());
            QVERIFY(file.open(QIODevice::WriteOnly));
            recent.add(files.back());
        }
        QCOMPARE(changed.size(), 10);
        QStringList expected;
        for (int i = 9; i >= 10 - int(RecentProjects::maxCount); --i)
            expected.append(files[i]);
        QCOMPARE(recent.paths(), expected);
        recent.add(files[5]); // opened again: first, and not twice
        QCOMPARE(recent.paths().first(), files[5]);
        QCOMPARE(recent.paths().count(files[5]), 1);
        QVERIFY(QFile::remove(files[9]));
        QVERIFY(!recent.paths().contains(files[9]));
    }
};

QTEST_MAIN(TestProjectFlow)
#include "tst_projectflow.moc"
