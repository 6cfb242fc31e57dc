// SPDX-License-Identifier: GPL-3.0-or-later
#include "sliceplan.h"

#include "featurepainter.h"
#include "layerfault.h"

#include <QCoreApplication>

namespace atlas {

// A layer that cannot be drawn at all says so instead of silently vanishing from the map.
bool checkLayer(const MapLayer &layer, QList<LayerError> &errors)
{
    if (layer.data || layer.raster)
        return true;
    errors.append({layer.id, {QCoreApplication::translate("MapRenderer", "The layer “%1” has no data to draw.")
                                  .arg(layer.title),
                              QStringLiteral("MapLayer::data is null")}});
    return false;
}

namespace {

// Work is measured in vertices (a point is one). Layers are grouped, in order, into slices of about an equal share
// of the whole view's work per thread; a layer bigger than a share is itself split into shares. Tiny views stay in
// one slice (a thread hop costs more than it saves).
constexpr size_t minSliceVertices = 20'000;

struct Planned {
    const MapLayer *layer;
    std::vector<int> order;
    size_t weight;
};

std::vector<Planned> planLayers(const MapSettings &settings, const QRectF &visible, QList<LayerError> &errors)
{
    std::vector<Planned> planned;
    for (const MapLayer &layer : settings.layers) {
        if (!layer.visible || !checkLayer(layer, errors) || !drawnAtZoom(layer.style, settings.camera.zoom)
            || markersDrawnWithLabels(layer.style, settings.camera.zoom, settings.drawLabels))
            continue; // drawn by the label pass
        if (layer.raster) {
            planned.push_back({&layer, {}, 0});
            continue;
        }
        containLayerFault(layer, errors, [&] {
            std::vector<int> order = drawOrder(layer, visible, settings.camera.zoom);
            size_t weight = 0;
            for (const int i : order)
                weight += layer.data->vertexCount(layer.data->features[size_t(i)]);
            planned.push_back({&layer, std::move(order), weight});
        });
    }
    return planned;
}

} // namespace

std::vector<Slice> planSlices(const MapSettings &settings, const QRectF &visible, int threads,
                              QList<LayerError> &errors)
{
    std::vector<Planned> planned = planLayers(settings, visible, errors);
    size_t total = 0;
    for (const Planned &p : planned)
        total += p.weight;

    const size_t share = std::max(minSliceVertices, total / size_t(std::max(1, threads)) + 1);
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
        // A displaced layer's layout and an aggregated layer's bins need all of its points in one place.
        if (p.weight <= share || p.layer->style.displacement.enabled
            || aggregatedAtZoom(p.layer->style, settings.camera.zoom)) {
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

} // namespace atlas
