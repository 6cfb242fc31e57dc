// SPDX-License-Identifier: GPL-3.0-or-later
#include "layersource.h"

#include "pgconnection.h"
#include "rasterlayer.h"
#include "vectorlayer.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace atlas {

LayerArgument parseLayerArgument(const QString &argument)
{
    // The last "?crs=" only: a URL's own query string stays part of the source.
    static const QRegularExpression withCrs(QStringLiteral("^(.+)\\?crs=([^?&=]+)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = withCrs.match(argument);
    if (!match.hasMatch())
        return {argument, {}};
    return {match.captured(1), match.captured(2)};
}

OpenedLayer openDatabaseLayer(const DatabaseLayerRequest &request)
{
    OpenedLayer opened;
    VectorLoadOptions options;
    options.layerName = request.layerName;
    options.cancel = request.cancel;
    options.progress = request.progress;
    options.spatialFilter = request.box;
    options.featureLimit = request.limit;
    // The password given, else one written into the source (the command line), else libpq's own (~/.pgpass).
    const QString source = withoutPgPassword(request.source);
    const QString connect = request.password.isEmpty() ? request.source : withPassword(source, request.password);
    const VectorLoadResult vector = loadVectorLayer(connect, options);
    opened.cancelled = vector.cancelled;
    if (!vector.layer) {
        opened.error = vector.error;
        return opened;
    }
    LayerStyle style;
    style.fill = QColor(0x1f, 0x78, 0xb4, 170);
    style.stroke = QColor(0x08, 0x30, 0x6b);
    style.pointSizePx = 7;
    const QString table = pgSourceTable(source).isEmpty() ? vector.layer->name : pgSourceTable(source);
    opened.layer = {QStringLiteral("db:%1").arg(source), table.section(QLatin1Char('.'), -1), vector.layer, style, true};
    opened.layer.source = source;
    opened.layer.attribution = QObject::tr("PostGIS: %1").arg(pgDisplayName(source));
    opened.layer.identifiable = !vector.attributeOnly;
    opened.layer.databaseFetch = DatabaseFetch{request.box.value_or(LonLatBox{}), request.limit, vector.matchingFeatures,
                                               vector.limited};
    opened.notices = vector.notices;
    opened.attributeOnly = vector.attributeOnly;
    return opened;
}

QString databaseFetchSummary(const MapLayer &layer)
{
    if (!layer.databaseFetch || !layer.data)
        return {};
    const DatabaseFetch &fetch = *layer.databaseFetch;
    const QLocale locale;
    const QString shown = locale.toString(qlonglong(layer.data->features.size()));
    if (fetch.limited && fetch.matching >= 0)
        return fetch.box.isValid()
                   ? QObject::tr("showing %1 of %2 features in this area").arg(shown, locale.toString(qlonglong(fetch.matching)))
                   : QObject::tr("showing %1 of %2 features").arg(shown, locale.toString(qlonglong(fetch.matching)));
    return fetch.box.isValid() ? QObject::tr("%1 features in this area").arg(shown)
                               : QObject::tr("%1 features").arg(shown);
}

OpenedLayer openLayerSource(const QString &source, const QString &assumedCrs, const std::atomic_bool *cancel,
                            const std::function<void(double)> &progress, const QStringList &csvColumns)
{
    // A database table: fetched with the limit that keeps the map fluid, its password from libpq's own sources
    // (PGPASSWORD, ~/.pgpass); the window fetches again by the view's box as the planner moves.
    if (isPgSource(source)) {
        DatabaseLayerRequest request;
        request.source = source;
        request.password = {};
        request.layerName = pgSourceTable(source);
        if (request.layerName.startsWith(QLatin1String("public.")))
            request.layerName = request.layerName.mid(7);
        request.cancel = cancel;
        request.progress = progress;
        OpenedLayer opened = openDatabaseLayer(request);
        if (!opened.error && !opened.cancelled && opened.layer.databaseFetch && opened.layer.databaseFetch->limited)
            opened.notices.append(QObject::tr("%1 holds more features than one fetch brings: %2. Zoom in to see "
                                              "all of those in view.")
                                      .arg(opened.layer.title, databaseFetchSummary(opened.layer)));
        return opened;
    }
    OpenedLayer opened;
    const QFileInfo info(source);
    const QString name = info.completeBaseName().isEmpty() ? source : info.completeBaseName();
    const QString attribution = info.fileName().isEmpty() ? source : info.fileName();

    VectorLoadOptions options{{}, assumedCrs, cancel, progress};
    if (csvColumns.size() == 2) {
        options.xField = csvColumns[0];
        options.yField = csvColumns[1];
    } else if (csvColumns.size() == 1) {
        options.wktField = csvColumns[0];
    }
    const VectorLoadResult vector = loadVectorLayer(source, options);
    if (vector.cancelled) {
        opened.cancelled = true;
        opened.error = vector.error;
        return opened;
    }
    if (vector.layer) {
        LayerStyle style;
        style.fill = QColor(0x1f, 0x78, 0xb4, 170);
        style.stroke = QColor(0x08, 0x30, 0x6b);
        style.pointSizePx = 7;
        // A hundred thousand points and more: hexagons at small scales, the planner's own symbols closer in.
        const auto &features = vector.layer->features;
        if (features.size() >= 100'000 && !features.empty() && features.front().kind == GeometryKind::Point)
            style.aggregation.enabled = true;
        opened.layer = {QStringLiteral("user:%1").arg(source), name, vector.layer, style, true};
        opened.layer.attribution = attribution;
        opened.layer.source = source;
        opened.layer.assumedCrs = vector.assumedCrs; // the planner's, or EPSG:4326 assumed for lon/lat columns
        opened.layer.identifiable = !vector.attributeOnly;
        opened.notices = vector.notices;
        opened.attributeOnly = vector.attributeOnly;
        return opened;
    }
    const RasterLoadResult raster = loadRasterLayer(source);
    if (raster.layer) {
        opened.layer = {QStringLiteral("user:%1").arg(source), name, nullptr, {}, true};
        opened.layer.raster = raster.layer;
        opened.layer.style.opacity = 0.8;
        opened.layer.identifiable = false;
        opened.layer.attribution = attribution;
        opened.layer.source = source;
        return opened;
    }
    if (!vector.csvColumns.isEmpty()) { // a table: the raster drivers have nothing to add
        opened.error = vector.error;
        opened.csvColumns = vector.csvColumns;
        return opened;
    }
    // The vector error is the one worth showing when both fail; the raster driver's complaint goes to the detail.
    opened.error = vector.error;
    if (!raster.error.detail.isEmpty())
        opened.error.detail += QLatin1Char('\n') + raster.error.detail;
    opened.needsCrs = vector.error.message.contains(QLatin1String("coordinate reference system")) && assumedCrs.isEmpty();
    return opened;
}

} // namespace atlas
