// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandline.h"
#include "defaultmap.h"
#include "mapexport.h"
#include "rasterlayer.h"

#include <QFileInfo>

#include <cstdio>

namespace atlas {

namespace {

int fail(const QString &message, const QString &detail = {})
{
    std::fprintf(stderr, "nearshore-atlas export: %s\n", qPrintable(message));
    if (!detail.isEmpty())
        std::fprintf(stderr, "  detail: %s\n", qPrintable(QString(detail).replace(QLatin1Char('\n'), QStringLiteral("\n  "))));
    return 1;
}

QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

// A vector or raster source, drawn above the default data in a plain, visible style.
bool addLayer(DefaultMap &map, const QString &source, QString *error, QString *detail)
{
    VectorLoadResult vector = loadVectorLayer(source);
    if (vector.layer) {
        LayerStyle style;
        style.fill = QColor(0x1f, 0x78, 0xb4, 170);
        style.stroke = QColor(0x08, 0x30, 0x6b);
        MapLayer layer{QFileInfo(source).completeBaseName(), QFileInfo(source).completeBaseName(), vector.layer, style, true};
        layer.attribution = QFileInfo(source).fileName();
        map.layers.push_back(layer);
        return true;
    }
    const RasterLoadResult raster = loadRasterLayer(source);
    if (raster.layer) {
        MapLayer layer{QFileInfo(source).completeBaseName(), QFileInfo(source).completeBaseName(), nullptr, {}, true};
        layer.raster = raster.layer;
        layer.style.opacity = 0.8;
        layer.attribution = QFileInfo(source).fileName();
        map.layers.insert(map.layers.begin() + 1, layer); // over the land, under the boundaries and points
        return true;
    }
    *error = vector.error.message;
    *detail = vector.error.detail + QLatin1Char('\n') + raster.error.detail;
    return false;
}

} // namespace

int runExport(const CommandLine &command)
{
    ExportRequest request;
    if (!exportFormatFromName(command.format, &request.format))
        return fail(QStringLiteral("unknown format “%1”: use png, jpg, pdf, svg or tif.").arg(command.format));

    std::fprintf(stderr, "export: reading the data\n");
    DefaultMap map = DefaultMap::load();
    for (const UserError &e : map.errors)
        std::fprintf(stderr, "export: warning: %s\n", qPrintable(e.message));
    for (const QString &source : command.layers) {
        QString error, detail;
        if (!addLayer(map, source, &error, &detail))
            return fail(error, detail);
    }

    request.extent = map.homeExtent;
    if (!command.bbox.isEmpty()) {
        const QStringList parts = command.bbox.split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts[i].trimmed().toDouble(&ok);
        const LonLatBox box{v[0], v[1], v[2], v[3]};
        if (!ok || !box.isValid() || box.west < -180 || box.east > 180 || box.south < -85 || box.north > 85)
            return fail(QStringLiteral("--bbox takes WEST,SOUTH,EAST,NORTH in degrees, west < east and south < north."));
        request.extent = box;
    } else if (!command.hub.isEmpty()) {
        const MapLayer *hubs = map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
        if (!hubs)
            return fail(QStringLiteral("the hubs layer could not be read, so --hub cannot be used."));
        bool found = false;
        for (const Feature &f : hubs->data->features) {
            const QString name = hubs->data->attribute(f, QStringLiteral("name")).toString();
            if (f.kind != GeometryKind::Point || !folded(name).contains(folded(command.hub)))
                continue;
            const QPointF p = webmercator::toLonLat(hubs->data->points(f).front());
            request.extent = {p.x() - 1.2, p.y() - 0.8, p.x() + 1.2, p.y() + 0.8}; // the metro and its surroundings
            found = true;
            break;
        }
        if (!found)
            return fail(QStringLiteral("no hub is called “%1”.").arg(command.hub));
    }

    request.map.layers = map.layers;
    request.pixels = command.size;
    request.dpi = command.dpi;
    request.path = command.outputPath;
    request.title = command.title;
    request.subtitle = command.subtitle;
    request.locale = command.language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::Mexico)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates);
    std::fprintf(stderr, "export: rendering %dx%d %s\n", request.pixels.width(), request.pixels.height(),
                 qPrintable(command.format));
    if (const UserError error = exportMap(request))
        return fail(error.message, error.detail);
    std::fprintf(stderr, "export: wrote %s\n", qPrintable(request.path));
    return 0;
}

} // namespace atlas
