// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrowpoints.h"

#include "reprojector.h"

#include <QHash>
#include <QThread>
#include <QThreadPool>
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

// A batch's points and FIDs, reprojected: the part of a batch that needs a buffer of its own (PROJ transforms
// whole arrays) before it goes into the table.
struct DecodedPoints {
    std::vector<qint64> fids;
    std::vector<double> x, y;
    std::vector<uint8_t> hasPoint;
    int failedPoints = 0;
};

// Texts of a category-like column repeat a handful of values: one QString per distinct value, shared by every row
// that has it. A short list compared byte by byte finds them faster than hashing; beyond it, a hash.
class TextInterner
{
public:
    QString intern(const char *chars, qsizetype size)
    {
        const QByteArrayView key(chars, size);
        for (const auto &[bytes, text] : m_few) {
            if (bytes == key)
                return text;
        }
        // A deep copy of the key: `chars` points into the batch's buffer, which is released with the batch.
        if (m_few.size() < fewMax) {
            m_few.emplace_back(key.toByteArray(), QString::fromUtf8(key));
            return m_few.back().second;
        }
        auto it = m_many.constFind(QByteArray::fromRawData(chars, size));
        if (it == m_many.constEnd()) {
            if (m_many.size() > 4096) // not a category-like column after all: stop keeping values
                m_many.clear();
            it = m_many.insert(key.toByteArray(), QString::fromUtf8(key));
        }
        return *it;
    }

private:
    static constexpr size_t fewMax = 16;
    std::vector<std::pair<QByteArray, QString>> m_few;
    QHash<QByteArray, QString> m_many;
};

// A batch's WKB points, reprojected in one PROJ call, and its FIDs. Runs on a worker thread; `out`'s buffers are
// reused from the previous batch, so that each batch does not map fresh memory.
void decodePoints(const ArrowArray &a, const Layout &layout, const Reprojector &toMercator, DecodedPoints &out)
{
    out.failedPoints = 0;
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
}

// A batch's attribute values, written straight into rows [first, first + length) of the table's columns (which
// start null): typed numbers, and texts whose repeated values (categories) share one QString. Runs on a worker
// thread; other workers write other rows at the same time.
void writeColumns(const ArrowArray &a, const Layout &layout, VectorLayerBuilder &builder, size_t first)
{
    const int64_t n = a.length;
    for (size_t c = 0; c < layout.fieldOf.size(); ++c) {
        const int field = layout.fieldOf[c];
        if (field < 0)
            continue;
        Column &column = builder.column(field);
        const ArrowArray &col = *a.children[int64_t(c)];
        const Kind kind = layout.kinds[c];
        const bool text = kind == Kind::Utf8 || kind == Kind::LargeUtf8;
        if (text != (column.type == Column::Type::Text))
            continue; // the Arrow type does not fit the column's (the field definitions say otherwise): stays null
        double *numbers = text ? nullptr : column.numbers.data() + first;
        QString *texts = text ? column.texts.data() + first : nullptr;
        uint8_t *null = text ? column.null.data() + first : nullptr;
        TextInterner interned;
        for (int64_t r = 0; r < n; ++r) {
            if (!isValid(col, r))
                continue;
            const int64_t i = r + col.offset;
            switch (kind) {
            case Kind::Int32:
                numbers[r] = static_cast<const int32_t *>(col.buffers[1])[i];
                break;
            case Kind::Int64:
                numbers[r] = double(static_cast<const int64_t *>(col.buffers[1])[i]);
                break;
            case Kind::Double:
                numbers[r] = static_cast<const double *>(col.buffers[1])[i];
                break;
            case Kind::Float:
                numbers[r] = static_cast<const float *>(col.buffers[1])[i];
                break;
            case Kind::Bool:
                numbers[r] = (static_cast<const uint8_t *>(col.buffers[1])[i / 8] >> (i % 8)) & 1;
                break;
            case Kind::Utf8:
            case Kind::LargeUtf8: {
                const auto *chars = static_cast<const char *>(col.buffers[2]);
                const int64_t begin = kind == Kind::Utf8 ? static_cast<const int32_t *>(col.buffers[1])[i]
                                                         : static_cast<const int64_t *>(col.buffers[1])[i];
                const int64_t end = kind == Kind::Utf8 ? static_cast<const int32_t *>(col.buffers[1])[i + 1]
                                                       : static_cast<const int64_t *>(col.buffers[1])[i + 1];
                texts[r] = interned.intern(chars + begin, qsizetype(end - begin));
                null[r] = 0;
                break;
            }
            case Kind::Skip:
                break;
            }
        }
    }
}

// GDAL 3.10's GeoPackage Arrow reader plans its batches by the feature count stored in gpkg_ogr_contents. With a
// count left out of date by another tool it was seen to return rows that are not in the file, and to crash. Its
// rows are used only when that count equals the largest FID: ids 1..N, what the reader's fast path assumes.
bool storedCountFitsRows(OGRLayer &layer, GIntBig counted)
{
    GDALDataset *dataset = layer.GetDataset();
    if (!dataset || !dataset->GetDriver() || !EQUAL(dataset->GetDriver()->GetDescription(), "GPKG"))
        return true;
    const char *fid = layer.GetFIDColumn();
    if (counted < 0 || !fid || !*fid)
        return false;
    auto quoted = [](const char *identifier) {
        return '"' + QByteArray(identifier).replace("\"", "\"\"") + '"';
    };
    const QByteArray sql = "SELECT MAX(" + quoted(fid) + ") FROM " + quoted(layer.GetName()); // the rowid index: cheap
    OGRLayer *result = dataset->ExecuteSQL(sql.constData(), nullptr, nullptr);
    if (!result)
        return false;
    const std::unique_ptr<OGRFeature> row(result->GetNextFeature());
    const bool fits = row && (counted == 0 ? !row->IsFieldSetAndNotNull(0) : row->GetFieldAsInteger64(0) == counted);
    dataset->ReleaseResultSet(result);
    return fits;
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

    const GIntBig counted = layer.GetFeatureCount(FALSE); // -1: not known cheaply
    if (!storedCountFitsRows(layer, counted))
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

    // A pipeline: this thread pulls batches from GDAL while workers decode them (WKB, reprojection, values) and write
    // their rows straight into the layer at the batch's place, so that nothing but GDAL's read runs here. The table
    // is sized once from GDAL's count when the driver knows it cheaply (on a worker, beside the first read) and
    // grown only with no batch in flight. At most `inFlight` batches are held at once.
    constexpr size_t inFlight = 3;
    // The count is the file's word, not a promise (a damaged header may say a billion): the first sizing is capped,
    // and the table grows past it if the rows are really there.
    constexpr size_t firstSizingCap = size_t(1) << 24;
    const bool countKnown = counted >= 0 && !load.ignoreStoredCount;
    size_t rows = countKnown ? std::min(size_t(counted), firstSizingCap) : 0;
    struct Written {
        std::optional<QRectF> bounds;
        int failedPoints = 0;
    };
    std::deque<std::pair<QFuture<Written>, std::unique_ptr<Batch>>> pending;
    // One per in-flight batch, reused round robin once its batch is stored: PROJ objects are not shareable across
    // threads, and decoding buffers are better reused than mapped afresh.
    struct Slot {
        Reprojector projector;
        DecodedPoints points;
    };
    std::deque<Slot> slots;
    // A pool of its own, so that loading never queues behind (or starves) renders in the global pool. As many workers
    // as cores: measured on 2 cores, GDAL's read thread and two decoders beat one decoder that leaves a core to GDAL.
    // Declared after what its tasks use, so that leaving this function (an exception too) waits for them first.
    QThreadPool workers;
    workers.setMaxThreadCount(QThread::idealThreadCount());
    QFuture<void> sized = QtConcurrent::run(&workers, [&builder, rows] { builder.resizePointRows(rows); });
    int failedPoints = 0;
    auto collectOldest = [&] {
        const Written written = pending.front().first.takeResult();
        pending.pop_front(); // releases the batch here, on the thread that reads the stream
        failedPoints += written.failedPoints;
        if (written.bounds)
            builder.includeInExtent(*written.bounds);
    };
    size_t slot = 0;
    size_t read = 0;
    bool streamFailed = false;
    while (true) {
        if (load.cancel && load.cancel->load())
            break; // the caller sees the flag and keeps nothing
        auto batch = std::make_unique<Batch>();
        if (stream.value.get_next(&stream.value, &batch->value) != 0) {
            if (warnings) {
                const char *why = stream.value.get_last_error(&stream.value);
                warnings->append(QStringLiteral("GDAL Arrow stream: %1").arg(QString::fromUtf8(why ? why : "error")));
            }
            streamFailed = true;
            break;
        }
        if (!batch->value.release)
            break; // end of stream
        const size_t first = read;
        read += size_t(batch->value.length);
        if (countKnown && counted > 0 && load.progress)
            load.progress(std::min(1.0, double(read) / double(counted)));
        if (read > rows) { // more rows than counted (or no count): grow while nothing writes
            sized.waitForFinished();
            while (!pending.empty())
                collectOldest();
            rows = std::max(read, 2 * rows);
            builder.resizePointRows(rows);
        }
        if (slots.size() < inFlight)
            slots.push_back({toMercator.clone(), {}});
        Slot *mine = &slots[slot++ % inFlight];
        if (pending.size() == inFlight)
            collectOldest(); // frees the slot the new batch takes
        const ArrowArray *array = &batch->value;
        pending.emplace_back(QFuture<Written>(), std::move(batch)); // owned by `pending` before any task reads it
        pending.back().first = QtConcurrent::run(&workers, [array, &layout, mine, sized, &builder, first]() mutable {
            DecodedPoints &points = mine->points;
            decodePoints(*array, layout, mine->projector, points);
            sized.waitForFinished();
            writeColumns(*array, layout, builder, first);
            return Written{builder.writePointRows(first, points.fids, points.x, points.y, points.hasPoint),
                           points.failedPoints};
        });
    }
    sized.waitForFinished();
    while (!pending.empty())
        collectOldest();
    const bool cancelled = load.cancel && load.cancel->load();
    if (!cancelled && (streamFailed || (countKnown && read != size_t(counted)))) {
        // The stream broke off, or the count the file states disagrees with the rows it gave: distrust them (see
        // storedCountFitsRows) and let the feature loop read the rows themselves, with its own error reports.
        builder.reset();
        if (warnings && !streamFailed)
            warnings->append(QObject::tr("The file says it holds %1 features but %2 were read: its stored count is "
                                         "out of date. It was read feature by feature instead, which is slower.")
                                 .arg(counted)
                                 .arg(read));
        return false;
    }
    builder.resizePointRows(read); // the table may have grown past the end
    if (failedPoints > 0 && warnings)
        warnings->append(QObject::tr("%n point(s) could not be converted to the map's projection and are not drawn.",
                                     nullptr, failedPoints));
    return true;
}

} // namespace atlas
