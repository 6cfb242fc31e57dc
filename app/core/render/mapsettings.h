// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcamera.h"
#include "maplayer.h"

#include <QColor>
#include <QRectF>

#include <memory>
#include <vector>

namespace atlas {

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
    /** Areas of the camera's pixels that labels leave free: a slide's locator inset, north arrow and scale bar. */
    std::vector<QRectF> labelKeepOut;
};

} // namespace atlas
