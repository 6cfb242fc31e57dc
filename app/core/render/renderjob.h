// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maprenderer.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace atlas {

/**
 * One asynchronous render of a settings snapshot (the QField / QGIS map render job pattern): start() returns at
 * once, the work runs on worker threads, and finished() arrives on the thread that owns the job, with per-layer
 * errors reported there too. cancel() stops it at the next feature; finished() still comes, with no image. This is
 * the screen's render: it draws at RenderPriority::Screen, on threads exports and previews never occupy.
 */
class RenderJob : public QObject
{
    Q_OBJECT
public:
    explicit RenderJob(MapSettings settings, QObject *parent = nullptr);
    ~RenderJob() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] const MapSettings &settings() const { return m_settings; }
    /** The result once finished() has been emitted. */
    [[nodiscard]] const RenderResult &result() const { return m_result; }

Q_SIGNALS:
    /** A layer could not be drawn (emitted before finished(), on the job's thread). */
    void layerFailed(const QString &layerId, const QString &message, const QString &detail);
    void finished();

private:
    MapSettings m_settings;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<RenderResult> m_watcher;
    RenderResult m_result;
};

} // namespace atlas
