// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectorlayer.h"

#include <QLineF>

#include <cmath>
#include <limits>

#include <sys/mman.h>
#include <unistd.h>

namespace atlas {

namespace {
// QRectF::united() ignores empty rectangles, but a point's bounds are empty and still count.
QRectF unite(const QRectF &a, const QRectF &b)
{
    return QRectF(QPointF(std::min(a.left(), b.left()), std::min(a.top(), b.top())),
                  QPointF(std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())));
}

// Grows a vector's capacity to `size` and asks the kernel to map all of it at once: one call instead of a page fault
// per 4 KiB as the rows are first written (tens of thousands for a million rows, each a trap into the kernel).
template <typename T> void reserveAndPrefault(std::vector<T> &vector, size_t size)
{
    if (vector.capacity() >= size)
        return;
    vector.reserve(size);
#ifdef MADV_POPULATE_WRITE
    const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<uintptr_t>(vector.data() + vector.size()) + page - 1) & ~(page - 1);
    const auto end = reinterpret_cast<uintptr_t>(vector.data() + vector.capacity()) & ~(page - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE); // a hint: failure costs nothing
#endif
}
} // namespace

QVariant VectorLayer::value(const Feature &feature, int field) const
{
    if (field < 0 || field >= int(columns.size()))
        return {};
    const Column &column = columns[size_t(field)];
    const size_t row = size_t(indexOf(feature));
    switch (column.type) {
    case Column::Type::Text:
        return column.null[row] ? QVariant() : QVariant(column.texts[row]);
    case Column::Type::Integer:
        return std::isnan(column.numbers[row]) ? QVariant() : QVariant(qlonglong(column.numbers[row]));
    case Column::Type::Boolean:
        return std::isnan(column.numbers[row]) ? QVariant() : QVariant(column.numbers[row] != 0);
    case Column::Type::Real:
        return std::isnan(column.numbers[row]) ? QVariant() : QVariant(column.numbers[row]);
    }
    return {};
}

QVariant VectorLayer::attribute(const Feature &feature, const QString &field) const
{
    return value(feature, fieldIndex(field));
}

double VectorLayer::number(const Feature &feature, int field) const
{
    if (field < 0 || field >= int(columns.size()))
        return std::nan("");
    const Column &column = columns[size_t(field)];
    const size_t row = size_t(indexOf(feature));
    if (column.type != Column::Type::Text)
        return column.numbers[row];
    if (column.null[row])
        return std::nan("");
    bool ok = false;
    const double v = column.texts[row].trimmed().toDouble(&ok); // C locale: data files write 1234.5
    return ok && std::isfinite(v) ? v : std::nan("");
}

QRectF VectorLayer::bounds(const Feature &feature) const
{
    if (!m_bounds.empty())
        return m_bounds[size_t(indexOf(feature))];
    if (feature.partCount == 0)
        return {};
    return QRectF(m_vertices[m_partStart[feature.firstPart]], QSizeF(0, 0));
}

QPointF VectorLayer::labelPoint(const Feature &feature) const
{
    if (!m_labelPoints.empty())
        return m_labelPoints[size_t(indexOf(feature))];
    return feature.partCount == 0 ? QPointF() : m_vertices[m_partStart[feature.firstPart]];
}

std::span<const QPointF> VectorLayer::part(const Feature &feature, uint32_t p) const
{
    const size_t index = feature.firstPart + p;
    return std::span<const QPointF>(m_vertices).subspan(m_partStart[index], m_partStart[index + 1] - m_partStart[index]);
}

std::vector<QPointF> VectorLayer::points(const Feature &feature) const
{
    std::vector<QPointF> result;
    if (feature.kind != GeometryKind::Point)
        return result;
    for (uint32_t p = 0; p < feature.partCount; ++p) {
        const auto vertices = part(feature, p);
        result.insert(result.end(), vertices.begin(), vertices.end());
    }
    return result;
}

QPainterPath VectorLayer::path(const Feature &feature) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (feature.kind != GeometryKind::Line && feature.kind != GeometryKind::Polygon)
        return path;
    for (uint32_t p = 0; p < feature.partCount; ++p) {
        const auto vertices = part(feature, p);
        if (vertices.empty())
            continue;
        path.moveTo(vertices[0]);
        for (size_t i = 1; i < vertices.size(); ++i)
            path.lineTo(vertices[i]);
        if (feature.kind == GeometryKind::Polygon)
            path.closeSubpath();
    }
    return path;
}

const SpatialIndex &VectorLayer::index() const
{
    std::call_once(m_indexBuilt, [this] {
        std::vector<QRectF> boxes;
        boxes.reserve(features.size());
        for (const Feature &f : features) // features without geometry get a box nothing queries
            boxes.push_back(f.kind == GeometryKind::None ? QRectF(QPointF(1e300, 1e300), QSizeF(0, 0)) : bounds(f));
        m_index = SpatialIndex(boxes);
    });
    return m_index;
}

std::vector<int> VectorLayer::featuresIn(const QRectF &mercatorRect) const
{
    std::vector<int> hits;
    const QRectF r = mercatorRect.normalized();
    if (r.left() <= extent.left() && r.right() >= extent.right() && r.top() <= extent.top() &&
        r.bottom() >= extent.bottom()) {
        // The whole layer is in view: every feature with a geometry, no index walk and no sort.
        hits.reserve(features.size());
        for (int i = 0; i < int(features.size()); ++i) {
            if (features[size_t(i)].kind != GeometryKind::None)
                hits.push_back(i);
        }
        return hits;
    }
    index().query(r, hits);
    return hits;
}

std::vector<int> VectorLayer::featuresAt(QPointF mercator, double toleranceMeters) const
{
    const double t = toleranceMeters;
    std::vector<int> hits;
    for (const int i : featuresIn(QRectF(mercator - QPointF(t, t), mercator + QPointF(t, t)))) {
        const Feature &f = features[size_t(i)];
        bool hit = false;
        switch (f.kind) {
        case GeometryKind::Polygon:
            hit = path(f).contains(mercator);
            break;
        case GeometryKind::Point:
            for (const QPointF &p : points(f))
                hit = hit || QLineF(p, mercator).length() <= t;
            break;
        case GeometryKind::Line:
            hit = path(f).intersects(QRectF(mercator - QPointF(t, t), mercator + QPointF(t, t)));
            break;
        case GeometryKind::None:
            break;
        }
        if (hit)
            hits.push_back(i);
    }
    return hits;
}

VectorLayerBuilder::VectorLayerBuilder(const std::vector<std::pair<QString, Column::Type>> &fields)
    : m_layer(std::make_shared<VectorLayer>())
{
    for (const auto &[name, type] : fields) {
        m_layer->fieldNames.append(name);
        m_layer->columns.push_back(Column{name, type, {}, {}, {}});
    }
    m_layer->m_partStart.push_back(0);
}

void VectorLayerBuilder::beginFeature(qint64 fid)
{
    VectorLayer &layer = *m_layer;
    for (size_t i = layer.m_bounds.size(); i < layer.features.size(); ++i) { // point rows before: boxes of their own
        const Feature &row = layer.features[i];
        const QPointF p = row.partCount ? layer.m_vertices[layer.m_partStart[row.firstPart]] : QPointF();
        layer.m_bounds.push_back(row.partCount ? QRectF(p, QSizeF(0, 0)) : QRectF());
        layer.m_labelPoints.push_back(p);
    }
    m_current = Feature{};
    m_current.fid = fid;
    m_current.firstPart = uint32_t(m_layer->m_partStart.size() - 1);
    m_currentBounds = QRectF();
    m_currentLabel = QPointF();
    m_hasLabel = false;
    // Every column gets its row now, null until set, so rows stay aligned with features whatever is set.
    for (Column &column : m_layer->columns) {
        if (column.type == Column::Type::Text) {
            column.texts.emplace_back();
            column.null.push_back(1);
        } else {
            column.numbers.push_back(std::nan(""));
        }
    }
}

void VectorLayerBuilder::addPart(GeometryKind kind, std::span<const QPointF> vertices)
{
    if (vertices.empty())
        return;
    m_current.kind = kind;
    m_layer->m_vertices.insert(m_layer->m_vertices.end(), vertices.begin(), vertices.end());
    m_layer->m_partStart.push_back(uint32_t(m_layer->m_vertices.size()));
    ++m_current.partCount;
    double minX = vertices[0].x(), maxX = minX, minY = vertices[0].y(), maxY = minY;
    for (const QPointF &v : vertices) {
        minX = std::min(minX, v.x());
        maxX = std::max(maxX, v.x());
        minY = std::min(minY, v.y());
        maxY = std::max(maxY, v.y());
    }
    const QRectF box(QPointF(minX, minY), QPointF(maxX, maxY));
    m_currentBounds = m_current.partCount == 1 ? box : unite(m_currentBounds, box);
}

void VectorLayerBuilder::setValue(int field, const QVariant &value)
{
    if (field < 0 || field >= int(m_layer->columns.size()) || value.isNull())
        return;
    Column &column = m_layer->columns[size_t(field)];
    if (column.type == Column::Type::Text) {
        column.texts.back() = value.toString();
        column.null.back() = 0;
    } else {
        bool ok = false;
        const double v = value.toDouble(&ok);
        column.numbers.back() = ok ? v : std::nan("");
    }
}

void VectorLayerBuilder::setNumber(int field, double value)
{
    Column &column = m_layer->columns[size_t(field)];
    if (column.type == Column::Type::Text)
        setValue(field, value);
    else
        column.numbers.back() = value;
}

void VectorLayerBuilder::setLabelPoint(QPointF point)
{
    m_currentLabel = point;
    m_hasLabel = true;
}

void VectorLayerBuilder::endFeature()
{
    if (!m_hasLabel) {
        m_currentLabel = m_current.kind == GeometryKind::Point && m_current.partCount > 0
                             ? m_layer->m_vertices[m_layer->m_partStart[m_current.firstPart]]
                             : m_currentBounds.center();
    }
    if (m_current.kind != GeometryKind::None) {
        m_layer->extent = m_hasExtent ? unite(m_layer->extent, m_currentBounds) : m_currentBounds;
        m_hasExtent = true;
    }
    m_layer->features.push_back(m_current);
    m_layer->m_bounds.push_back(m_currentBounds);
    m_layer->m_labelPoints.push_back(m_currentLabel);
}

void VectorLayerBuilder::resizePointRows(size_t rows)
{
    VectorLayer &layer = *m_layer;
    const size_t before = layer.features.size();
    if (rows > before) {
        reserveAndPrefault(layer.features, rows);
        reserveAndPrefault(layer.m_vertices, rows);
        reserveAndPrefault(layer.m_partStart, rows + 1);
        for (Column &column : layer.columns) {
            if (column.type == Column::Type::Text) {
                reserveAndPrefault(column.texts, rows);
                reserveAndPrefault(column.null, rows);
            } else {
                reserveAndPrefault(column.numbers, rows);
            }
        }
    }
    Q_ASSERT(layer.m_vertices.size() == before && layer.m_partStart.size() == before + 1 && layer.m_bounds.empty());
    layer.features.resize(rows);
    layer.m_vertices.resize(rows);
    layer.m_partStart.resize(rows + 1);
    // Row i owns part i and vertex i whether or not it has a point (partCount 0 leaves the slot unused): rows can then
    // be written anywhere, in any order, without knowing how many points came before them.
    for (size_t i = before; i < rows; ++i) {
        layer.features[i].firstPart = uint32_t(i);
        layer.m_partStart[i + 1] = uint32_t(i + 1);
    }
    for (Column &column : layer.columns) {
        if (column.type == Column::Type::Text) {
            column.texts.resize(rows);
            column.null.resize(rows, 1);
        } else {
            column.numbers.resize(rows, std::nan(""));
        }
    }
    if (rows < before) { // trimmed after over-sizing: give back what a doubling or a false count reserved
        auto trim = [rows](auto &vector) {
            if (vector.capacity() > rows + rows / 4 + 1)
                vector.shrink_to_fit();
        };
        trim(layer.features);
        trim(layer.m_vertices);
        trim(layer.m_partStart);
        for (Column &column : layer.columns) {
            trim(column.texts);
            trim(column.null);
            trim(column.numbers);
        }
    }
}

std::optional<QRectF> VectorLayerBuilder::writePointRows(size_t first, std::span<const qint64> fids,
                                                         std::span<const double> x, std::span<const double> y,
                                                         std::span<const uint8_t> hasPoint)
{
    VectorLayer &layer = *m_layer;
    Q_ASSERT(first + fids.size() <= layer.features.size());
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    for (size_t i = 0; i < fids.size(); ++i) {
        Feature &f = layer.features[first + i];
        f.fid = fids[i];
        if (!hasPoint[i])
            continue;
        const QPointF p(x[i], y[i]);
        f.kind = GeometryKind::Point;
        f.partCount = 1;
        layer.m_vertices[first + i] = p;
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    if (minX > maxX)
        return std::nullopt;
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

void VectorLayerBuilder::reset()
{
    auto fresh = std::make_shared<VectorLayer>();
    fresh->fieldNames = m_layer->fieldNames;
    for (const Column &column : m_layer->columns)
        fresh->columns.push_back(Column{column.name, column.type, {}, {}, {}});
    fresh->m_partStart.push_back(0);
    m_layer = std::move(fresh);
    m_current = Feature{};
    m_currentBounds = QRectF();
    m_currentLabel = QPointF();
    m_hasLabel = false;
    m_hasExtent = false;
}

void VectorLayerBuilder::includeInExtent(const QRectF &bounds)
{
    m_layer->extent = m_hasExtent ? unite(m_layer->extent, bounds) : bounds;
    m_hasExtent = true;
}

std::shared_ptr<VectorLayer> VectorLayerBuilder::finish()
{
    if (m_hasExtent) {
        const QPointF sw = webmercator::toLonLat(m_layer->extent.topLeft());
        const QPointF ne = webmercator::toLonLat(m_layer->extent.bottomRight());
        // In metres y grows northwards, so QRectF's "top" (smaller y) is the south edge.
        m_layer->extentLonLat = {sw.x(), std::min(sw.y(), ne.y()), ne.x(), std::max(sw.y(), ne.y())};
    }
    auto done = std::move(m_layer);
    m_layer = std::make_shared<VectorLayer>();
    return done;
}

} // namespace atlas
