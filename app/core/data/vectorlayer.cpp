// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectorlayer.h"

#include "gdalerrorcapture.h"
#include "gdalsetup.h"
#include "reprojector.h"

#include <QFileInfo>
#include <QLineF>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace atlas {

namespace {

QString displayName(const QString &source)
{
    const QFileInfo info(source);
    return info.fileName().isEmpty() ? source : info.fileName();
}

QVariant fieldValue(const OGRFeature &feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldDefn *definition = feature.GetFieldDefnRef(index);
    switch (definition->GetType()) {
    case OFTInteger:
        return definition->GetSubType() == OFSTBoolean ? QVariant(feature.GetFieldAsInteger(index) != 0)
                                                       : QVariant(feature.GetFieldAsInteger(index));
    case OFTInteger64:
        return QVariant(qlonglong(feature.GetFieldAsInteger64(index)));
    case OFTReal:
        return QVariant(feature.GetFieldAsDouble(index));
    default:
        // GDAL hands text over as UTF-8 (drivers recode legacy encodings); invalid bytes become U+FFFD, not a crash.
        return QVariant(QString::fromUtf8(feature.GetFieldAsString(index)));
    }
}

void appendRing(QPainterPath &path, const OGRSimpleCurve &ring)
{
    const int n = ring.getNumPoints();
    if (n < 2)
        return;
    path.moveTo(ring.getX(0), ring.getY(0));
    for (int i = 1; i < n; ++i)
        path.lineTo(ring.getX(i), ring.getY(i));
}

// Walks any OGR geometry (collections included) into the feature's path or point list.
void appendGeometry(Feature &feature, const OGRGeometry &geometry)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
        const auto &point = *geometry.toPoint();
        if (!point.IsEmpty())
            feature.points.emplace_back(point.getX(), point.getY());
        feature.kind = GeometryKind::Point;
        break;
    }
    case wkbLineString:
        appendRing(feature.path, *geometry.toLineString());
        feature.kind = GeometryKind::Line;
        break;
    case wkbPolygon:
        for (const OGRLinearRing *ring : *geometry.toPolygon()) {
            appendRing(feature.path, *ring);
            feature.path.closeSubpath();
        }
        feature.kind = GeometryKind::Polygon;
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            appendGeometry(feature, *part);
        break;
    default: {
        // Curves, TINs, polyhedral surfaces: let GDAL linearise them, then draw what comes out.
        std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(geometry.getGeometryType()))
            appendGeometry(feature, *linear);
        break;
    }
    }
}

// QRectF::united() ignores empty rectangles, but a point's bounds are empty and still count.
QRectF unite(const QRectF &a, const QRectF &b, bool aIsSet)
{
    if (!aIsSet)
        return b;
    return QRectF(QPointF(std::min(a.left(), b.left()), std::min(a.top(), b.top())),
                  QPointF(std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())));
}

// A point inside the largest polygon part (the centroid of Baja California would sit in the sea).
QPointF labelPointFor(const OGRGeometry &geometry, const QRectF &bounds)
{
    const OGRGeometry *largest = &geometry;
    if (wkbFlatten(geometry.getGeometryType()) == wkbMultiPolygon) {
        double bestArea = -1;
        for (const OGRPolygon *part : *geometry.toMultiPolygon()) {
            if (const double area = part->get_Area(); area > bestArea) {
                bestArea = area;
                largest = part;
            }
        }
    }
    if (OGR_GT_IsSurface(wkbFlatten(largest->getGeometryType()))) {
        OGRGeometryH inside = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(largest)));
        if (inside) {
            const QPointF p(OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0));
            OGR_G_DestroyGeometry(inside);
            if (std::isfinite(p.x()) && std::isfinite(p.y()))
                return p;
        }
    }
    return bounds.center();
}

} // namespace

QVariant VectorLayer::attribute(const Feature &feature, const QString &field) const
{
    const int index = fieldIndex(field);
    return index >= 0 && index < feature.attributes.size() ? feature.attributes.at(index) : QVariant();
}

std::vector<int> VectorLayer::featuresAt(QPointF mercator, double toleranceMeters) const
{
    std::vector<int> hits;
    const QRectF probe(mercator - QPointF(toleranceMeters, toleranceMeters),
                       QSizeF(2 * toleranceMeters, 2 * toleranceMeters));
    for (int i = 0; i < int(features.size()); ++i) {
        const Feature &f = features[size_t(i)];
        const double t = toleranceMeters;
        if (!f.bounds.adjusted(-t, -t, t, t).contains(mercator))
            continue;
        bool hit = false;
        switch (f.kind) {
        case GeometryKind::Polygon:
            hit = f.path.contains(mercator);
            break;
        case GeometryKind::Point:
            for (const QPointF &p : f.points)
                hit = hit || QLineF(p, mercator).length() <= toleranceMeters;
            break;
        case GeometryKind::Line:
            hit = f.path.intersects(probe);
            break;
        case GeometryKind::None:
            break;
        }
        if (hit)
            hits.push_back(i);
    }
    return hits;
}

VectorLoadResult loadVectorLayer(const QString &source, const VectorLoadOptions &options)
{
    ensureGdalReady();
    GdalErrorCapture capture;
    VectorLoadResult result;
    const QString shown = displayName(source);

    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset) {
        QString detail = capture.joined();
        if (detail.isEmpty()) // GDAL says nothing when no driver recognises the bytes at all
            detail = QFileInfo::exists(source) ? QStringLiteral("GDAL: no vector driver recognised %1").arg(source)
                                               : QStringLiteral("GDAL: %1 does not exist").arg(source);
        result.error = {QObject::tr("Could not open “%1”: it is missing, damaged, or not a vector format GDAL reads.")
                            .arg(shown),
                        detail};
        return result;
    }
    OGRLayer *ogrLayer = options.layerName.isEmpty() ? dataset->GetLayer(0)
                                                     : dataset->GetLayerByName(options.layerName.toUtf8().constData());
    if (!ogrLayer) {
        result.error = {options.layerName.isEmpty()
                            ? QObject::tr("“%1” contains no vector layer.").arg(shown)
                            : QObject::tr("“%1” has no layer named “%2”.").arg(shown, options.layerName),
                        capture.joined()};
        return result;
    }

    std::unique_ptr<OGRSpatialReference> assumed;
    const OGRSpatialReference *sourceSrs = ogrLayer->GetSpatialRef();
    if (!sourceSrs && !options.assumedCrs.isEmpty()) {
        QString why;
        assumed = spatialReferenceFrom(options.assumedCrs, &why);
        if (!assumed) {
            result.error = {QObject::tr("“%1” is not a coordinate reference system this program knows.")
                                .arg(options.assumedCrs),
                            why};
            return result;
        }
        sourceSrs = assumed.get();
    }
    if (!sourceSrs) {
        result.error = {QObject::tr("“%1” does not say which coordinate reference system its coordinates are in. "
                                    "Choose one (for example EPSG:4326 for longitude/latitude).")
                            .arg(shown),
                        capture.joined()};
        return result;
    }

    OGRSpatialReference webMercator;
    webMercator.importFromEPSG(3857);
    const Reprojector toMercator(*sourceSrs, webMercator);
    if (!toMercator.isValid()) {
        result.error = {QObject::tr("The coordinates of “%1” cannot be converted to the map's projection.").arg(shown),
                        toMercator.errorDetail()};
        return result;
    }
    // Web Mercator ends at ±85.05° latitude: geographic data is clipped there so that polar rings do not blow up.
    std::unique_ptr<OGRGeometry> mercatorDomain;
    if (sourceSrs->IsGeographic()) {
        OGRPolygon box;
        OGRLinearRing ring;
        const double lat = webmercator::maxLatitude;
        for (const auto &[x, y] : {std::pair{-180.0, -lat}, {180.0, -lat}, {180.0, lat}, {-180.0, lat}, {-180.0, -lat}})
            ring.addPoint(x, y);
        box.addRing(&ring);
        mercatorDomain.reset(box.clone());
    }

    auto layer = std::make_shared<VectorLayer>();
    layer->name = QString::fromUtf8(ogrLayer->GetName());
    layer->source = source;
    const char *authority = sourceSrs->GetAuthorityName(nullptr);
    const char *code = sourceSrs->GetAuthorityCode(nullptr);
    layer->sourceCrs = authority && code ? QStringLiteral("%1:%2").arg(QLatin1String(authority), QLatin1String(code))
                                         : QString::fromUtf8(sourceSrs->GetName());
    const OGRFeatureDefn *definition = ogrLayer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        layer->fieldNames.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));

    bool hasExtent = false;
    for (const auto &ogrFeature : *ogrLayer) {
        Feature feature;
        feature.fid = ogrFeature->GetFID();
        feature.attributes.reserve(layer->fieldNames.size());
        for (int i = 0; i < layer->fieldNames.size(); ++i)
            feature.attributes.append(fieldValue(*ogrFeature, i));

        if (const OGRGeometry *geometry = ogrFeature->GetGeometryRef(); geometry && !geometry->IsEmpty()) {
            std::unique_ptr<OGRGeometry> projected(geometry->clone());
            if (mercatorDomain) {
                OGREnvelope envelope;
                projected->getEnvelope(&envelope);
                if (envelope.MinY < -webmercator::maxLatitude || envelope.MaxY > webmercator::maxLatitude)
                    projected.reset(projected->Intersection(mercatorDomain.get()));
            }
            if (projected && projected->transform(toMercator.handle()) == OGRERR_NONE) {
                appendGeometry(feature, *projected);
                bool hasBounds = !feature.path.isEmpty();
                feature.bounds = feature.path.boundingRect();
                for (const QPointF &p : feature.points) {
                    feature.bounds = unite(feature.bounds, QRectF(p, QSizeF(0, 0)), hasBounds);
                    hasBounds = true;
                }
                feature.labelPoint = labelPointFor(*projected, feature.bounds);
            } else {
                result.warnings.append(QObject::tr("Feature %1: its geometry could not be reprojected; drawn without it.")
                                           .arg(feature.fid));
            }
        }
        if (feature.kind != GeometryKind::None) {
            layer->extent = unite(layer->extent, feature.bounds, hasExtent);
            hasExtent = true;
        }
        layer->features.push_back(std::move(feature));
    }

    if (hasExtent) {
        const QPointF sw = webmercator::toLonLat(layer->extent.bottomLeft());
        const QPointF ne = webmercator::toLonLat(layer->extent.topRight());
        // QRectF's "bottom" is its larger y, which in metres is the north edge.
        layer->extentLonLat = {sw.x(), std::min(sw.y(), ne.y()), ne.x(), std::max(sw.y(), ne.y())};
    }
    result.warnings += capture.messages();
    result.layer = std::move(layer);
    return result;
}

} // namespace atlas
