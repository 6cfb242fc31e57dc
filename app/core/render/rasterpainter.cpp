// SPDX-License-Identifier: GPL-3.0-or-later
#include "rasterpainter.h"

#include <QPainter>

#include <cmath>

namespace atlas {

UserError drawRaster(QPainter &painter, const MapLayer &layer, const MapCamera &camera, double devicePixelRatio,
                     const QString &crs, const std::atomic_bool *cancel)
{
    // The raster's extent is known in EPSG:3857 only: in another CRS the whole view is warped (GDAL leaves the
    // part outside the raster transparent).
    const QRectF visible = camera.visibleMercatorBounds();
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
    painter.save();
    painter.setOpacity(layer.style.opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(imageToMercator * camera.mercatorToScreen(), true);
    painter.drawImage(QPointF(0, 0), warped.image);
    painter.restore();
    return {};
}

} // namespace atlas
