// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"
#include "usererror.h"

namespace atlas {

/** A planner's own dataset opened as a map layer, or why it could not be. */
struct OpenedLayer {
    MapLayer layer;        ///< valid when `error` is empty
    UserError error;
    bool needsCrs = false; ///< the data declares no CRS and none was assumed: ask the planner for one
    bool cancelled = false;
    QStringList csvColumns; ///< a CSV whose coordinate columns must be chosen: its columns
    QStringList notices;    ///< opened, but the planner should read these (VectorLoadResult::notices)
    bool attributeOnly = false; ///< a table without geometry (offered for the attribute table and a join)
};

/** A layer named on the command line: `PATH` or `PATH?crs=CODE` (the CRS for data that declares none). */
struct LayerArgument {
    QString source;
    QString crs;
};
[[nodiscard]] LayerArgument parseLayerArgument(const QString &argument);

/**
 * Opens any GDAL vector or raster source (`csvColumns`: the planner's [x, y] or [wkt] columns of a CSV) (path, /vsi path or connection string) as a layer in a plain, visible
 * style: vector first (most planner data), then raster. `assumedCrs` is used for data that declares no CRS.
 * Blocking; call it off the GUI thread for big files. The layer's `source` and `assumedCrs` are what a project stores.
 */
[[nodiscard]] OpenedLayer openLayerSource(const QString &source, const QString &assumedCrs = {},
                                          const std::atomic_bool *cancel = nullptr,
                                          const std::function<void(double)> &progress = {},
                                          const QStringList &csvColumns = {});

} // namespace atlas
