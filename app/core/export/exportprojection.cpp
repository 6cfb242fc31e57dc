// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportprojection.h"

#include <QCoreApplication>
#include <QPolygonF>

#include <ogr_spatialref.h>

#include <cmath>
#include <limits>

namespace atlas {

namespace {
constexpr auto geographic = "EPSG:4326";
constexpr auto webMercator = "EPSG:3857";

bool isWebMercator(const QString &crs)
{
    return crs.isEmpty() || crs.compare(QLatin1String(webMercator), Qt::CaseInsensitive) == 0;
}

bool finite(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y);
}
} // namespace

std::optional<ExportProjection> ExportProjection::create(const QString &crs, QString *error)
{
    if (isWebMercator(crs))
        return std::nullopt;
    ExportProjection p(crs, Reprojector(QLatin1String(geographic), crs), Reprojector(crs, QLatin1String(geographic)),
                       Reprojector(QLatin1String(webMercator), crs));
    for (const Reprojector *r : {&p.m_fromLonLat, &p.m_toLonLat, &p.m_fromMercator}) {
        if (!r->isValid()) {
            if (error)
                *error = r->errorDetail();
            return std::nullopt;
        }
    }
    return p;
}

ExportProjection::ExportProjection(QString crs, Reprojector fromLonLat, Reprojector toLonLat, Reprojector fromMercator)
    : m_crs(std::move(crs))
    , m_fromLonLat(std::move(fromLonLat))
    , m_toLonLat(std::move(toLonLat))
    , m_fromMercator(std::move(fromMercator))
{
}

QPointF ExportProjection::toPlanar(double lon, double lat) const
{
    double x = lon, y = lat;
    if (!m_fromLonLat.transform(std::span(&x, 1), std::span(&y, 1)) || !finite(x, y))
        return {std::nan(""), std::nan("")};
    return {x, y};
}

QPointF ExportProjection::toLonLat(QPointF planar) const
{
    double x = planar.x(), y = planar.y();
    if (!m_toLonLat.transform(std::span(&x, 1), std::span(&y, 1)) || !finite(x, y))
        return {std::nan(""), std::nan("")};
    return {x, y};
}

QRectF ExportProjection::planarBounds(const LonLatBox &box) const
{
    // GDAL densifies the edges (a conic projection bows the parallels, so the corners alone would miss the middle).
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    constexpr int densify = 21; // GDAL's recommended default
    if (!m_fromLonLat.handle()->TransformBounds(box.west, box.south, box.east, box.north, &x0, &y0, &x1, &y1, densify)
        || !finite(x0, y0) || !finite(x1, y1) || x1 <= x0 || y1 <= y0)
        return {};
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

std::shared_ptr<const VectorLayer> ExportProjection::reproject(const VectorLayer &data, const QRectF &mercatorArea) const
{
    std::vector<std::pair<QString, Column::Type>> fields;
    for (const Column &c : data.columns)
        fields.emplace_back(c.name, c.type);
    VectorLayerBuilder builder(fields);

    // One batch through PROJ for every vertex and label point of the features in the area.
    const std::vector<int> rows = data.featuresIn(mercatorArea);
    std::vector<double> xs, ys;
    for (const int row : rows) {
        const Feature &f = data.features[size_t(row)];
        for (uint32_t p = 0; p < f.partCount; ++p) {
            for (const QPointF &v : data.part(f, p))
                xs.push_back(v.x()), ys.push_back(v.y());
        }
        const QPointF label = data.labelPoint(f);
        xs.push_back(label.x()), ys.push_back(label.y());
    }
    m_fromMercator.transform(xs, ys); // points PROJ cannot carry come back as infinity and are dropped below

    size_t next = 0;
    std::vector<QPointF> part;
    for (const int row : rows) {
        const Feature &f = data.features[size_t(row)];
        // A feature with a vertex PROJ could not carry is left out whole: a ring drawn across the gap, or a hole
        // kept without its outer ring, would draw something that is not there.
        size_t vertices = 0;
        for (uint32_t p = 0; p < f.partCount; ++p)
            vertices += data.part(f, p).size();
        bool whole = true;
        for (size_t i = next; i <= next + vertices && whole; ++i) // its vertices, then its label point
            whole = finite(xs[i], ys[i]);
        if (!whole) {
            next += vertices + 1;
            continue;
        }
        builder.beginFeature(f.fid);
        for (uint32_t p = 0; p < f.partCount; ++p) {
            const size_t count = data.part(f, p).size();
            part.clear();
            for (size_t i = 0; i < count; ++i, ++next)
                part.emplace_back(xs[next], ys[next]);
            if (!part.empty())
                builder.addPart(f.kind, part);
        }
        builder.setLabelPoint(QPointF(xs[next], ys[next]));
        ++next;
        for (int field = 0; field < int(data.columns.size()); ++field) {
            if (data.columns[size_t(field)].type == Column::Type::Text)
                builder.setValue(field, data.value(f, field));
            else
                builder.setNumber(field, data.number(f, field));
        }
        builder.endFeature();
    }
    std::shared_ptr<VectorLayer> projected = builder.finish();
    projected->name = data.name;
    projected->source = data.source;
    projected->sourceCrs = m_crs;
    projected->extentLonLat = data.extentLonLat; // where the data lies on Earth does not change
    return projected;
}

std::vector<MapLayer> ExportProjection::reproject(const std::vector<MapLayer> &layers, const LonLatBox &area,
                                                  const std::atomic_bool *cancel) const
{
    const QRectF mercator(webmercator::fromLonLat(std::max(-180.0, area.west), area.south),
                          webmercator::fromLonLat(std::min(180.0, area.east), area.north));
    std::vector<MapLayer> result;
    for (const MapLayer &layer : layers) {
        if (cancel && cancel->load())
            return {};
        MapLayer copy = layer;
        if (layer.data) {
            copy.data = reproject(*layer.data, mercator.normalized());
            copy.setFilter(layer.filter); // the rows are new: the filter decides again
        }
        if (layer.spreadOff) {
            auto points = std::make_shared<std::vector<QPointF>>();
            for (const QPointF &p : *layer.spreadOff) {
                const QPointF lonLat = webmercator::toLonLat(p);
                const QPointF planar = toPlanar(lonLat.x(), lonLat.y());
                if (std::isfinite(planar.x()) && std::isfinite(planar.y()))
                    points->push_back(planar);
            }
            copy.spreadOff = std::move(points);
        }
        result.push_back(std::move(copy));
    }
    return result;
}

QPointF ExportView::frameToLonLat(QPointF frame) const
{
    const QPointF planar = settings.camera.mercatorToScreen().inverted().map(frame);
    return projection ? projection->toLonLat(planar) : webmercator::toLonLat(planar);
}

QPointF ExportView::lonLatToFrame(double lon, double lat) const
{
    const QPointF planar = projection ? projection->toPlanar(lon, lat) : webmercator::fromLonLat(lon, lat);
    return settings.camera.mercatorToScreen().map(planar);
}

QPolygonF ExportView::frameOutlineLonLat(int steps) const
{
    const QSizeF frame = settings.camera.size;
    QPolygonF outline;
    for (int side = 0; side < 4; ++side) {
        for (int i = 0; i < steps; ++i) {
            const double t = double(i) / steps;
            const QPointF p = side == 0 ? QPointF(t * frame.width(), 0)
                            : side == 1 ? QPointF(frame.width(), t * frame.height())
                            : side == 2 ? QPointF((1 - t) * frame.width(), frame.height())
                                        : QPointF(0, (1 - t) * frame.height());
            const QPointF lonLat = frameToLonLat(p);
            if (finite(lonLat.x(), lonLat.y()))
                outline.append(lonLat);
        }
    }
    return outline;
}

LonLatBox ExportView::frameLonLatBox() const
{
    const QRectF box = frameOutlineLonLat().boundingRect();
    return {box.left(), box.top(), box.right(), box.bottom()};
}

UserError checkExportCrs(const QString &crs, const LonLatBox &extent)
{
    QString detail;
    const std::optional<ExportProjection> projection = ExportProjection::create(crs, &detail);
    if (!projection && !detail.isEmpty())
        return {QCoreApplication::translate("Export", "“%1” is not a coordinate reference system GDAL knows; "
                                                      "try a code such as EPSG:6372.").arg(crs), detail};
    if (projection && projection->planarBounds(extent).isEmpty())
        return {QCoreApplication::translate("Export", "Nothing of the area can be drawn in %1.").arg(crs), {}};
    return {};
}

ExportView exportView(const MapSettings &map, const LonLatBox &extent, QSizeF size, double marginPx, const QString &crs,
                      const std::atomic_bool *cancel)
{
    ExportView view;
    view.settings = map;
    view.projection = ExportProjection::create(crs, nullptr);
    const QRectF planar = view.projection ? view.projection->planarBounds(extent) : QRectF();
    if (planar.isEmpty()) { // Web Mercator, or a CRS checkExportCrs() refuses
        view.projection.reset();
        view.settings.camera = MapCamera::fitting(extent, size, marginPx);
        view.settings.camera.bearing = map.camera.bearing;
        return view;
    }
    view.settings.crs = view.projection->crs();
    view.settings.camera = MapCamera::fittingPlanar(planar, size, marginPx);
    view.settings.camera.bearing = map.camera.bearing;
    // Only what the frame shows is carried into the CRS, with a fifth of it again around for symbols and labels
    // that cross the frame's edges.
    LonLatBox shown = view.frameLonLatBox();
    const double padLon = (shown.east - shown.west) / 5, padLat = (shown.north - shown.south) / 5;
    shown = {shown.west - padLon, std::max(-89.0, shown.south - padLat), shown.east + padLon,
             std::min(89.0, shown.north + padLat)};
    view.settings.layers = view.projection->reproject(map.layers, shown, cancel);
    return view;
}

} // namespace atlas
