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
    /** A hollow marker: a thick ring in `colour` around a white centre (announced or pledged, not committed). */
    Q_PROPERTY(bool hollow MEMBER hollow FINAL)
    /** A line sample (a line layer) rather than a fill swatch. */
    Q_PROPERTY(bool line MEMBER line FINAL)

public:
    QString label;
    QColor colour;
    QColor stroke;
    double size = 0;
    bool marker = false;
    bool hollow = false;
    bool line = false;

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
    /** One row naming the layer by its symbol (a layer drawn in one symbol): no heading of its own. */
    Q_PROPERTY(bool row MEMBER row FINAL)
    Q_PROPERTY(QList<atlas::LegendSwatch> items MEMBER items FINAL)

public:
    QString title;
    QString subtitle;
    bool nested = false;
    bool row = false;
    QList<LegendSwatch> items;

    /** The entries of `legends`, in their order (topmost layer first). */
    [[nodiscard]] static QList<LegendEntry> fromLegends(const std::vector<Legend> &legends);

    bool operator==(const LegendEntry &) const = default;
};

} // namespace atlas
