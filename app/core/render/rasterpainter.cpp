// SPDX-License-Identifier: GPL-3.0-or-later
#include "rasterpainter.h"

#include "painterstateguard.h"

#include <QPainter>

#include <cmath>

namespace atlas {

UserError drawRaster(QPainter &painter, const MapLayer &layer, const MapCamera &camera, double devicePixelRatio,
                     const QString &crs, const std::atomic_bool *cancel)
{
    // Only what the device shows of the view: one strip of a slide larger than Qt's images is not the whole frame,
    // and warping the whole frame for every strip would cost the whole frame's memory each time.
    QRectF shown(QPointF(0, 0), camera.size);
    if (const QPaintDevice *device = painter.device()) {
        const QRectF deviceRect(0, 0, device->width(), device->height());
        shown = shown.intersected(painter.deviceTransform().inverted().mapRect(deviceRect));
    }
    // On whole pixels of the view, so that every strip's warp samples the grid one warp of the view would.
    shown = QRectF(QPointF(std::floor(shown.left()), std::floor(shown.top())),
                   QPointF(std::ceil(shown.right()), std::ceil(shown.bottom())));
    if (shown.isEmpty())
        return {};
    const QRectF visible = camera.mercatorToScreen().inverted().mapRect(shown);
    // The raster's extent is known in EPSG:3857 only: in another CRS the whole of that is warped (GDAL leaves the
    // part outside the raster transparent).
    const QRectF view = crs.isEmpty() ? visible.intersected(layer.raster->extent) : visible;
    if (view.isEmpty())
        return {};
    // As many pixels as the output shows of it: the view's metres times output pixels per metre.
    const double perMeter = camera.pixelsPerMeter() * devicePixelRatio;
    const QSize pixels(std::max(1, int(std::ceil(view.width() * perMeter))),
                       std::max(1, int(std::ceil(view.height() * perMeter))));
    const RasterLayer::Warped warped = layer.raster->warp(view, pixels, cancel, crs);
    if (warped.error || warped.image.isNull())
        return warped.error;

    // Image pixel (column, row) -> metres (row 0 is the north edge) -> screen.
    QTransform imageToMercator;
    imageToMercator.translate(view.left(), view.bottom());
    imageToMercator.scale(view.width() / pixels.width(), -view.height() / pixels.height());
    const PainterStateGuard state(painter);
    painter.setOpacity(layer.style.opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(imageToMercator * camera.mercatorToScreen(), true);
    painter.drawImage(QPointF(0, 0), warped.image);
    return {};
}

} // namespace atlas
