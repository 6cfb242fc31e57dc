// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzinputs.h"

#include "gdalsetup.h"
#include "layersource.h"
#include "layerstyle.h"
#include "projectjson.h"
#include "rasterlayer.h"
#include "stylejson.h"
#include "vectorlayer.h"

#include <QJsonDocument>

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <cmath>

namespace atlas::fuzz {

namespace {

/** The bytes as a GDAL in-memory file for the object's lifetime: no disk, and nothing left behind. */
class MemoryFile
{
public:
    MemoryFile(const char *path, QByteArrayView bytes)
        : m_path(path)
    {
        // GDAL reads the buffer in place; it is ours and outlives the file (VSIUnlink in the destructor).
        static GByte empty = 0; // an empty input may come without a buffer
        GByte *data = bytes.isEmpty() ? &empty : reinterpret_cast<GByte *>(const_cast<char *>(bytes.data()));
        if (VSILFILE *file = VSIFileFromMemBuffer(m_path, data, vsi_l_offset(bytes.size()), FALSE))
            VSIFCloseL(file);
    }
    ~MemoryFile() { VSIUnlink(m_path); }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;
    [[nodiscard]] QString path() const { return QString::fromLatin1(m_path); }

private:
    const char *m_path;
};

// Every query a renderer or the identify tool makes of a layer, so that a malformed geometry shows up here.
Problem walkLayer(const VectorLayer &layer)
{
    double checksum = 0;
    for (const Feature &f : layer.features) {
        const QRectF b = layer.bounds(f);
        checksum += b.width() + layer.labelPoint(f).x() + double(layer.vertexCount(f));
        for (uint32_t p = 0; p < f.partCount; ++p)
            checksum += double(layer.part(f, p).size());
        if (f.kind == GeometryKind::Point)
            checksum += double(layer.points(f).size());
        else if (f.kind != GeometryKind::None)
            checksum += layer.path(f).elementCount();
        for (int field = 0; field < layer.fieldNames.size(); ++field)
            checksum += layer.value(f, field).isNull() ? 0 : 1;
    }
    if (!layer.features.empty()) {
        const QPointF centre = layer.extent.center();
        checksum += double(layer.featuresIn(QRectF(centre, QSizeF(1000, 1000))).size());
        checksum += double(layer.featuresAt(centre, 100).size());
    }
    if (std::isnan(checksum) && layer.extent.isValid() && std::isfinite(layer.extent.width()))
        return QStringLiteral("a feature's geometry is not a number inside a finite extent");
    return std::nullopt;
}

// Values for the style check: numbers, text with repeats, a missing value, in three points.
std::shared_ptr<VectorLayer> styleTestLayer()
{
    VectorLayerBuilder builder({{QStringLiteral("value"), Column::Type::Real}, {QStringLiteral("company"), Column::Type::Text}});
    const double values[] = {1, 40, 160};
    const char *companies[] = {"Foxconn", "Quanta", nullptr};
    for (int i = 0; i < 3; ++i) {
        builder.beginFeature(i);
        const QPointF p(i * 1000.0, i * 500.0);
        builder.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
        builder.setNumber(0, values[i]);
        if (companies[i])
            builder.setValue(1, QString::fromLatin1(companies[i]));
        builder.endFeature();
    }
    return builder.finish();
}

QJsonObject jsonObject(QByteArrayView bytes, bool *ok)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()));
    *ok = document.isObject();
    return document.object();
}

} // namespace

Problem openCsv(QByteArrayView bytes)
{
    const MemoryFile file("/vsimem/atlas-fuzz/input.csv", bytes);
    VectorLoadOptions options;
    options.assumedCrs = QStringLiteral("EPSG:4326"); // what the planner picks when asked
    VectorLoadResult result = loadVectorLayer(file.path(), options);
    if (!result.layer && result.csvColumns.size() >= 2) { // not recognised: the planner's pick of two columns
        options.xField = result.csvColumns[0];
        options.yField = result.csvColumns[1];
        result = loadVectorLayer(file.path(), options);
    }
    if (!result.layer)
        return result.error.message.isEmpty() ? Problem(QStringLiteral("refused without a reason")) : std::nullopt;
    return walkLayer(*result.layer);
}

Problem readProject(QByteArrayView bytes)
{
    bool isObject = false;
    const QJsonObject json = jsonObject(bytes, &isObject);
    if (!isObject)
        return std::nullopt; // readProjectFile refuses it before the project reader sees it
    Project project;
    QString error;
    if (!projectFromJson(json, &project, &error))
        return error.isEmpty() ? Problem(QStringLiteral("refused without a reason")) : std::nullopt;
    Project again;
    if (!projectFromJson(projectToJson(project), &again, &error))
        return QStringLiteral("a project that reads does not read back after saving: %1").arg(error);
    return std::nullopt;
}

Problem readStyle(QByteArrayView bytes)
{
    bool isObject = false;
    const QJsonObject json = jsonObject(bytes, &isObject);
    if (!isObject)
        return std::nullopt;
    LayerStyle style;
    QString error;
    if (!styleFromJson(json, &style, &error))
        return error.isEmpty() ? Problem(QStringLiteral("refused without a reason")) : std::nullopt;
    LayerStyle again;
    if (!styleFromJson(styleToJson(style), &again, &error))
        return QStringLiteral("a style that reads does not read back after saving: %1").arg(error);
    static const std::shared_ptr<VectorLayer> layer = styleTestLayer();
    const SymbolEvaluator symbols(style, *layer);
    double checksum = 0;
    for (const Feature &f : layer->features) {
        checksum += symbols.fill(f).alphaF() + symbols.diameterPx(f) + symbols.labelRank(f);
        checksum += symbols.isNoData(f) + symbols.isHollow(f) + symbols.drawnAt(f, 5) + symbols.labelledAt(f, 5);
        checksum += double(symbols.colourKey(f).size());
    }
    return std::isfinite(checksum) ? std::nullopt : Problem(QStringLiteral("a symbol size or rank is not finite"));
}

Problem openLayer(QByteArrayView bytes)
{
    const MemoryFile file("/vsimem/atlas-fuzz/input", bytes); // no extension: GDAL's drivers go by the content
    const OpenedLayer opened = openLayerSource(file.path(), QStringLiteral("EPSG:4326"));
    if (opened.layer.data)
        return walkLayer(*opened.layer.data);
    if (opened.layer.raster) {
        const RasterLayer &raster = *opened.layer.raster;
        // A small view of the middle: what the first render of an added raster asks for.
        const QRectF view(raster.extent.center() - QPointF(5000, 5000), QSizeF(10000, 10000));
        (void)raster.warp(raster.extent.isValid() ? raster.extent : view, QSize(32, 32), nullptr);
        return std::nullopt;
    }
    return opened.error.message.isEmpty() ? Problem(QStringLiteral("refused without a reason")) : std::nullopt;
}

Entry entryNamed(const QString &name)
{
    if (name == QLatin1String("csv"))
        return openCsv;
    if (name == QLatin1String("project"))
        return readProject;
    if (name == QLatin1String("style"))
        return readStyle;
    if (name == QLatin1String("layer"))
        return openLayer;
    return nullptr;
}

QStringList entryNames()
{
    return {QStringLiteral("csv"), QStringLiteral("project"), QStringLiteral("style"), QStringLiteral("layer")};
}

void prepareProcess()
{
    // Inputs can name URLs (a VRT or GML pointing at /vsicurl/…); every such request goes to a closed local port.
    CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    CPLSetConfigOption("GDAL_NUM_THREADS", "1");
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    ensureGdalReady();
}

} // namespace atlas::fuzz
