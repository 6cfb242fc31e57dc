// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrowpoints.h"

#include "reprojector.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstring>
#include <deque>

namespace atlas {

namespace {

// RAII for the Arrow C data interface structs GDAL hands out: each carries its own release callback.
template <typename T> struct ArrowOwned {
    T value{};
    ArrowOwned() = default;
    ArrowOwned(const ArrowOwned &) = delete;
    ArrowOwned &operator=(const ArrowOwned &) = delete;
    ~ArrowOwned()
    {
        if (value.release)
            value.release(&value);
    }
};
using Stream = ArrowOwned<ArrowArrayStream>;
using Schema = ArrowOwned<ArrowSchema>;
using Batch = ArrowOwned<ArrowArray>;

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

struct Layout {
    int geometryChild;
    int fidChild;
    std::vector<int> fieldOf; ///< per Arrow child: our field index, or -1
    std::vector<Kind> kinds;
};

struct DecodedColumn {
    int field = -1;
    std::vector<double> numbers;
    std::vector<QString> texts;
    std::vector<uint8_t> null;
};

struct Decoded {
    std::vector<qint64> fids;
    std::vector<double> x, y;
    std::vector<uint8_t> hasPoint;
    std::vector<DecodedColumn> columns; ///< per Arrow child
    int failedPoints = 0;
};

// One Arrow batch to plain arrays: WKB points reprojected in one PROJ call, typed attribute values, texts with
// repeated values (categories) sharing one QString. Runs on a worker thread.
Decoded decodeBatch(const ArrowArray &a, const Layout &layout, const Reprojector &toMercator,
                    const OGRFeatureDefn *definition)
{
    Decoded out;
    const int64_t n = a.length;
    const ArrowArray &g = *a.children[layout.geometryChild];
    const auto *offsets = static_cast<const int32_t *>(g.buffers[1]);
    const auto *bytes = static_cast<const uint8_t *>(g.buffers[2]);
    out.x.assign(size_t(n), 0);
    out.y.assign(size_t(n), 0);
    out.hasPoint.assign(size_t(n), 0);
    for (int64_t r = 0; r < n; ++r) {
        if (!isValid(g, r))
            continue;
        const int64_t i = r + g.offset;
        out.hasPoint[size_t(r)] =
            readWkbPoint(bytes + offsets[i], size_t(offsets[i + 1] - offsets[i]), &out.x[size_t(r)], &out.y[size_t(r)]);
    }
    if (!toMercator.transform(out.x, out.y)) {
        for (int64_t r = 0; r < n; ++r) { // points PROJ could not convert come back as infinity
            if (out.hasPoint[size_t(r)] && !(std::isfinite(out.x[size_t(r)]) && std::isfinite(out.y[size_t(r)]))) {
                out.hasPoint[size_t(r)] = 0;
                ++out.failedPoints;
            }
        }
    }
    out.fids.assign(size_t(n), -1);
    if (layout.fidChild >= 0) {
        const ArrowArray &f = *a.children[layout.fidChild];
        const bool wide = layout.kinds[size_t(layout.fidChild)] == Kind::Int64;
        for (int64_t r = 0; r < n; ++r)
            out.fids[size_t(r)] = wide ? static_cast<const int64_t *>(f.buffers[1])[r + f.offset]
                                       : static_cast<const int32_t *>(f.buffers[1])[r + f.offset];
    }

    QHash<QByteArray, QString> interned;
    out.columns.resize(layout.fieldOf.size());
    for (size_t c = 0; c < layout.fieldOf.size(); ++c) {
        const int field = layout.fieldOf[c];
        if (field < 0)
            continue;
        DecodedColumn &column = out.columns[c];
        column.field = field;
        const bool text = definition->GetFieldDefn(field)->GetType() == OFTString;
        if (text) {
            column.texts.resize(size_t(n));
            column.null.assign(size_t(n), 1);
        } else {
            column.numbers.assign(size_t(n), std::nan(""));
        }
        const ArrowArray &col = *a.children[int64_t(c)];
        const Kind kind = layout.kinds[c];
        interned.clear();
        for (int64_t r = 0; r < n; ++r) {
            if (!isValid(col, r))
                continue;
            const int64_t i = r + col.offset;
            switch (kind) {
            case Kind::Int32:
                column.numbers[size_t(r)] = static_cast<const int32_t *>(col.buffers[1])[i];
                break;
            case Kind::Int64:
                column.numbers[size_t(r)] = double(static_cast<const int64_t *>(col.buffers[1])[i]);
                break;
            case Kind::Double:
                column.numbers[size_t(r)] = static_cast<const double *>(col.buffers[1])[i];
                break;
            case Kind::Float:
                column.numbers[size_t(r)] = static_cast<const float *>(col.buffers[1])[i];
                break;
            case Kind::Bool:
                column.numbers[size_t(r)] = (static_cast<const uint8_t *>(col.buffers[1])[i / 8] >> (i % 8)) & 1;
                break;
            case Kind::Utf8:
            case Kind::LargeUtf8: {
                if (!text)
                    break;
                const auto *chars = static_cast<const char *>(col.buffers[2]);
                const int64_t begin = kind == Kind::Utf8 ? static_cast<const int32_t *>(col.buffers[1])[i]
                                                         : static_cast<const int64_t *>(col.buffers[1])[i];
                const int64_t end = kind == Kind::Utf8 ? static_cast<const int32_t *>(col.buffers[1])[i + 1]
                                                       : static_cast<const int64_t *>(col.buffers[1])[i + 1];
                const QByteArray key = QByteArray::fromRawData(chars + begin, qsizetype(end - begin));
                auto it = interned.constFind(key);
                if (it == interned.constEnd()) {
                    if (interned.size() > 4096) // not a category-like column: stop interning
                        interned.clear();
                    // A deep copy: `key` points into the batch's buffer, which is released with the batch.
                    it = interned.insert(QByteArray(key.constData(), key.size()), QString::fromUtf8(key));
                }
                column.texts[size_t(r)] = *it;
                column.null[size_t(r)] = 0;
                break;
            }
            case Kind::Skip:
                break;
            }
        }
    }
    return out;
}

} // namespace

bool readPointsViaArrow(OGRLayer &layer, const Reprojector &toMercator, VectorLayerBuilder &builder,
                        QStringList *warnings, const VectorLoadOptions &load)
{
    if (wkbFlatten(layer.GetGeomType()) != wkbPoint || !layer.TestCapability(OLCFastGetArrowStream))
        return false;
    const OGRFeatureDefn *definition = layer.GetLayerDefn();
    if (definition->GetGeomFieldCount() != 1)
        return false;

    Stream stream;
    char *options[] = {const_cast<char *>("INCLUDE_FID=YES"), const_cast<char *>("GEOMETRY_ENCODING=WKB"), nullptr};
    layer.ResetReading();
    if (!layer.GetArrowStream(&stream.value, options))
        return false;
    Schema schema;
    if (stream.value.get_schema(&stream.value, &schema.value) != 0)
        return false;

    // Map the schema's children to our fields, the FID and the geometry.
    int fidChild = -1, geometryChild = -1;
    std::vector<int> fieldOf(size_t(schema.value.n_children), -1);
    std::vector<Kind> kinds(size_t(schema.value.n_children), Kind::Skip);
    const QString fidName = QString::fromUtf8(layer.GetFIDColumn()[0] ? layer.GetFIDColumn() : "OGC_FID");
    const QByteArray geometryName = definition->GetGeomFieldDefn(0)->GetNameRef();
    for (int64_t c = 0; c < schema.value.n_children; ++c) {
        const ArrowSchema &child = *schema.value.children[c];
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

    const Layout layout{geometryChild, fidChild, fieldOf, kinds};

    // A pipeline: this thread pulls batches from GDAL while workers decode the previous ones (WKB, reprojection,
    // texts); decoded batches are appended in order. At most `inFlight` batches are held at once.
    constexpr size_t inFlight = 3;
    std::deque<QFuture<Decoded>> pending;
    std::deque<Reprojector> reprojectors; // one per in-flight batch: PROJ objects are not shareable across threads
    int failedPoints = 0;
    auto appendOldest = [&] {
        Decoded decoded = pending.front().takeResult();
        pending.pop_front();
        failedPoints += decoded.failedPoints;
        const size_t firstRow = builder.appendPoints(decoded.fids, decoded.x, decoded.y, decoded.hasPoint);
        for (size_t f = 0; f < decoded.columns.size(); ++f) {
            DecodedColumn &from = decoded.columns[f];
            if (from.field < 0)
                continue;
            Column &to = builder.column(from.field);
            if (to.type == Column::Type::Text) {
                std::move(from.texts.begin(), from.texts.end(), to.texts.begin() + long(firstRow));
                std::copy(from.null.begin(), from.null.end(), to.null.begin() + long(firstRow));
            } else {
                std::copy(from.numbers.begin(), from.numbers.end(), to.numbers.begin() + long(firstRow));
            }
        }
    };
    size_t slot = 0;
    const GIntBig total = load.progress ? layer.GetFeatureCount(FALSE) : -1; // -1: not known cheaply
    GIntBig read = 0;
    while (true) {
        if (load.cancel && load.cancel->load())
            break; // the caller sees the flag and keeps nothing
        auto batch = std::make_shared<Batch>();
        if (stream.value.get_next(&stream.value, &batch->value) != 0) {
            if (warnings) {
                const char *why = stream.value.get_last_error(&stream.value);
                warnings->append(QStringLiteral("GDAL Arrow stream: %1").arg(QString::fromUtf8(why ? why : "error")));
            }
            break;
        }
        if (!batch->value.release)
            break; // end of stream
        read += batch->value.length;
        if (total > 0)
            load.progress(std::min(1.0, double(read) / double(total)));
        if (reprojectors.size() < inFlight)
            reprojectors.push_back(toMercator.clone());
        const Reprojector *projector = &reprojectors[slot++ % inFlight];
        if (pending.size() == inFlight)
            appendOldest(); // frees the slot whose reprojector the new batch takes
        pending.push_back(QtConcurrent::run([batch, &layout, projector, definition] {
            return decodeBatch(batch->value, layout, *projector, definition);
        }));
    }
    while (!pending.empty())
        appendOldest();
    if (failedPoints > 0 && warnings)
        warnings->append(QObject::tr("%n point(s) could not be converted to the map's projection and are not drawn.",
                                     nullptr, failedPoints));
    return true;
}

} // namespace atlas
