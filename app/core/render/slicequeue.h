// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sliceplan.h"

#include <functional>

class QPainter;
class QThreadPool;

namespace atlas {

/**
 * How many slice images one render keeps at once: one per thread and one queued (so that a thread that finishes
 * early finds work), but never more than about 512 MiB of them (at least two): a 4K frame at device pixel ratio 2
 * is 7680 × 4320 × 4 bytes ≈ 133 MB, and a slice per core of that would not fit a laptop's memory.
 */
[[nodiscard]] int sliceImagesInFlight(int threads, qint64 frameBytes);

/** Draws the parts of one slice on a painter open on its (transparent) image; each layer's faults stay with it. */
using SliceDrawing = std::function<void(QPainter &painter, const Slice &slice, QList<LayerError> &errors)>;
/** Receives each slice's image, in slice order, with the errors of its layers. */
using SliceComposing = std::function<void(const QImage &image, const QList<LayerError> &errors)>;

/** The images slices draw into: the output's size in device pixels and its device pixel ratio. */
struct SliceFrame {
    QSize pixels;
    double devicePixelRatio = 1.0;
};

/**
 * Draws `slices` on `pool`, at most `inFlight` at a time, each into a transparent image of `frame`, and hands each
 * to `compose` on the calling thread as soon as it and every slice before it are drawn. `started` is called on the
 * calling thread once the first slices run, to prepare what they are composed onto meanwhile. An image that has been
 * composed is drawn into again by a later slice, so a render holds at most `inFlight` slice images whatever the
 * number of slices. No exception leaves a pool task (one would be rethrown in whoever read its result); the slices
 * still running are waited for if `started` or `compose` throws. Slices not yet started are skipped once `cancel` is
 * set.
 */
void drawSlicesInOrder(const std::vector<Slice> &slices, SliceFrame frame, QThreadPool &pool, int inFlight,
                       const SliceDrawing &draw, const std::function<void()> &started, const SliceComposing &compose,
                       const std::atomic_bool *cancel);

} // namespace atlas
