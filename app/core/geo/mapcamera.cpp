// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcamera.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas {

namespace webmercator {

QPointF fromLonLat(double lon, double lat)
{
    const double clamped = std::clamp(lat, -maxLatitude, maxLatitude);
    const double phi = clamped * std::numbers::pi / 180.0;
    return {earthRadius * lon * std::numbers::pi / 180.0, earthRadius * std::atanh(std::sin(phi))};
}

QPointF toLonLat(QPointF m)
{
    const double lon = m.x() / earthRadius * 180.0 / std::numbers::pi;
    const double lat = std::atan(std::sinh(m.y() / earthRadius)) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

} // namespace webmercator

double MapCamera::pixelsPerMeter() const
{
    const double worldPixels = 256.0 * std::exp2(zoom);
    return worldPixels / (2.0 * std::numbers::pi * webmercator::earthRadius);
}

QPointF MapCamera::centerMercator() const
{
    return planarCenter ? *planarCenter : webmercator::fromLonLat(centerLon, centerLat);
}

QTransform MapCamera::mercatorToScreen() const
{
    // Read bottom-up: centre the view's middle on the origin, scale metres to pixels (flipping y, which grows south on
    // screen), turn the map so that `bearing` points up, then move the origin to the viewport's middle.
    const QPointF c = centerMercator();
    const double k = pixelsPerMeter();
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0);
    t.rotate(-bearing);
    t.scale(k, -k);
    t.translate(-c.x(), -c.y());
    return t;
}

QPointF MapCamera::lonLatToScreen(double lon, double lat) const
{
    return mercatorToScreen().map(webmercator::fromLonLat(lon, lat));
}

QPointF MapCamera::screenToLonLat(QPointF screen) const
{
    return webmercator::toLonLat(mercatorToScreen().inverted().map(screen));
}

LonLatBox MapCamera::visibleLonLatBox() const
{
    const QRectF m = visibleMercatorBounds();
    const QPointF a = webmercator::toLonLat(m.topLeft()), b = webmercator::toLonLat(m.bottomRight());
    return {std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())};
}

QRectF MapCamera::visibleMercatorBounds() const
{
    const QPolygonF viewport(QRectF(QPointF(0, 0), size));
    return mercatorToScreen().inverted().map(viewport).boundingRect();
}

namespace {
// The zoom at which `planar` (in metres, or the units of another CRS) fits `viewport`, keeping `marginPx` free.
double fittingZoom(const QRectF &planar, QSizeF viewport, double marginPx)
{
    const double usableW = std::max(1.0, viewport.width() - 2 * marginPx);
    const double usableH = std::max(1.0, viewport.height() - 2 * marginPx);
    const double unitsPerPixel = std::max(std::abs(planar.width()) / usableW, std::abs(planar.height()) / usableH);
    const double worldMeters = 2.0 * std::numbers::pi * webmercator::earthRadius;
    return std::log2(worldMeters / unitsPerPixel / 256.0);
}
} // namespace

MapCamera MapCamera::fitting(const LonLatBox &box, QSizeF viewport, double marginPx)
{
    const QPointF sw = webmercator::fromLonLat(box.west, box.south);
    const QPointF ne = webmercator::fromLonLat(box.east, box.north);
    const QRectF mercator(sw, ne);
    MapCamera camera;
    camera.size = viewport;
    camera.zoom = fittingZoom(mercator, viewport, marginPx);
    const QPointF centre = webmercator::toLonLat(mercator.center());
    camera.centerLon = centre.x();
    camera.centerLat = centre.y();
    return camera;
}

MapCamera MapCamera::fittingPlanar(const QRectF &planar, QSizeF viewport, double marginPx)
{
    MapCamera camera;
    camera.size = viewport;
    camera.zoom = fittingZoom(planar, viewport, marginPx);
    camera.planarCenter = planar.center();
    camera.centerLon = camera.centerLat = std::nan(""); // not a place on Earth in this CRS: see planarCenter
    return camera;
}

} // namespace atlas
