// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainter>

namespace atlas {

/**
 * Saves a painter's state and restores it when the scope ends, also when drawing throws: a layer that fails half
 * way must not leave its opacity or transform to the layers drawn after it. (Qt 6.9's QPainterStateGuard; we
 * require 6.8.)
 */
class PainterStateGuard
{
public:
    explicit PainterStateGuard(QPainter &painter)
        : m_painter(painter)
    {
        m_painter.save();
    }
    ~PainterStateGuard() { m_painter.restore(); }
    PainterStateGuard(const PainterStateGuard &) = delete;
    PainterStateGuard &operator=(const PainterStateGuard &) = delete;

private:
    QPainter &m_painter;
};

} // namespace atlas
