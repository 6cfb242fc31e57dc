// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderpools.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace atlas {

// Why a pool per priority, each as wide as the machine, instead of one shared pool with task priorities:
// QThreadPool's priorities only reorder tasks that are still queued, so a screen render started during an export
// still waits for every export slice already running (one slice of a 4K slide can take a few hundred milliseconds),
// and capping exports below the core count would slow every export down when nothing else runs (the common case).
// With a pool of its own the screen's slices always find idle threads at once, and an export alone still uses every
// core. When both run, the operating system shares the cores between them: the screen's render takes about twice its
// usual time instead of queueing behind the export. Background threads ask for a low priority where the system
// honours it (Windows, macOS; Linux gives normal threads one priority, so it changes nothing there).
//
// Slice pools only ever run slices, which wait for nothing: a render composed on a pool thread (RenderJob, an
// export's worker) can wait for its slices without starving itself.

namespace {

QThreadPool *newPool(QThread::Priority priority)
{
    auto *pool = new QThreadPool; // lives as long as the process: renders may run until exit
    pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    pool->setThreadPriority(priority);
    return pool;
}

} // namespace

QThreadPool &slicePool(RenderPriority priority)
{
    static QThreadPool *screen = newPool(QThread::InheritPriority);
    static QThreadPool *background = newPool(QThread::LowPriority);
    return priority == RenderPriority::Screen ? *screen : *background;
}

// RenderJob used to compose on QThreadPool::globalInstance(), where exports and previews run their own blocking
// tasks (QtConcurrent::run): on two cores an export and a preview filled it and the screen's render did not even
// start until one of them finished.
QThreadPool &screenJobPool()
{
    static QThreadPool *pool = newPool(QThread::InheritPriority);
    return *pool;
}

} // namespace atlas
