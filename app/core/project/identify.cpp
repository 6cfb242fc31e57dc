// SPDX-License-Identifier: GPL-3.0-or-later
#include "identify.h"

#include "featurepainter.h"
#include "mapcamera.h"
#include "pointdisplacement.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
QString nameOf(const VectorLayer &layer, const Feature &feature)
{
    for (const char *field : {"name", "site_name", "nom_ent", "company", "port_name"}) {
        const QVariant v = layer.attribute(feature, QString::fromLatin1(field));
        if (!v.isNull() && !v.toString().isEmpty())
            return v.toString();
    }
    return QStringLiteral("#%1").arg(feature.fid);
}
// The features of a displaced layer drawn under `mercator` at `zoom`: a spread symbol where it is drawn, every member
// of a collapsed group at its count symbol. The layout depends only on the symbols' relative places, so a view
// centred on the click and wide enough for any ring gives the screen's layout.
std::vector<int> drawnAt(const MapLayer &layer, QPointF mercator, double toleranceMeters, double zoom)
{
    MapCamera view;
    view.zoom = zoom;
    view.size = QSizeF(2048, 2048);
    const QPointF lonLat = webmercator::toLonLat(mercator);
    view.centerLon = lonLat.x();
    view.centerLat = lonLat.y();
    const QTransform toScreen = view.mercatorToScreen();
    const QPointF click = toScreen.map(mercator);
    const double tolerancePx = toleranceMeters * view.pixelsPerMeter();
    const PointLayout layout = layoutLayerPoints(layer, toScreen, drawOrder(layer, view.visibleMercatorBounds(), view.zoom));
    std::vector<int> rows;
    const auto near = [&](QPointF at, double radius) {
        return std::hypot(at.x() - click.x(), at.y() - click.y()) <= radius + tolerancePx;
    };
    for (const PlacedSymbol &s : layout.symbols) {
        if (layout.isDisplaced(s) && near(s.drawnAt, s.diameter / 2))
            rows.push_back(s.feature);
    }
    for (const PointGroup &g : layout.groups) {
        if (g.collapsed && near(g.countAt, g.countDiameter / 2)) {
            for (const int m : g.members)
                rows.push_back(layout.symbols[size_t(m)].feature);
        }
    }
    return rows;
}

} // namespace

QList<IdentifyHit> identifyAt(const std::vector<MapLayer> &layers, QPointF mercator, double toleranceMeters,
                              std::optional<double> zoom)
{
    QList<IdentifyHit> hits;
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        if (!layer->visible || !layer->identifiable || !layer->data)
            continue;
        const VectorLayer &data = *layer->data;
        // At the true place (as always), then where a displaced symbol is drawn; each feature once.
        std::vector<int> found = data.featuresAt(mercator, toleranceMeters);
        if (zoom && layer->style.displacement.enabled) {
            for (const int row : drawnAt(*layer, mercator, toleranceMeters, *zoom)) {
                if (std::find(found.begin(), found.end(), row) == found.end())
                    found.push_back(row);
            }
        }
        for (const int index : found) {
            if (!layer->shows(index))
                continue;
            const Feature &feature = data.features[size_t(index)];
            IdentifyHit hit{layer->id, layer->title, index, nameOf(data, feature), {}};
            for (int field = 0; field < data.fieldNames.size(); ++field)
                hit.attributes.append({data.fieldNames.at(field), data.value(feature, field)});
            hits.append(hit);
        }
    }
    return hits;
}

} // namespace atlas
