// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendentry.h"

#include "legend.h"

namespace atlas {

QList<LegendEntry> LegendEntry::fromLegends(const std::vector<Legend> &legends)
{
    QList<LegendEntry> entries;
    entries.reserve(qsizetype(legends.size()));
    for (const Legend &legend : legends) {
        LegendEntry entry{.title = legend.title,
                          .subtitle = legend.subtitle,
                          .nested = legend.layout == Legend::Layout::NestedCircles,
                          .row = legend.layout == Legend::Layout::Row,
                          .items = {}};
        for (const LegendItem &item : legend.items)
            entry.items.append({.label = item.label,
                                .colour = item.fill,
                                .stroke = item.stroke,
                                .size = item.sizePx,
                                .marker = item.symbol == LegendItem::Symbol::Marker,
                                .hollow = item.hollow,
                                .line = item.symbol == LegendItem::Symbol::Line});
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace atlas
