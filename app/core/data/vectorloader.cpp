// SPDX-License-Identifier: GPL-3.0-or-later
// loadVectorLayer(): any OGR source into a VectorLayer, reprojected to Web Mercator once, with readable errors.
#include "vectorlayer.h"

#include "areaofuse.h"
#include "arrowpoints.h"
#include "gdalerrorcapture.h"
#include "gdalsetup.h"
#include "pgconnection.h"
#include "reprojector.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

QString displayName(const QString &source)
{
    if (isPgSource(source)) // never the connection string: it may carry the password
        return pgDisplayName(source);
    const QFileInfo info(source);
    return info.fileName().isEmpty() ? source : info.fileName();
}

Column::Type columnType(const OGRFieldDefn &definition)
{
    switch (definition.GetType()) {
    case OFTInteger:
        return definition.GetSubType() == OFSTBoolean ? Column::Type::Boolean : Column::Type::Integer;
    case OFTInteger64:
        return Column::Type::Integer;
    case OFTReal:
        return Column::Type::Real;
    default:
        return Column::Type::Text;
    }
}

void setField(VectorLayerBuilder &builder, const OGRFeature &feature, int index, Column::Type type)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return;
    switch (type) {
    case Column::Type::Integer:
    case Column::Type::Boolean:
        builder.setNumber(index, double(feature.GetFieldAsInteger64(index)));
        break;
    case Column::Type::Real:
        builder.setNumber(index, feature.GetFieldAsDouble(index));
        break;
    case Column::Type::Text:
        // GDAL hands text over as UTF-8 (drivers recode legacy encodings); invalid bytes become U+FFFD, not a crash.
        builder.setValue(index, QString::fromUtf8(feature.GetFieldAsString(index)));
        break;
    }
}

void addCurve(VectorLayerBuilder &builder, GeometryKind kind, const OGRSimpleCurve &curve, std::vector<QPointF> &scratch)
{
    scratch.resize(size_t(curve.getNumPoints()));
    for (int i = 0; i < curve.getNumPoints(); ++i)
        scratch[size_t(i)] = QPointF(curve.getX(i), curve.getY(i));
    builder.addPart(kind, scratch);
}

// Walks any OGR geometry (collections included) into parts of the current feature.
void addGeometry(VectorLayerBuilder &builder, const OGRGeometry &geometry, std::vector<QPointF> &scratch)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
        const auto &point = *geometry.toPoint();
        if (!point.IsEmpty()) {
            const QPointF p(point.getX(), point.getY());
            builder.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
        }
        break;
    }
    case wkbLineString:
        addCurve(builder, GeometryKind::Line, *geometry.toLineString(), scratch);
        break;
    case wkbPolygon:
        for (const OGRLinearRing *ring : *geometry.toPolygon())
            addCurve(builder, GeometryKind::Polygon, *ring, scratch);
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            addGeometry(builder, *part, scratch);
        break;
    default: {
        // Curves, TINs, polyhedral surfaces: let GDAL linearise them, then draw what comes out.
        std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(geometry.getGeometryType()))
            addGeometry(builder, *linear, scratch);
        break;
    }
    }
}

// A point inside the largest polygon part (the centroid of Baja California would sit in the sea).
bool labelPointFor(const OGRGeometry &geometry, QPointF *out)
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
    if (!OGR_GT_IsSurface(wkbFlatten(largest->getGeometryType())))
        return false;
    OGRGeometryH inside = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(largest)));
    if (!inside)
        return false;
    *out = QPointF(OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0));
    OGR_G_DestroyGeometry(inside);
    return std::isfinite(out->x()) && std::isfinite(out->y());
}

// Web Mercator ends at ±85.05° latitude: geographic data is clipped there so that polar rings do not blow up.
std::unique_ptr<OGRGeometry> mercatorDomain()
{
    OGRPolygon box;
    OGRLinearRing ring;
    const double lat = webmercator::maxLatitude;
    for (const auto &[x, y] : {std::pair{-180.0, -lat}, {180.0, -lat}, {180.0, lat}, {-180.0, lat}, {-180.0, -lat}})
        ring.addPoint(x, y);
    box.addRing(&ring);
    return std::unique_ptr<OGRGeometry>(box.clone());
}

// The first layer that has a geometry (a GeoPackage may list its attribute tables first), else the first layer.
OGRLayer *firstLayer(GDALDataset &dataset)
{
    for (OGRLayer *layer : dataset.GetLayers()) {
        if (layer->GetLayerDefn()->GetGeomFieldCount() > 0)
            return layer;
    }
    return dataset.GetLayerCount() > 0 ? dataset.GetLayer(0) : nullptr;
}

bool finiteGeometry(const OGRGeometry &geometry)
{
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    return std::isfinite(envelope.MinX) && std::isfinite(envelope.MaxX) && std::isfinite(envelope.MinY) &&
           std::isfinite(envelope.MaxY);
}

// Why a feature's geometry is unusable, or empty when it is fine (or legitimately absent). `gdalSaid` is what GDAL
// reported while reading this feature.
QString malformation(const OGRFeature &feature, const OGRFeatureDefn &definition, const QStringList &gdalSaid)
{
    if (feature.GetGeometryRef())
        return finiteGeometry(*feature.GetGeometryRef()) ? QString() : QObject::tr("coordinates that are not numbers");
    if (definition.GetGeomFieldCount() == 0)
        return {};
    // A CSV keeps its WKT column as a field too (KEEP_GEOM_COLUMNS): text there but no geometry is a broken WKT.
    const char *geometryName = definition.GetGeomFieldDefn(0)->GetNameRef();
    const int kept = *geometryName ? definition.GetFieldIndex(geometryName) : -1;
    if (kept >= 0 && feature.IsFieldSetAndNotNull(kept) && *feature.GetFieldAsString(kept))
        return QObject::tr("its geometry text could not be read");
    if (!gdalSaid.isEmpty())
        return gdalSaid.last();
    return {};
}

QString skippedSummary(int skipped, const QStringList &reasons)
{
    // Plurals spelt out rather than %n: the message must read right without a translator loaded (command line, tests).
    QString text = (skipped == 1 ? QObject::tr("1 feature skipped: %1") : QObject::tr("%1 features skipped: %2").arg(skipped))
                       .arg(reasons.join(QStringLiteral("; ")));
    if (skipped > reasons.size())
        text += QObject::tr("; and %1 more").arg(skipped - int(reasons.size()));
    return text;
}

} // namespace

VectorLoadResult loadVectorLayer(const QString &source, const VectorLoadOptions &options)
{
    ensureGdalReady();
    GdalErrorCapture capture;
    VectorLoadResult result;
    const QString shown = displayName(source);

    // Refused before GDAL sees it: with the network off, GDAL would only fail more slowly and less clearly.
    if (isNetworkSource(source) && !gdalNetworkAllowed()) {
        result.error = {QObject::tr("“%1” is on the network, and network access is off: Nearshore Atlas reads only "
                                    "files on this computer unless network access is allowed (on the command "
                                    "line: --allow-network).").arg(source),
                        QStringLiteral("network access is off")};
        return result;
    }

    // CSV: find the geometry in the columns planners name it by (longitude/latitude pairs or a WKT column).
    // The planner's choice of columns, when given, replaces the usual names.
    const QByteArray xNames = "X_POSSIBLE_NAMES=" + (options.xField.isEmpty() ? QByteArray("longitude,lon,long,lng,x,longitud")
                                                                              : options.xField.toUtf8());
    const QByteArray yNames = "Y_POSSIBLE_NAMES=" + (options.yField.isEmpty() ? QByteArray("latitude,lat,y,latitud")
                                                                              : options.yField.toUtf8());
    const QByteArray wktNames = "GEOM_POSSIBLE_NAMES=" + (options.wktField.isEmpty() ? QByteArray("wkt,geometry,geom,the_geom")
                                                                                     : options.wktField.toUtf8());
    const char *csvOptions[] = {xNames.constData(), yNames.constData(), wktNames.constData(), "KEEP_GEOM_COLUMNS=YES",
                                nullptr};
    const bool csv = source.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                   nullptr, csv ? csvOptions : nullptr, nullptr));
    if (!dataset) {
        QString detail = capture.joined();
        if (isPgSource(source)) {
            const QString why = pgFailureMessage(PgConnection::fromGdalSource(source).value_or(PgConnection{}), detail);
            result.error = {why.isEmpty() ? QObject::tr("Could not connect to the database for %1.").arg(shown) : why,
                            detail};
            return result;
        }
        if (detail.isEmpty()) // GDAL says nothing when no driver recognises the bytes at all
            detail = QFileInfo::exists(source) ? QStringLiteral("GDAL: no vector driver recognised %1").arg(source)
                                               : QStringLiteral("GDAL: %1 does not exist").arg(source);
        result.error = {QObject::tr("Could not open “%1”: it is missing, damaged, or not a vector format GDAL reads.")
                            .arg(shown),
                        detail};
        return result;
    }
    OGRLayer *ogrLayer = options.layerName.isEmpty() ? firstLayer(*dataset)
                                                     : dataset->GetLayerByName(options.layerName.toUtf8().constData());
    if (!ogrLayer) {
        result.error = {options.layerName.isEmpty()
                            ? QObject::tr("“%1” contains no vector layer.").arg(shown)
                            : QObject::tr("“%1” has no layer named “%2”.").arg(shown, options.layerName),
                        capture.joined()};
        return result;
    }

    // A table without coordinates: ask which columns hold them rather than make a layer that draws nothing.
    if (csv && !options.tableOnly && ogrLayer->GetLayerDefn()->GetGeomFieldCount() == 0) {
        const OGRFeatureDefn *definition = ogrLayer->GetLayerDefn();
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            result.csvColumns.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));
        result.error = {QObject::tr("Nearshore Atlas did not recognise the coordinate columns of “%1”. Choose the "
                                    "columns that hold longitude and latitude, or a WKT geometry.").arg(shown),
                        result.csvColumns.join(QStringLiteral(", "))};
        return result;
    }

    const OGRFeatureDefn *definition = ogrLayer->GetLayerDefn();
    std::vector<std::pair<QString, Column::Type>> fields;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn &field = *definition->GetFieldDefn(i);
        fields.emplace_back(QString::fromUtf8(field.GetNameRef()), columnType(field));
    }
    VectorLayerBuilder builder(fields);

    // A table of attributes only (a GeoPackage's attribute table, a lone .dbf): no CRS to ask for, nothing to
    // draw; it is read for the attribute table and for joins.
    if (definition->GetGeomFieldCount() == 0) {
        for (const auto &ogrFeature : *ogrLayer) {
            builder.beginFeature(ogrFeature->GetFID());
            for (int i = 0; i < int(fields.size()); ++i)
                setField(builder, *ogrFeature, i, fields[size_t(i)].second);
            builder.endFeature();
        }
        std::shared_ptr<VectorLayer> layer = builder.finish();
        layer->name = QString::fromUtf8(ogrLayer->GetName());
        layer->source = withoutPgPassword(source);
        result.attributeOnly = true;
        result.notices.append(QObject::tr("“%1” is an attribute-only table (rows: %2; no geometry): it is listed "
                                          "for the attribute table and can be joined to the states by state code or "
                                          "name.")
                                  .arg(shown)
                                  .arg(layer->features.size()));
        result.warnings += capture.messages();
        result.layer = std::move(layer);
        return result;
    }

    // The data's extent in its own coordinates: whether a CRS-less table holds degrees, and the area-of-use check.
    OGREnvelope native;
    const bool hasExtent = ogrLayer->GetExtent(&native, TRUE) == OGRERR_NONE;

    std::unique_ptr<OGRSpatialReference> assumed;
    const OGRSpatialReference *sourceSrs = ogrLayer->GetSpatialRef();
    QString assumedCrs = options.assumedCrs;
    if (!sourceSrs && assumedCrs.isEmpty() && csv && hasExtent && looksLikeDegrees(native)) {
        // Longitude/latitude columns (or WKT) in range and no CRS: what every GIS assumes, said out loud.
        assumedCrs = QStringLiteral("EPSG:4326");
        result.notices.append(
            QObject::tr("“%1” does not say which coordinate reference system it uses. Its coordinates are "
                        "longitude/latitude in range, so they are read as WGS 84 (EPSG:4326). If that is wrong, open "
                        "it again with its CRS (the window asks when you choose another; on the command line: "
                        "--layer-crs CODE or FILE?crs=CODE).")
                .arg(shown));
    }
    if (!sourceSrs && !assumedCrs.isEmpty()) {
        QString why;
        assumed = spatialReferenceFrom(assumedCrs, &why);
        if (!assumed) {
            result.error = {QObject::tr("“%1” is not a coordinate reference system this program knows.")
                                .arg(assumedCrs),
                            why};
            return result;
        }
        sourceSrs = assumed.get();
        result.assumedCrs = assumedCrs;
    }
    // A table the database will not let this user read opens in GDAL without its CRS (the catalogue query was
    // refused): that is the planner's message, not a CRS to choose.
    if (!sourceSrs && isPgSource(source) && capture.joined().contains(QLatin1String("permission denied"), Qt::CaseInsensitive)) {
        result.error = {pgFailureMessage(PgConnection::fromGdalSource(source).value_or(PgConnection{}), capture.joined()),
                        capture.joined()};
        return result;
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
    const std::unique_ptr<OGRGeometry> domain = sourceSrs->IsGeographic() ? mercatorDomain() : nullptr;
    std::vector<QPointF> scratch;

    // The view's box, in the data's own CRS: a database runs it as `geom && envelope` on its spatial index, so only
    // what the planner looks at crosses the network. GDAL's rectangle filter is on bounding boxes, as is ours.
    if (options.spatialFilter && options.spatialFilter->isValid()) {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        const Reprojector fromLonLat(wgs84, *sourceSrs);
        const LonLatBox &box = *options.spatialFilter;
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        if (!fromLonLat.isValid()
            || !fromLonLat.handle()->TransformBounds(box.west, box.south, box.east, box.north, &minX, &minY, &maxX,
                                                     &maxY, 21)) {
            result.error = {QObject::tr("The map's view cannot be expressed in the coordinates of “%1”.").arg(shown),
                            capture.joined()};
            return result;
        }
        ogrLayer->SetSpatialFilterRect(minX, minY, maxX, maxY);
    }
    // With a limit, the planner is told how many there are in all ("showing N of M"): counted by the source itself
    // (the database runs count(*) with the same filter).
    if (options.featureLimit > 0)
        result.matchingFeatures = ogrLayer->GetFeatureCount(TRUE);
    const bool fromDatabase = isPgSource(source);
    const qsizetype messagesBeforeRead = capture.messages().size();

    // Millions of points: the columnar Arrow stream with batch reprojection. Geographic points beyond Web Mercator's
    // latitude limit come back from PROJ as infinity and are reported, so the clipping below is not needed there.
    // GDAL 3.10's FlatGeobuf stream gives rows without geometry a point of another row, not a null (seen with the
    // default data's unlocated factory sites), and nothing in the stream tells. A FlatGeobuf file with a spatial
    // index holds no such rows (GDAL refuses to write them there): only those are read as a stream.
    const bool untrustedStream = dataset->GetDriver()
                                 && QByteArrayView(dataset->GetDriver()->GetDescription()) == "FlatGeobuf"
                                 && !ogrLayer->TestCapability(OLCFastSpatialFilter);
    const bool viaArrow = options.featureLimit <= 0 && !untrustedStream
                          && readPointsViaArrow(*ogrLayer, toMercator, builder, &result.warnings, options);
    result.columnar = viaArrow;
    if (!viaArrow) {
        GIntBig total = options.progress ? (options.featureLimit > 0 ? result.matchingFeatures
                                                                      : ogrLayer->GetFeatureCount(FALSE))
                                         : -1; // -1: not known cheaply
        if (options.featureLimit > 0 && total > options.featureLimit)
            total = options.featureLimit;
        GIntBig read = 0;
        qint64 kept = 0;
        // A malformed feature is skipped and counted, never fatal: the planner hears how many and why (a few).
        int skipped = 0;
        QStringList reasons;
        auto skip = [&](qint64 fid, const QString &why) {
            if (++skipped <= 3)
                reasons.append(QObject::tr("feature %1: %2").arg(fid).arg(why));
        };
        qsizetype gdalSaidBefore = capture.messages().size();
        for (const auto &ogrFeature : *ogrLayer) {
            if (options.featureLimit > 0 && kept >= options.featureLimit) {
                result.limited = true;
                break;
            }
            if ((++read & 0xfff) == 0) { // every 4096 features: a cheap check, a smooth bar
                if (options.cancel && options.cancel->load())
                    break;
                if (total > 0)
                    options.progress(std::min(1.0, double(read) / double(total)));
            }
            const QStringList gdalSaid = capture.messages().mid(gdalSaidBefore); // while reading this feature
            gdalSaidBefore = capture.messages().size();
            if (const QString why = malformation(*ogrFeature, *definition, gdalSaid); !why.isEmpty()) {
                skip(ogrFeature->GetFID(), why);
                continue;
            }

            OGRGeometry *geometry = ogrFeature->GetGeometryRef();
            std::unique_ptr<OGRGeometry> clipped;
            if (geometry && !geometry->IsEmpty()) {
                if (domain) {
                    OGREnvelope envelope;
                    geometry->getEnvelope(&envelope);
                    if (envelope.MinY < -webmercator::maxLatitude || envelope.MaxY > webmercator::maxLatitude) {
                        clipped.reset(geometry->Intersection(domain.get()));
                        geometry = clipped.get();
                    }
                }
                // The feature owns its geometry and is not reused: transform it in place, no copy.
                if (!geometry || geometry->transform(toMercator.handle()) != OGRERR_NONE || !finiteGeometry(*geometry)) {
                    skip(ogrFeature->GetFID(), QObject::tr("its geometry could not be reprojected"));
                    continue;
                }
            }
            builder.beginFeature(ogrFeature->GetFID());
            for (int i = 0; i < int(fields.size()); ++i)
                setField(builder, *ogrFeature, i, fields[size_t(i)].second);
            if (geometry && !geometry->IsEmpty()) {
                addGeometry(builder, *geometry, scratch);
                if (QPointF label; labelPointFor(*geometry, &label))
                    builder.setLabelPoint(label);
            }
            builder.endFeature();
            ++kept;
        }
        if (skipped > 0)
            result.notices.append(skippedSummary(skipped, reasons));
    }

    if (options.cancel && options.cancel->load()) {
        result.cancelled = true;
        result.error = {QObject::tr("Opening “%1” was cancelled.").arg(shown), {}};
        return result;
    }
    // A database that went away mid-read ends GDAL's feature loop as if the table had ended: what was read is only
    // part of the table, and a partial layer would pass for the whole. Nothing is kept.
    if (fromDatabase) {
        const QStringList said = capture.messages().mid(messagesBeforeRead);
        const bool failed = std::any_of(said.begin(), said.end(),
                                        [](const QString &m) { return m.startsWith(QLatin1String("Error")); });
        if (failed) {
            const PgConnection connection = PgConnection::fromGdalSource(source).value_or(PgConnection{});
            const QString detail = said.join(QLatin1Char('\n'));
            // A refusal to read the table is not a broken connection: say which it was.
            const bool refused = detail.contains(QLatin1String("permission denied"), Qt::CaseInsensitive);
            result.error = {refused ? pgFailureMessage(connection, detail)
                                    : QObject::tr("The connection to the database at %1:%2 broke off while %3 was "
                                                  "being read. Nothing was added; the map is as it was. Try again "
                                                  "when the server is back.")
                                          .arg(connection.host)
                                          .arg(connection.port)
                                          .arg(shown),
                            detail};
            return result;
        }
    }
    std::shared_ptr<VectorLayer> layer = builder.finish();
    layer->name = QString::fromUtf8(ogrLayer->GetName());
    layer->source = withoutPgPassword(source);
    const char *authority = sourceSrs->GetAuthorityName(nullptr);
    const char *code = sourceSrs->GetAuthorityCode(nullptr);
    layer->sourceCrs = authority && code ? QStringLiteral("%1:%2").arg(QLatin1String(authority), QLatin1String(code))
                                         : QString::fromUtf8(sourceSrs->GetName());
    if (hasExtent) {
        if (const QString warning = areaOfUseWarning(shown, *sourceSrs, native, layer->extentLonLat); !warning.isEmpty())
            result.notices.append(warning);
    }
    result.warnings += capture.messages();
    result.layer = std::move(layer);
    return result;
}

} // namespace atlas
