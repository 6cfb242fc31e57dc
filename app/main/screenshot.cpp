// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImageWriter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace atlas {

int writeWindowScreenshot(QQmlApplicationEngine &engine, const QString &path, QSize size, const QString &screen,
                          const QString &project)
{
    QVariantMap properties{{QStringLiteral("offerRecovery"), false}, // no dialog from an earlier crash
                           {QStringLiteral("startupScreen"), screen}};
    if (!project.isEmpty())
        properties.insert(QStringLiteral("startupProject"), project);
    engine.setInitialProperties(properties);
    engine.loadFromModule("NearshoreAtlas", "Main");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "nearshore-atlas: the main window did not load\n");
        return 1;
    }
    window->resize(size);

    int exitCode = 1;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, window, [&] {
        auto *map = window->findChild<QQuickItem *>(QStringLiteral("atlasMap"));
        auto *layers = map ? map->property("layers").value<QQuickItem *>() : nullptr;
        // The window may still be resizing (and the map refitting) after the first render: wait for a render of
        // the final view.
        // A few frames more for screens whose panels render their own previews.
        const bool ready = layers && layers->property("upToDate").toBool() && window->size() == size
                           && clock.elapsed() > (screen.isEmpty() ? 0 : 2500);
        if (!ready && clock.elapsed() < 20000)
            return;
        poll.stop();
        const QImage image = window->grabWindow();
        QSaveFile file(path);
        if (ready && !image.isNull() && file.open(QIODevice::WriteOnly) && QImageWriter(&file, "png").write(image) &&
            file.commit()) {
            exitCode = 0;
        } else {
            std::fprintf(stderr, "nearshore-atlas: could not save the window picture to “%s”%s\n", qPrintable(path),
                         ready ? "" : " (the map never finished rendering)");
        }
        QGuiApplication::quit();
    });
    poll.start(50);
    QGuiApplication::exec();
    return exitCode;
}

} // namespace atlas
