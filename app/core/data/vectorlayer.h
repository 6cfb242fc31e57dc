// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcamera.h"
#include "spatialindex.h"
#include "usererror.h"

#include <QPainterPath>
#include <QRectF>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

namespace atlas {

enum class GeometryKind : uint8_t { None, Point, Line, Polygon };

/**
 * One feature's geometry record. Coordinates live in the layer (VectorLayer::part), in EPSG:3857 metres, the CRS the
 * map draws in; its bounds and label point too (VectorLayer::bounds, labelPoint); attribute values live in the
 * layer's columns (VectorLayer::value). 24 bytes: a million points are a million of these.
 */
struct Feature {
    qint64 fid = -1;
    uint32_t firstPart = 0; ///< index of the feature's first part (ring, line or point) in the layer
    uint32_t partCount = 0;
    GeometryKind kind = GeometryKind::None;
};

/** One attribute column, stored by type so that a million values cost a million numbers, not a million QVariants. */
struct Column {
    enum class Type : uint8_t { Integer, Real, Text, Boolean };
    QString name;
    Type type = Type::Text;
    std::vector<double> numbers; ///< Integer, Real, Boolean (NaN where null)
    std::vector<QString> texts;  ///< Text
    std::vector<uint8_t> null;   ///< Text: 1 where null
};

/**
 * An immutable in-memory vector layer read through GDAL/OGR and reprojected once to Web Mercator, stored as flat
 * arrays (parts, vertices, attribute columns) with a packed R-tree over the feature bounds. Thread-safe to read.
 */
class VectorLayer
{
public:
    QString name;      ///< the layer's name inside its dataset
    QString source;    ///< what was opened: a path or a connection string
    QString sourceCrs; ///< the CRS the data came in, as "AUTHORITY:CODE" or a PROJ name
    QStringList fieldNames;
    std::vector<Feature> features;
    std::vector<Column> columns; ///< one per field name
    QRectF extent;               ///< EPSG:3857 metres
    LonLatBox extentLonLat;

    [[nodiscard]] int fieldIndex(const QString &field) const { return int(fieldNames.indexOf(field)); }
    /** The value of a field, as QVariant (null QVariant for a missing value). */
    [[nodiscard]] QVariant value(const Feature &feature, int field) const;
    [[nodiscard]] QVariant attribute(const Feature &feature, const QString &field) const;
    /** A numeric field's value, NaN when missing or the field is not numeric: the fast path for styling. */
    [[nodiscard]] double number(const Feature &feature, int field) const;
    /** The row of a feature of THIS layer's `features` (values and geometry are found by it: never pass a copy). */
    [[nodiscard]] int indexOf(const Feature &feature) const
    {
        Q_ASSERT(&feature >= features.data() && &feature < features.data() + features.size());
        return int(&feature - features.data());
    }

    /** A feature's bounds in EPSG:3857 metres (a point's is the point itself; empty without geometry). */
    [[nodiscard]] QRectF bounds(const Feature &feature) const;
    /** A point inside the feature's largest part, for its label (a point feature's first point). */
    [[nodiscard]] QPointF labelPoint(const Feature &feature) const;
    /** The vertices of part `p` (0 ≤ p < partCount) of a feature: a polygon ring, a line, or one point. */
    [[nodiscard]] std::span<const QPointF> part(const Feature &feature, uint32_t p) const;
    /** All of a point feature's points (multipoints have several). */
    [[nodiscard]] std::vector<QPointF> points(const Feature &feature) const;
    /** Lines and polygons as a QPainterPath (odd-even fill, so holes stay holes). Built on demand. */
    [[nodiscard]] QPainterPath path(const Feature &feature) const;

    /**
     * Indexes of the features whose bounds intersect `mercatorRect`, in data order: all of them when the rectangle
     * covers the layer, otherwise through the spatial index.
     */
    [[nodiscard]] std::vector<int> featuresIn(const QRectF &mercatorRect) const;
    /** Indexes of the features under `mercator` (polygons containing it, points and lines within `tolerance`). */
    [[nodiscard]] std::vector<int> featuresAt(QPointF mercator, double toleranceMeters) const;
    /** Vertices of one feature, all parts together (1 for a point): the cost of drawing it. */
    [[nodiscard]] size_t vertexCount(const Feature &feature) const
    {
        return m_partStart[feature.firstPart + feature.partCount] - m_partStart[feature.firstPart];
    }

private:
    friend class VectorLayerBuilder;
    std::vector<uint32_t> m_partStart; ///< first vertex of each part; one extra entry at the end
    std::vector<QPointF> m_vertices;
    // Per feature, in step with `features`; left empty by the point-row path (resizePointRows), whose features are
    // each one point or none: their bounds and label point are that point, and a million points save 48 MB.
    std::vector<QRectF> m_bounds;
    std::vector<QPointF> m_labelPoints;
    // Built on the first query that does not cover the whole layer (a zoomed-in view), on whichever render thread
    // asks first: loading stays fast, and a layer only ever seen whole never pays for it.
    mutable SpatialIndex m_index;
    mutable std::once_flag m_indexBuilt;
    const SpatialIndex &index() const;
};

/** Assembles a VectorLayer feature by feature (the loader's and the tests' way to make one). */
class VectorLayerBuilder
{
public:
    explicit VectorLayerBuilder(const std::vector<std::pair<QString, Column::Type>> &fields);

    void beginFeature(qint64 fid);
    /** Appends a part; a feature's kind is that of its parts (Point, Line, Polygon). */
    void addPart(GeometryKind kind, std::span<const QPointF> vertices);
    void setValue(int field, const QVariant &value);
    void setNumber(int field, double value);
    void setLabelPoint(QPointF point);
    void endFeature();

    /**
     * Bulk path for point layers filled in parallel. Makes the layer exactly `rows` rows, each with one point slot of
     * its own (row i's point is vertex i), keeping the rows already written; new rows are null, without geometry.
     * Only for a builder that has received nothing but point rows; not thread-safe: call it with no fill running.
     */
    void resizePointRows(size_t rows);
    /**
     * Writes rows [first, first + fids.size()) of a layer sized by resizePointRows(): a point where hasPoint is set,
     * no geometry otherwise. Safe from several threads at once for disjoint row ranges. Returns the bounds of the
     * points written (null when none); pass them to includeInExtent().
     */
    std::optional<QRectF> writePointRows(size_t first, std::span<const qint64> fids, std::span<const double> x,
                                         std::span<const double> y, std::span<const uint8_t> hasPoint);
    void includeInExtent(const QRectF &bounds);
    /** Drops everything added so far; the fields stay. */
    void reset();
    /** A column to fill by row; with writePointRows, disjoint rows may be written from several threads. */
    [[nodiscard]] Column &column(int field) { return m_layer->columns[size_t(field)]; }

    /** Finishes the layer (its spatial index is built on first need). The builder is empty afterwards. */
    [[nodiscard]] std::shared_ptr<VectorLayer> finish();

private:
    std::shared_ptr<VectorLayer> m_layer;
    Feature m_current;
    QRectF m_currentBounds;
    QPointF m_currentLabel;
    bool m_hasLabel = false;
    bool m_hasExtent = false;
};

struct VectorLoadResult {
    std::shared_ptr<const VectorLayer> layer; ///< null when `error` is set
    UserError error;
    bool cancelled = false;                   ///< stopped by VectorLoadOptions::cancel (then `error` says so)
    bool columnar = false;                    ///< read through GDAL's Arrow stream (else feature by feature)
    QStringList csvColumns;                   ///< a CSV whose coordinate columns were not recognised: its columns
    QStringList warnings;                     ///< GDAL's messages and repairs, for the detail view
    /**
     * What the planner should read even though the layer opened: a CRS assumed (WGS 84 for longitude/latitude in
     * range), features skipped as malformed ("3 features skipped: …"), data outside its CRS's area of use, a table
     * without geometry.
     */
    QStringList notices;
    bool attributeOnly = false; ///< a table without geometry: for the attribute table and joins, nothing to draw
    QString assumedCrs;         ///< the CRS used for data that declares none (the planner's, or EPSG:4326 assumed)
    qint64 matchingFeatures = -1; ///< with a feature limit: how many features the source holds in the filter (M)
    bool limited = false;         ///< the limit stopped the read: the layer shows N of `matchingFeatures`
};

struct VectorLoadOptions {
    QString layerName;   ///< which layer of a multi-layer dataset; empty = the first
    QString assumedCrs;  ///< the CRS to use when the data declares none; empty = refuse such data
    const std::atomic_bool *cancel = nullptr;   ///< becomes true: stop reading, keep nothing
    std::function<void(double)> progress = {};  ///< 0–1 as features are read (when GDAL can count them cheaply)
    QString xField = {}, yField = {}, wktField = {}; ///< CSV: the planner's coordinate columns (else found by name)
    bool tableOnly = false; ///< a table wanted for its attributes (no geometry is fine): never ask for columns
    /**
     * Only features whose bounds intersect this longitude/latitude box (a database runs the filter on its spatial
     * index). Unset: everything.
     */
    std::optional<LonLatBox> spatialFilter = {};
    qint64 featureLimit = 0; ///< read at most this many features (0: all); the total is then counted
    bool ignoreStoredCount = false; ///< tests: size the Arrow path's table as if GDAL could not count (it grows)
};

/** Reads a vector layer from anything GDAL opens (file path, /vsi path or connection string). Never throws. */
[[nodiscard]] VectorLoadResult loadVectorLayer(const QString &source, const VectorLoadOptions &options = {});

} // namespace atlas
