// SPDX-License-Identifier: GPL-3.0-or-later
#include "slicequeue.h"

#include "layerfault.h"

#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

namespace atlas {

int sliceImagesInFlight(int threads, qint64 frameBytes)
{
    constexpr qint64 budget = qint64(512) << 20;
    const qint64 affordable = budget / std::max<qint64>(1, frameBytes);
    return int(std::clamp<qint64>(affordable, 2, std::max(2, threads + 1)));
}

namespace {

struct DrawnSlice {
    QImage image;
    QList<LayerError> errors;
};

// A pool task: whatever happens, it returns its image.
DrawnSlice drawSlice(const Slice &slice, QImage image, const SliceDrawing &draw) noexcept
{
    DrawnSlice drawn{std::move(image), {}};
    try {
        drawn.image.fill(Qt::transparent);
        QPainter painter(&drawn.image);
        draw(painter, slice, drawn.errors);
    } catch (...) {
        // Outside any one layer (the painter, the list of errors): every layer of the slice may be incomplete.
        try {
            for (const Slice::Part &part : slice.parts)
                addLayerError(drawn.errors, currentLayerFault(*part.layer));
        } catch (...) { // not even the message fits in memory: the slice stays as it is, unexplained
        }
    }
    return drawn;
}

// Slices still running when the caller's stack unwinds must finish before the slices and settings they read go.
struct WaitForRunning {
    std::deque<QFuture<DrawnSlice>> &running;
    ~WaitForRunning()
    {
        for (QFuture<DrawnSlice> &future : running)
            future.waitForFinished(); // their tasks never throw
    }
};

} // namespace

void drawSlicesInOrder(const std::vector<Slice> &slices, SliceFrame frame, QThreadPool &pool, int inFlight,
                       const SliceDrawing &draw, const std::function<void()> &started, const SliceComposing &compose,
                       const std::atomic_bool *cancel)
{
    std::vector<QImage> spare; // composed images, to be drawn into again
    std::deque<QFuture<DrawnSlice>> running;
    const WaitForRunning wait{running};
    size_t next = 0;
    auto start = [&] {
        QImage image;
        if (spare.empty()) {
            image = QImage(frame.pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(frame.devicePixelRatio);
        } else {
            image = std::move(spare.back());
            spare.pop_back();
        }
        // The image moves into the task and back out of the future: never shared, so never copied when drawn into.
        running.push_back(QtConcurrent::run(&pool, [&slice = slices[next], &draw, image = std::move(image)]() mutable {
            return drawSlice(slice, std::move(image), draw);
        }));
        ++next;
    };
    auto more = [&] { return next < slices.size() && !(cancel && cancel->load(std::memory_order_relaxed)); };

    while (more() && running.size() < size_t(std::max(1, inFlight)))
        start();
    started();
    while (!running.empty()) {
        DrawnSlice drawn = running.front().takeResult();
        running.pop_front();
        compose(drawn.image, drawn.errors);
        spare.push_back(std::move(drawn.image));
        if (more())
            start();
    }
}

} // namespace atlas
