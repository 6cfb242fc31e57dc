// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcamera.h"
#include "usererror.h"

#include <QPainterPath>
#include <QRectF>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace atlas {

enum class GeometryKind { None, Point, Line, Polygon };

/** One feature, its geometry already in EPSG:3857 metres (the CRS the map draws in) and its attribute values. */
struct Feature {
    qint64 fid = -1;
    GeometryKind kind = GeometryKind::None;
    QPainterPath path;           ///< lines and polygons (odd-even fill, so holes stay holes)
    std::vector<QPointF> points; ///< points and multipoints
    QRectF bounds;
    QPointF labelPoint;          ///< a point inside the feature's largest part, for its label
    QVariantList attributes;     ///< one value per VectorLayer::fieldNames; null QVariant for an unset field
};

/** An immutable in-memory vector layer read through GDAL/OGR and reprojected once to Web Mercator. */
class VectorLayer
{
public:
    QString name;          ///< the layer's name inside its dataset
    QString source;        ///< what was opened: a path or a connection string
    QString sourceCrs;     ///< the CRS the data came in, as "AUTHORITY:CODE" or a PROJ name
    QStringList fieldNames;
    std::vector<Feature> features;
    QRectF extent;         ///< EPSG:3857 metres
    LonLatBox extentLonLat;

    [[nodiscard]] int fieldIndex(const QString &field) const { return int(fieldNames.indexOf(field)); }
    [[nodiscard]] QVariant attribute(const Feature &feature, const QString &field) const;
    /** Indexes of the features under `mercator` (polygons containing it, points and lines within `tolerance`). */
    [[nodiscard]] std::vector<int> featuresAt(QPointF mercator, double toleranceMeters) const;
};

struct VectorLoadResult {
    std::shared_ptr<const VectorLayer> layer; ///< null when `error` is set
    UserError error;
    QStringList warnings;                     ///< features skipped or repaired, for the detail view
};

struct VectorLoadOptions {
    QString layerName;   ///< which layer of a multi-layer dataset; empty = the first
    QString assumedCrs;  ///< the CRS to use when the data declares none; empty = refuse such data
};

/** Reads a vector layer from anything GDAL opens (file path, /vsi path or connection string). Never throws. */
[[nodiscard]] VectorLoadResult loadVectorLayer(const QString &source, const VectorLoadOptions &options = {});

} // namespace atlas
