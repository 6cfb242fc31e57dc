// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace atlas {

/**
 * The status bar's texts, formatted for the UI language: the pointer's coordinate as planners read them (degrees
 * with hemispheres), the view's scale, and what went wrong with layers. Stateless; QML only places the results.
 */
class StatusTexts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /** "31.7200° N, 106.4600° W"; empty for an invalid coordinate. */
    Q_INVOKABLE [[nodiscard]] static QString coordinate(const QGeoCoordinate &coordinate);
    /**
     * "Scale 1:250,000" for a view with `groundMetersPerPixel` on a 96 dpi screen, rounded to two significant digits
     * (a scale is read, not computed with); empty when there is no scale yet.
     */
    Q_INVOKABLE [[nodiscard]] static QString scale(double groundMetersPerPixel);
    /** The status line: what failed when something did (`problems`), else how to use the map. */
    Q_INVOKABLE [[nodiscard]] static QString status(const QStringList &problems);
};

} // namespace atlas
