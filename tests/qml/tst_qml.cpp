// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlservices.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(NearshoreAtlasPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // Settings, recent projects and the recovery file go to a test location, never the developer's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Nearshore Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
    }

    // Projects and exports the tests write go to a folder removed when the run ends (as `testFolder`).
    // Each test file's engine gets a session of its own, as a fresh start of the program would; recent projects
    // and the recovery file (in that folder) are the test run's.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->rootContext()->setContextProperty(QStringLiteral("testFolder"), m_folder.path());
        if (!m_recovery) {
            m_recent = std::make_unique<atlas::RecentProjects>();
            m_recovery = std::make_unique<atlas::RecoveryFile>(m_folder.filePath(QStringLiteral("recovery.atlas")));
        }
        m_sessions.push_back(std::make_unique<atlas::AtlasSession>());
        atlas::publishServices(m_sessions.back().get(), m_recent.get(), m_recovery.get());
    }

    // Before the application goes: the sessions' threads and timers belong to it.
    void cleanupTestCase()
    {
        atlas::publishServices(nullptr, nullptr, nullptr);
        m_sessions.clear();
        m_recovery.reset();
        m_recent.reset();
    }

private:
    QTemporaryDir m_folder;
    // Kept until the run ends: an engine may release its singletons after the next one starts.
    std::vector<std::unique_ptr<atlas::AtlasSession>> m_sessions;
    std::unique_ptr<atlas::RecentProjects> m_recent;
    std::unique_ptr<atlas::RecoveryFile> m_recovery;
};

QUICK_TEST_MAIN_WITH_SETUP(nearshore_atlas_qml, Setup)

#include "tst_qml.moc"
