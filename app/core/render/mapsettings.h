// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "featurefilter.h"
#include "layerstyle.h"
#include "rasterlayer.h"
#include "mapcamera.h"
#include "vectorlayer.h"

#include <QColor>

#include <memory>
#include <vector>

namespace atlas {

/** A layer as the renderer sees it: shared immutable data (vector features or a raster) plus how to draw it. */
struct MapLayer {
    QString id;
    QString title;
    std::shared_ptr<const VectorLayer> data;
    LayerStyle style;
    bool visible = true;
    bool identifiable = true; ///< false for pure backdrop (land), which a click should not list
    QString attribution = {}; ///< the data's source and year, for the source line of exports
    std::shared_ptr<const RasterLayer> raster = nullptr; ///< set instead of `data` for raster overlays (style.opacity applies)
    QByteArray titleSource = {}; ///< built-in layers: the untranslated title, so slides can use their own language
    QString source = {};     ///< what the planner opened (path or GDAL connection string); empty for the built-in data
    QString assumedCrs = {}; ///< the CRS the planner chose for data that declares none
    FeatureFilter filter = {}; ///< what the planner filtered on (saved in projects); `shown` is its result
    /** Features the filter lets through (1 per feature, by row); null when the layer is not filtered. */
    std::shared_ptr<const std::vector<uint8_t>> shown = nullptr;

    /** Filters a vector layer (an empty filter shows everything again). */
    void setFilter(FeatureFilter f)
    {
        filter = std::move(f);
        shown = filter.isEmpty() || !data ? nullptr : std::make_shared<const std::vector<uint8_t>>(filter.mask(*data));
    }

    /** False for a feature the layer's filter hides: not drawn, not labelled, not identified. */
    [[nodiscard]] bool shows(int row) const { return !shown || (*shown)[size_t(row)] != 0; }
};

/**
 * Everything one render needs, copied by value when a render starts so that the GUI can change the live settings
 * while a worker thread draws (the layer data itself is shared and immutable).
 */
struct MapSettings {
    MapCamera camera;
    double devicePixelRatio = 1.0;  ///< output pixels per camera pixel (2 for a 2x export of the same view)
    QColor background = QColor(0xc6, 0xdb, 0xe9); ///< the sea
    std::vector<MapLayer> layers;   ///< bottom first
    /**
     * The CRS of the vector layers' coordinates and of the camera's planar space: empty for EPSG:3857, the screen's.
     * Exports in another CRS reproject the layers into it first (ExportProjection); rasters are warped into it.
     */
    QString crs;
    bool drawLabels = true;
};

} // namespace atlas
