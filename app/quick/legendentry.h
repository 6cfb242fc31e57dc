// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace atlas {

struct Legend;

/** One row of a legend: a swatch (a fill, or a marker of a size) and what it stands for. */
struct LegendSwatch {
    Q_GADGET
    QML_VALUE_TYPE(legendSwatch)

    Q_PROPERTY(QString label MEMBER label FINAL)
    Q_PROPERTY(QColor colour MEMBER colour FINAL)
    Q_PROPERTY(QColor stroke MEMBER stroke FINAL)
    /** The marker's diameter in pixels (proportional symbols: true to the map's scale); 0 for fills and lines. */
    Q_PROPERTY(double size MEMBER size FINAL)
    /** A marker (drawn round, `size` wide) rather than a fill swatch. */
    Q_PROPERTY(bool marker MEMBER marker FINAL)

public:
    QString label;
    QColor colour;
    QColor stroke;
    double size = 0;
    bool marker = false;

    bool operator==(const LegendSwatch &) const = default;
};

/** The legend of one layer, as the on-screen legend draws it (the same model as the exports' legends). */
struct LegendEntry {
    Q_GADGET
    QML_VALUE_TYPE(legendEntry)

    /** The layer's title. */
    Q_PROPERTY(QString title MEMBER title FINAL)
    /** What the colours or sizes mean: field, method, class count, size rule. */
    Q_PROPERTY(QString subtitle MEMBER subtitle FINAL)
    /** Nested circles (proportional symbols) rather than a list of swatches. */
    Q_PROPERTY(bool nested MEMBER nested FINAL)
    Q_PROPERTY(QList<atlas::LegendSwatch> items MEMBER items FINAL)

public:
    QString title;
    QString subtitle;
    bool nested = false;
    QList<LegendSwatch> items;

    /** The entries of `legends`, in their order (topmost layer first). */
    [[nodiscard]] static QList<LegendEntry> fromLegends(const std::vector<Legend> &legends);

    bool operator==(const LegendEntry &) const = default;
};

} // namespace atlas
