// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maprenderer.h"

class QThreadPool;

namespace atlas {

/** The threads that draw the slices of renders of `priority` (see renderpools.cpp for why there are two). */
[[nodiscard]] QThreadPool &slicePool(RenderPriority priority);

/** The threads on which RenderJob composes the screen's renders (they wait for slices, so not a slice pool). */
[[nodiscard]] QThreadPool &screenJobPool();

} // namespace atlas
