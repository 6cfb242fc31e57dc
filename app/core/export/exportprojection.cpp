// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportprojection.h"

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
    // Edges and a grid inside: a conic projection bows the parallels, so the corners alone miss the middle.
    constexpr int steps = 32;
    std::vector<double> xs, ys;
    for (int i = 0; i <= steps; ++i) {
        for (int j = 0; j <= steps; ++j) {
            xs.push_back(box.west + (box.east - box.west) * i / steps);
            ys.push_back(box.south + (box.north - box.south) * j / steps);
        }
    }
    m_fromLonLat.transform(xs, ys);
    double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
    for (size_t i = 0; i < xs.size(); ++i) {
        if (!finite(xs[i], ys[i]))
            continue;
        x0 = std::min(x0, xs[i]), x1 = std::max(x1, xs[i]);
        y0 = std::min(y0, ys[i]), y1 = std::max(y1, ys[i]);
    }
    return x1 >= x0 ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
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
        xs.push_back(f.labelPoint.x()), ys.push_back(f.labelPoint.y());
    }
    m_fromMercator.transform(xs, ys); // points PROJ cannot carry come back as infinity and are dropped below

    size_t next = 0;
    std::vector<QPointF> part;
    for (const int row : rows) {
        const Feature &f = data.features[size_t(row)];
        builder.beginFeature(f.fid);
        for (uint32_t p = 0; p < f.partCount; ++p) {
            const size_t count = data.part(f, p).size();
            part.clear();
            bool whole = true;
            for (size_t i = 0; i < count; ++i, ++next) {
                if (finite(xs[next], ys[next]))
                    part.emplace_back(xs[next], ys[next]);
                else
                    whole = false;
            }
            // A ring or line with a hole in it would be drawn across the gap: such parts are left out whole.
            if (whole && !part.empty())
                builder.addPart(f.kind, part);
        }
        if (finite(xs[next], ys[next]))
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

std::vector<MapLayer> ExportProjection::reproject(const std::vector<MapLayer> &layers, const LonLatBox &focus,
                                                  const std::atomic_bool *cancel) const
{
    const double padLon = (focus.east - focus.west) / 2, padLat = (focus.north - focus.south) / 2;
    const QRectF area(webmercator::fromLonLat(std::max(-180.0, focus.west - padLon), focus.south - padLat),
                      webmercator::fromLonLat(std::min(180.0, focus.east + padLon), focus.north + padLat));
    std::vector<MapLayer> result;
    for (const MapLayer &layer : layers) {
        if (cancel && cancel->load())
            return {};
        MapLayer copy = layer;
        if (layer.data) {
            copy.data = reproject(*layer.data, area.normalized());
            copy.setFilter(layer.filter); // the rows are new: the filter decides again
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

ExportView exportView(const MapSettings &map, const LonLatBox &extent, QSizeF size, double marginPx, const QString &crs,
                      const std::atomic_bool *cancel, QString *error)
{
    ExportView view;
    view.settings = map;
    view.projection = ExportProjection::create(crs, error);
    QRectF planar;
    if (view.projection)
        planar = view.projection->planarBounds(extent);
    if (planar.isEmpty()) { // Web Mercator, or nothing of the extent shows in that CRS
        view.projection.reset();
        view.settings.camera = MapCamera::fitting(extent, size, marginPx);
    } else {
        view.settings.layers = view.projection->reproject(map.layers, extent, cancel);
        view.settings.crs = view.projection->crs();
        view.settings.camera = MapCamera::fittingPlanar(planar, size, marginPx);
    }
    view.settings.camera.bearing = map.camera.bearing;
    return view;
}

} // namespace atlas
