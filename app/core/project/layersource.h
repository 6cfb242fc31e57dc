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

/** Features fetched per database layer at most unless the planner says otherwise: what stays fluid on screen. */
inline constexpr qint64 defaultDatabaseFeatureLimit = 50'000;

/** One fetch of a database table (pgconnection.h) for the map. */
struct DatabaseLayerRequest {
    QString source;   ///< "PG:… tables=schema.table", without password (PgConnection::gdalSource)
    QString password; ///< for this connection only; never stored
    QString layerName; ///< GDAL's name of the table (pgLayerName)
    std::optional<LonLatBox> box = {}; ///< the view's box, fetched with the spatial filter run by the database
    qint64 limit = defaultDatabaseFeatureLimit;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double)> progress = {};
};

/** Fetches a database table as a layer (blocking; off the GUI thread). Its source is `request.source`. */
[[nodiscard]] OpenedLayer openDatabaseLayer(const DatabaseLayerRequest &request);

/** "Showing 50,000 of 1,204,332 features in view" and the like, for the layer list and the status bar ("" if whole). */
[[nodiscard]] QString databaseFetchSummary(const MapLayer &layer);

} // namespace atlas
