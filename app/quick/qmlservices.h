// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlassession.h"
#include "recentprojects.h"
#include "recoveryfile.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QThread>

namespace atlas {

/**
 * The services QML reaches as singletons (AtlasSession, RecentProjects, RecoveryFile) are built by whoever starts
 * the engine (main(), a test's setup) and published here before the first QML file loads, so QML never creates
 * hidden global objects and a test builds its own. The KDE Itinerary pattern: a QML_FOREIGN singleton whose
 * create() hands out the instance.
 */
template<typename Service>
struct PublishedService {
    /** Set before the engine first uses the singleton; the engine never owns it. */
    static inline Service *instance = nullptr;

    static Service *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT_X(instance, "PublishedService", "a QML singleton was used before main() published it");
        Q_ASSERT(engine->thread() == instance->thread());
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

struct AtlasSessionService : PublishedService<AtlasSession> {
    Q_GADGET
    QML_FOREIGN(atlas::AtlasSession)
    QML_NAMED_ELEMENT(AtlasSession)
    QML_SINGLETON
};

struct RecentProjectsService : PublishedService<RecentProjects> {
    Q_GADGET
    QML_FOREIGN(atlas::RecentProjects)
    QML_NAMED_ELEMENT(RecentProjects)
    QML_SINGLETON
};

struct RecoveryFileService : PublishedService<RecoveryFile> {
    Q_GADGET
    QML_FOREIGN(atlas::RecoveryFile)
    QML_NAMED_ELEMENT(RecoveryFile)
    QML_SINGLETON
};

/** Publishes the three services for the engines created from now on. */
inline void publishServices(AtlasSession *session, RecentProjects *recent, RecoveryFile *recovery)
{
    AtlasSessionService::instance = session;
    RecentProjectsService::instance = recent;
    RecoveryFileService::instance = recovery;
}

} // namespace atlas
