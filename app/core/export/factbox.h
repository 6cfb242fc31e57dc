// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <vector>

namespace atlas {

/**
 * A panel of figures beside the map on a slide, read like a chart's notes: each figure with its year, a "no data"
 * where a value is not sourced, and the sources under each section. Texts come ready in the slide's language; the
 * slide composer only lays them out (core/project builds them, e.g. for a hub slide).
 */
struct FactBox {
    struct Row {
        QString label;      ///< what: a company, an indicator, a port
        QString value;      ///< the figure as it reads ("US$241 million", "62", "4 km")
        QString note;       ///< its nature and year ("capacity expansion, 2024"), smaller under the row
        bool noData = false; ///< `value` says "no data": drawn in grey so it never reads as a figure
        QColor swatch;      ///< a key to the map's symbol (a company's colour); invalid for none
        bool hollowSwatch = false; ///< the symbol is hollow on the map (an announced or pledged figure)
    };
    struct Section {
        QString heading;
        std::vector<Row> rows;
        QString footnote; ///< e.g. sources, or "2 more records without a location"
    };
    std::vector<Section> sections;

    [[nodiscard]] bool isEmpty() const { return sections.empty(); }
};

} // namespace atlas
