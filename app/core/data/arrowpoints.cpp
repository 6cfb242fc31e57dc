// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrowpoints.h"

#include "reprojector.h"

#include <QHash>

#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstring>

namespace atlas {

namespace {

// RAII for the Arrow C data interface structs GDAL hands out.
struct Stream {
    ArrowArrayStream stream{};
    ~Stream()
    {
        if (stream.release)
            stream.release(&stream);
    }
};
struct Schema {
    ArrowSchema schema{};
    ~Schema()
    {
        if (schema.release)
            schema.release(&schema);
    }
};
struct Batch {
    ArrowArray array{};
    ~Batch()
    {
        if (array.release)
            array.release(&array);
    }
};

bool isValid(const ArrowArray &a, int64_t row)
{
    const auto *validity = static_cast<const uint8_t *>(a.buffers[0]);
    const int64_t i = row + a.offset;
    return !validity || (validity[i / 8] >> (i % 8)) & 1;
}

// The column readers this path supports, by Arrow format string; anything else falls back to the OGR loop.
enum class Kind { Int32, Int64, Double, Float, Utf8, LargeUtf8, Bool, Skip };

Kind kindOf(const char *format)
{
    if (!std::strcmp(format, "i"))
        return Kind::Int32;
    if (!std::strcmp(format, "l"))
        return Kind::Int64;
    if (!std::strcmp(format, "g"))
        return Kind::Double;
    if (!std::strcmp(format, "f"))
        return Kind::Float;
    if (!std::strcmp(format, "u"))
        return Kind::Utf8;
    if (!std::strcmp(format, "U"))
        return Kind::LargeUtf8;
    if (!std::strcmp(format, "b"))
        return Kind::Bool;
    return Kind::Skip;
}

// Reads one WKB point (2D, Z, M or ZM; either byte order). False for anything else or an empty point.
bool readWkbPoint(const uint8_t *wkb, size_t size, double *x, double *y)
{
    if (size < 21)
        return false;
    const bool little = wkb[0] == 1;
    uint32_t type = 0;
    std::memcpy(&type, wkb + 1, 4);
    if (!little)
        type = __builtin_bswap32(type);
    const uint32_t flat = type & 0x0fffffff;
    if (flat % 1000 != 1) // Point, Point Z (1001), M (2001), ZM (3001), or EWKB flags
        return false;
    uint64_t bx = 0, by = 0;
    std::memcpy(&bx, wkb + 5, 8);
    std::memcpy(&by, wkb + 13, 8);
    if (!little) {
        bx = __builtin_bswap64(bx);
        by = __builtin_bswap64(by);
    }
    std::memcpy(x, &bx, 8);
    std::memcpy(y, &by, 8);
    return !std::isnan(*x) && !std::isnan(*y);
}

} // namespace

bool readPointsViaArrow(OGRLayer &layer, const Reprojector &toMercator, VectorLayerBuilder &builder,
                        QStringList *warnings)
{
    if (wkbFlatten(layer.GetGeomType()) != wkbPoint || !layer.TestCapability(OLCFastGetArrowStream))
        return false;
    const OGRFeatureDefn *definition = layer.GetLayerDefn();
    if (definition->GetGeomFieldCount() != 1)
        return false;

    Stream stream;
    char *options[] = {const_cast<char *>("INCLUDE_FID=YES"), const_cast<char *>("GEOMETRY_ENCODING=WKB"), nullptr};
    layer.ResetReading();
    if (!layer.GetArrowStream(&stream.stream, options))
        return false;
    Schema schema;
    if (stream.stream.get_schema(&stream.stream, &schema.schema) != 0)
        return false;

    // Map the schema's children to our fields, the FID and the geometry.
    int fidChild = -1, geometryChild = -1;
    std::vector<int> fieldOf(size_t(schema.schema.n_children), -1);
    std::vector<Kind> kinds(size_t(schema.schema.n_children), Kind::Skip);
    const QString fidName = QString::fromUtf8(layer.GetFIDColumn()[0] ? layer.GetFIDColumn() : "OGC_FID");
    const QByteArray geometryName = definition->GetGeomFieldDefn(0)->GetNameRef();
    for (int64_t c = 0; c < schema.schema.n_children; ++c) {
        const ArrowSchema &child = *schema.schema.children[c];
        const QString name = QString::fromUtf8(child.name);
        kinds[size_t(c)] = kindOf(child.format);
        if (!std::strcmp(child.format, "z") &&
            (geometryName.isEmpty() || name == QString::fromUtf8(geometryName) || name == QLatin1String("wkb_geometry"))) {
            geometryChild = int(c);
        } else if (name == fidName && (kinds[size_t(c)] == Kind::Int64 || kinds[size_t(c)] == Kind::Int32)) {
            fidChild = int(c);
        } else {
            const int field = definition->GetFieldIndex(child.name);
            if (field < 0 || kinds[size_t(c)] == Kind::Skip)
                return false; // a type this reader does not know: let the feature loop handle the layer
            fieldOf[size_t(c)] = field;
        }
    }
    if (geometryChild < 0)
        return false;

    std::vector<qint64> fids;
    std::vector<double> x, y;
    std::vector<uint8_t> hasPoint;
    QHash<QByteArray, QString> interned; // repeated texts (categories) share one QString
    int failedPoints = 0;

    while (true) {
        Batch batch;
        if (stream.stream.get_next(&stream.stream, &batch.array) != 0) {
            if (warnings) {
                const char *why = stream.stream.get_last_error(&stream.stream);
                warnings->append(QStringLiteral("GDAL Arrow stream: %1").arg(QString::fromUtf8(why ? why : "error")));
            }
            break;
        }
        if (!batch.array.release)
            break; // end of stream
        const ArrowArray &a = batch.array;
        const int64_t n = a.length;

        // Geometry: WKB points, reprojected in one call for the whole batch.
        const ArrowArray &g = *a.children[geometryChild];
        const auto *offsets = static_cast<const int32_t *>(g.buffers[1]);
        const auto *bytes = static_cast<const uint8_t *>(g.buffers[2]);
        x.assign(size_t(n), 0);
        y.assign(size_t(n), 0);
        hasPoint.assign(size_t(n), 0);
        for (int64_t r = 0; r < n; ++r) {
            if (!isValid(g, r))
                continue;
            const int64_t i = r + g.offset;
            hasPoint[size_t(r)] = readWkbPoint(bytes + offsets[i], size_t(offsets[i + 1] - offsets[i]), &x[size_t(r)],
                                               &y[size_t(r)]);
        }
        if (!toMercator.transform(x, y)) {
            for (int64_t r = 0; r < n; ++r) { // points PROJ could not convert come back as infinity
                if (hasPoint[size_t(r)] && !(std::isfinite(x[size_t(r)]) && std::isfinite(y[size_t(r)]))) {
                    hasPoint[size_t(r)] = 0;
                    ++failedPoints;
                }
            }
        }
        fids.assign(size_t(n), -1);
        if (fidChild >= 0) {
            const ArrowArray &f = *a.children[fidChild];
            for (int64_t r = 0; r < n; ++r)
                fids[size_t(r)] = kinds[size_t(fidChild)] == Kind::Int64
                                      ? static_cast<const int64_t *>(f.buffers[1])[r + f.offset]
                                      : static_cast<const int32_t *>(f.buffers[1])[r + f.offset];
        }
        const size_t firstRow = builder.appendPoints(fids, x, y, hasPoint);

        // Attributes, column by column.
        for (int64_t c = 0; c < schema.schema.n_children; ++c) {
            const int field = fieldOf[size_t(c)];
            if (field < 0)
                continue;
            const ArrowArray &col = *a.children[c];
            Column &column = builder.column(field);
            for (int64_t r = 0; r < n; ++r) {
                const size_t row = firstRow + size_t(r);
                if (!isValid(col, r))
                    continue;
                const int64_t i = r + col.offset;
                switch (kinds[size_t(c)]) {
                case Kind::Int32:
                    column.numbers[row] = static_cast<const int32_t *>(col.buffers[1])[i];
                    break;
                case Kind::Int64:
                    column.numbers[row] = double(static_cast<const int64_t *>(col.buffers[1])[i]);
                    break;
                case Kind::Double:
                    column.numbers[row] = static_cast<const double *>(col.buffers[1])[i];
                    break;
                case Kind::Float:
                    column.numbers[row] = static_cast<const float *>(col.buffers[1])[i];
                    break;
                case Kind::Bool:
                    column.numbers[row] = (static_cast<const uint8_t *>(col.buffers[1])[i / 8] >> (i % 8)) & 1;
                    break;
                case Kind::Utf8:
                case Kind::LargeUtf8: {
                    const auto *chars = static_cast<const char *>(col.buffers[2]);
                    int64_t begin, end;
                    if (kinds[size_t(c)] == Kind::Utf8) {
                        begin = static_cast<const int32_t *>(col.buffers[1])[i];
                        end = static_cast<const int32_t *>(col.buffers[1])[i + 1];
                    } else {
                        begin = static_cast<const int64_t *>(col.buffers[1])[i];
                        end = static_cast<const int64_t *>(col.buffers[1])[i + 1];
                    }
                    const QByteArray key = QByteArray::fromRawData(chars + begin, qsizetype(end - begin));
                    auto it = interned.constFind(key);
                    if (it == interned.constEnd()) {
                        if (interned.size() > 4096) // not a category-like column: stop interning
                            interned.clear();
                        // A deep copy: `key` points into the batch's buffer, which is released after this batch.
                        it = interned.insert(QByteArray(key.constData(), key.size()), QString::fromUtf8(key));
                    }
                    if (column.type == Column::Type::Text) {
                        column.texts[row] = *it;
                        column.null[row] = 0;
                    }
                    break;
                }
                case Kind::Skip:
                    break;
                }
            }
        }
    }

    if (failedPoints > 0 && warnings)
        warnings->append(QObject::tr("%n point(s) could not be converted to the map's projection and are not drawn.",
                                     nullptr, failedPoints));
    return true;
}

} // namespace atlas
