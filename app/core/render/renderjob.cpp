// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderjob.h"

#include "renderpools.h"

#include <QtConcurrent/QtConcurrentRun>

namespace atlas {

RenderJob::RenderJob(MapSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    connect(&m_watcher, &QFutureWatcher<RenderResult>::finished, this, [this] {
        m_result = m_watcher.result();
        for (const LayerError &e : std::as_const(m_result.errors))
            Q_EMIT layerFailed(e.layerId, e.error.message, e.error.detail);
        Q_EMIT finished();
    });
}

RenderJob::~RenderJob()
{
    // The worker has its own copy of the settings, but it must not go on drawing (and holding the layers' data) for
    // a view nobody will see: stop it and wait for it.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void RenderJob::start()
{
    m_cancel->store(false);
    // renderParallel never throws, so nothing is rethrown on this thread when the watcher reads the result.
    m_watcher.setFuture(QtConcurrent::run(&screenJobPool(), [settings = m_settings, cancel = m_cancel] {
        return MapRenderer::renderParallel(settings, cancel.get(), RenderPriority::Screen);
    }));
}

void RenderJob::cancel()
{
    m_cancel->store(true);
}

} // namespace atlas
