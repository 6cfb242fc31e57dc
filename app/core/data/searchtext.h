// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <optional>

namespace atlas {

/** Text folded for searching: lower case, accents removed ("Querétaro" and "queretaro" match). */
[[nodiscard]] QString foldedForSearch(const QString &text);

/**
 * A coordinate as planners type or paste it, in decimal degrees: "31.69, -106.42" (latitude first, as web maps
 * copy it), "31.69 -106.42", "31.69° N, 106.42° W" (hemispheres; O for oeste works too), or longitude first when
 * the first number cannot be a latitude ("-106.42, 31.69"). Returns (longitude, latitude), or nothing when the
 * text is not a coordinate or is out of range.
 */
[[nodiscard]] std::optional<QPointF> parseCoordinate(const QString &text);

} // namespace atlas
