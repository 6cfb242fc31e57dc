// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

/**
 * An error as a planner reads it (`message`: what failed and what to do) with the technical detail from GDAL, PROJ or
 * Qt one click away (`detail`). Empty when nothing failed.
 */
struct UserError {
    QString message;
    QString detail;

    [[nodiscard]] bool isError() const { return !message.isEmpty(); }
    explicit operator bool() const { return isError(); }
};

} // namespace atlas
