// SPDX-License-Identifier: GPL-3.0-or-later
#include "layersource.h"

#include "rasterlayer.h"
#include "vectorlayer.h"

#include <QFileInfo>
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

OpenedLayer openLayerSource(const QString &source, const QString &assumedCrs, const std::atomic_bool *cancel,
                            const std::function<void(double)> &progress, const QStringList &csvColumns)
{
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
