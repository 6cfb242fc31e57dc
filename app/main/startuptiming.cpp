// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptiming.h"

#include "atlassession.h" // MapLayersItem holds a QPointer to it
#include "maplayersitem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

namespace atlas {

void quitAfterFirstMapFrameIfAsked(QQmlApplicationEngine &engine, const QElapsedTimer &started)
{
    if (qEnvironmentVariableIsEmpty("ATLAS_QUIT_AFTER_FIRST_FRAME"))
        return;
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    auto *layers = window ? window->findChild<MapLayersItem *>() : nullptr;
    if (!layers) {
        std::fputs("first map frame: no map in the window\n", stderr);
        QCoreApplication::exit(1);
        return;
    }
    // The render lands in the item, then the scene graph puts it on screen: the frame after that is the one.
    QObject::connect(layers, &MapLayersItem::rendered, window, [window, &started] {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [&started] {
            // Also the moment on the system's monotonic clock (QElapsedTimer's, the same in every process), so
            // that whoever started this process can count from its launch, the loading of libraries included.
            QElapsedTimer now;
            now.start();
            std::printf("first map frame: %lld ms (monotonic %lld ms)\n", static_cast<long long>(started.elapsed()),
                        static_cast<long long>(now.msecsSinceReference()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }, Qt::SingleShotConnection);
        window->update();
    }, Qt::SingleShotConnection);
}

} // namespace atlas
