// SPDX-License-Identifier: GPL-3.0-or-later
#include "identify.h"

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
} // namespace

QList<IdentifyHit> identifyAt(const std::vector<MapLayer> &layers, QPointF mercator, double toleranceMeters)
{
    QList<IdentifyHit> hits;
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        if (!layer->visible || !layer->identifiable || !layer->data)
            continue;
        const VectorLayer &data = *layer->data;
        for (const int index : data.featuresAt(mercator, toleranceMeters)) {
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
