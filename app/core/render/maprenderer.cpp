// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include "featurepainter.h"
#include "labelplacer.h"
#include "rasterpainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// A layer that cannot be drawn at all says so instead of silently vanishing from the map.
bool checkLayer(const MapLayer &layer, QList<LayerError> *errors)
{
    if (layer.data || layer.raster)
        return true;
    if (errors)
        errors->append({layer.id, {QCoreApplication::translate("MapRenderer", "The layer “%1” has no data to draw.")
                                       .arg(layer.title),
                                   QStringLiteral("MapLayer::data is null")}});
    return false;
}

// Layer work runs in its own pool so that a render started from a pool thread (RenderJob) can wait for it
// without starving itself.
QThreadPool &layerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return *pool;
}

// One piece of parallel work: some features of one layer, or several small layers, drawn into one image.
struct Slice {
    struct Part {
        const MapLayer *layer;
        std::vector<int> order;
    };
    std::vector<Part> parts;
    size_t weight = 0; ///< vertices to draw
};

// Work is measured in vertices (a point is one). Layers are grouped, in order, into slices of about an equal share
// of the whole view's work per thread; a layer bigger than a share is itself split into shares. Tiny views stay in
// one slice (a thread hop costs more than it saves).
constexpr size_t minSliceVertices = 20'000;

std::vector<Slice> planSlices(const MapSettings &settings, const QRectF &visible, QList<LayerError> *errors)
{
    struct Planned {
        const MapLayer *layer;
        std::vector<int> order;
        size_t weight;
    };
    std::vector<Planned> planned;
    size_t total = 0;
    for (const MapLayer &layer : settings.layers) {
        if (!layer.visible || !checkLayer(layer, errors))
            continue;
        if (layer.raster) {
            planned.push_back({&layer, {}, 0});
            continue;
        }
        std::vector<int> order = drawOrder(layer, visible);
        size_t weight = 0;
        for (const int i : order)
            weight += layer.data->vertexCount(layer.data->features[size_t(i)]);
        total += weight;
        planned.push_back({&layer, std::move(order), weight});
    }

    const size_t threads = size_t(std::max(1, layerPool().maxThreadCount()));
    const size_t share = std::max(minSliceVertices, total / threads + 1);
    std::vector<Slice> slices(1);
    auto close = [&] {
        if (!slices.back().parts.empty())
            slices.emplace_back();
    };
    for (Planned &p : planned) {
        if (p.layer->raster) { // a warp is heavy: it gets a slice (and a thread) of its own
            close();
            slices.back().parts.push_back({p.layer, {}});
            close();
            continue;
        }
        if (p.weight <= share) {
            if (slices.back().weight + p.weight > share)
                close();
            slices.back().weight += p.weight;
            slices.back().parts.push_back({p.layer, std::move(p.order)});
            continue;
        }
        // A big layer: split its draw order into shares; composing them in order keeps later features on top, as
        // drawing it in one go would (only antialiased edges of symbols repeated on one pixel by two slices blend
        // twice).
        close();
        size_t start = 0, accumulated = 0;
        for (size_t k = 0; k < p.order.size(); ++k) {
            accumulated += p.layer->data->vertexCount(p.layer->data->features[size_t(p.order[k])]);
            if (accumulated >= share || k + 1 == p.order.size()) {
                slices.back().parts.push_back(
                    {p.layer, std::vector<int>(p.order.begin() + long(start), p.order.begin() + long(k + 1))});
                slices.back().weight = accumulated;
                close();
                start = k + 1;
                accumulated = 0;
            }
        }
    }
    if (slices.back().parts.empty())
        slices.pop_back();
    return slices;
}

void prepare(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
}

} // namespace

bool MapRenderer::render(QPainter &painter, const MapSettings &settings, const std::atomic_bool *cancel,
                         QList<LayerError> *errors)
{
    const MapCamera &camera = settings.camera;
    painter.save();
    prepare(painter);
    painter.scale(settings.devicePixelRatio, settings.devicePixelRatio);
    painter.fillRect(QRectF(QPointF(0, 0), camera.size), settings.background);

    const QTransform toScreen = camera.mercatorToScreen();
    const QRectF visible = camera.visibleMercatorBounds();
    for (const MapLayer &layer : settings.layers) {
        if (cancelled(cancel))
            break;
        if (!layer.visible || !checkLayer(layer, errors))
            continue;
        if (!layer.raster) {
            drawFeatures(painter, layer, toScreen, drawOrder(layer, visible), cancel);
        } else if (UserError e = drawRaster(painter, layer, camera, settings.devicePixelRatio, settings.crs, cancel);
                   e && errors) {
            errors->append({layer.id, e});
        }
    }
    if (settings.drawLabels && !cancelled(cancel))
        drawLabels(painter, settings, toScreen, visible);
    painter.restore();
    return !cancelled(cancel);
}

RenderResult MapRenderer::renderParallel(const MapSettings &settings, const std::atomic_bool *cancel)
{
    RenderResult result;
    const MapCamera &camera = settings.camera;
    const QSize pixels = (camera.size * settings.devicePixelRatio).toSize();
    const QTransform toScreen = camera.mercatorToScreen();
    const QRectF visible = camera.visibleMercatorBounds();
    auto newImage = [&] {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(settings.devicePixelRatio);
        return image;
    };

    struct Drawn {
        QImage image;
        QList<LayerError> errors;
    };
    const std::vector<Slice> slices = planSlices(settings, visible, &result.errors);
    std::vector<QFuture<Drawn>> futures;
    for (const Slice &slice : slices) {
        futures.push_back(QtConcurrent::run(&layerPool(), [&slice, &toScreen, &newImage, &settings, cancel] {
            Drawn drawn{newImage(), {}};
            drawn.image.fill(Qt::transparent);
            QPainter painter(&drawn.image);
            prepare(painter);
            for (const Slice::Part &part : slice.parts) {
                if (!part.layer->raster)
                    drawFeatures(painter, *part.layer, toScreen, part.order, cancel);
                else if (UserError e = drawRaster(painter, *part.layer, settings.camera, settings.devicePixelRatio,
                                                  settings.crs, cancel))
                    drawn.errors.append({part.layer->id, e});
            }
            return drawn;
        }));
    }

    // Compose on this thread while the slices finish, in order.
    QImage image = newImage();
    image.fill(settings.background);
    QPainter painter(&image);
    prepare(painter);
    for (QFuture<Drawn> &future : futures) {
        const Drawn drawn = future.result();
        painter.drawImage(QPointF(0, 0), drawn.image);
        result.errors += drawn.errors;
    }
    if (settings.drawLabels && !cancelled(cancel))
        drawLabels(painter, settings, toScreen, visible);
    painter.end();

    result.cancelled = cancelled(cancel);
    if (!result.cancelled)
        result.image = image;
    return result;
}

QImage MapRenderer::renderImage(const MapSettings &settings, const std::atomic_bool *cancel)
{
    return renderParallel(settings, cancel).image;
}

} // namespace atlas
