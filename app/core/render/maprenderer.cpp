// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include "featurepainter.h"
#include "labelplacer.h"
#include "layerfault.h"
#include "painterstateguard.h"
#include "rasterpainter.h"
#include "renderpools.h"
#include "sliceplan.h"
#include "slicequeue.h"

#include <QCoreApplication>
#include <QPainter>
#include <QThreadPool>

namespace atlas {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

void prepare(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
}

// One layer's features `order` (or its raster), in its own try/catch and painter state: a layer that throws is
// reported and leaves the painter as it found it for the next one.
void drawLayer(QPainter &painter, const MapLayer &layer, std::span<const int> order, const MapSettings &settings,
               const QTransform &toScreen, const std::atomic_bool *cancel, QList<LayerError> &errors)
{
    containLayerFault(layer, errors, [&] {
        const PainterStateGuard state(painter);
        if (!layer.raster)
            drawFeatures(painter, layer, toScreen, order, cancel);
        else if (UserError e = drawRaster(painter, layer, settings.camera, settings.devicePixelRatio, settings.crs,
                                          cancel))
            addLayerError(errors, {layer.id, e});
    });
}

} // namespace

bool MapRenderer::render(QPainter &painter, const MapSettings &settings, const std::atomic_bool *cancel,
                         QList<LayerError> *errors)
{
    QList<LayerError> failed;
    const MapCamera &camera = settings.camera;
    {
        const PainterStateGuard state(painter);
        prepare(painter);
        painter.scale(settings.devicePixelRatio, settings.devicePixelRatio);
        painter.fillRect(QRectF(QPointF(0, 0), camera.size), settings.background);

        const QTransform toScreen = camera.mercatorToScreen();
        const QRectF visible = camera.visibleMercatorBounds();
        for (const MapLayer &layer : settings.layers) {
            if (cancelled(cancel))
                break;
            if (!layer.visible || !checkLayer(layer, failed) || !drawnAtZoom(layer.style, camera.zoom)
                || markersDrawnWithLabels(layer.style, camera.zoom, settings.drawLabels))
                continue;
            std::vector<int> order;
            if (!layer.raster &&
                !containLayerFault(layer, failed, [&] { order = drawOrder(layer, visible, camera.zoom); }))
                continue;
            drawLayer(painter, layer, order, settings, toScreen, cancel, failed);
        }
        if (settings.drawLabels && !cancelled(cancel))
            drawLabels(painter, settings, toScreen, visible, failed);
    }
    if (errors)
        *errors += failed;
    return !cancelled(cancel);
}

RenderResult MapRenderer::renderParallel(const MapSettings &settings, const std::atomic_bool *cancel,
                                         RenderPriority priority)
{
    RenderResult result;
    try {
        const MapCamera &camera = settings.camera;
        const QTransform toScreen = camera.mercatorToScreen();
        const QRectF visible = camera.visibleMercatorBounds();
        QThreadPool &pool = slicePool(priority);
        std::vector<Slice> slices = planSlices(settings, visible, pool.maxThreadCount(), result.errors);
        // Labels depend on the layers' data, not their pixels: placed and drawn on a thread of their own while the
        // last layers draw, composed on top (on this thread after the slices, they were a serial tail of the render).
        if (settings.drawLabels)
            slices.push_back(Slice{.parts = {}, .weight = 0, .labels = true});

        const SliceFrame frame{(camera.size * settings.devicePixelRatio).toSize(), settings.devicePixelRatio};
        const SliceDrawing draw = [&](QPainter &slicePainter, const Slice &slice, QList<LayerError> &errors) {
            prepare(slicePainter);
            if (slice.labels && !cancelled(cancel))
                drawLabels(slicePainter, settings, toScreen, visible, errors);
            for (const Slice::Part &part : slice.parts)
                drawLayer(slicePainter, *part.layer, part.order, settings, toScreen, cancel, errors);
        };
        // The sea is filled while the first slices draw (at 4K that is 33 MB written: worth overlapping).
        QImage image;
        QPainter painter;
        const auto started = [&] {
            image = QImage(frame.pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(frame.devicePixelRatio);
            image.fill(settings.background);
            painter.begin(&image);
            prepare(painter);
        };
        // Composed on this thread as the slices finish, in order.
        const SliceComposing compose = [&](const QImage &drawn, const QList<LayerError> &errors) {
            painter.drawImage(QPointF(0, 0), drawn);
            for (const LayerError &e : errors)
                addLayerError(result.errors, e);
        };
        const qint64 frameBytes = qint64(frame.pixels.width()) * frame.pixels.height() * 4;
        drawSlicesInOrder(slices, frame, pool, sliceImagesInFlight(pool.maxThreadCount(), frameBytes), draw, started,
                          compose, cancel);
        painter.end();

        result.cancelled = cancelled(cancel);
        if (!result.cancelled)
            result.image = image;
    } catch (...) {
        // Outside any one layer (the frame, the plan): nothing to show, and nothing may escape to the caller's task.
        result.image = QImage();
        result.failure = {QCoreApplication::translate("MapRenderer", "The map could not be drawn. A smaller view or "
                                                                     "fewer layers may help."),
                          currentExceptionDetail()};
    }
    return result;
}

QImage MapRenderer::renderImage(const MapSettings &settings, const std::atomic_bool *cancel)
{
    return renderParallel(settings, cancel).image;
}

} // namespace atlas
