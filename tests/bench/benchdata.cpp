// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"

#include "gdalsetup.h"

#include <QDir>
#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>
#include <random>

namespace atlas::bench {

namespace {

constexpr double west = -118, east = -86, south = 14, north = 33;

// Writes one layer to `path` (GPKG or FlatGeobuf by extension) through a temporary name; false on failure.
bool writeLayer(const QString &path, OGRwkbGeometryType type,
                const std::function<bool(OGRLayer &)> &fill, QString *error)
{
    ensureGdalReady();
    const QString temporary = path + QStringLiteral(".partial");
    QFile::remove(temporary);
    const char *driverName = path.endsWith(QLatin1String(".fgb")) ? "FlatGeobuf" : "GPKG";
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) {
        *error = QStringLiteral("GDAL has no %1 driver").arg(QLatin1String(driverName));
        return false;
    }
    // GPKG takes its format from the file name, so the temporary name keeps the extension at the end.
    const QString target = temporary + (path.endsWith(QLatin1String(".fgb")) ? QStringLiteral(".fgb") : QStringLiteral(".gpkg"));
    GDALDatasetUniquePtr dataset(driver->Create(target.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        *error = QStringLiteral("cannot create %1: %2").arg(target, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    OGRLayer *layer = dataset->CreateLayer("data", &wgs84, type, nullptr);
    if (!layer) {
        *error = QStringLiteral("cannot create a layer in %1").arg(target);
        return false;
    }
    dataset->StartTransaction();
    if (!fill(*layer)) {
        *error = QStringLiteral("writing %1 failed: %2").arg(target, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    dataset->CommitTransaction();
    dataset.reset();
    QFile::remove(path);
    if (!QFile::rename(target, path)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(target, path);
        return false;
    }
    return true;
}

bool writePoints(OGRLayer &layer, int count)
{
    OGRFieldDefn category("category", OFTString);
    OGRFieldDefn value("value", OFTReal);
    if (layer.CreateField(&category) != OGRERR_NONE || layer.CreateField(&value) != OGRERR_NONE)
        return false;
    static const char *categories[] = {"Foxconn", "Pegatron", "Wistron", "Quanta", "Inventec", "Compal"};
    std::mt19937_64 random(20261128);
    std::uniform_real_distribution<double> lon(west, east), lat(south, north), v(0, 1000);
    std::uniform_int_distribution<int> c(0, 5);
    for (int i = 0; i < count; ++i) {
        OGRFeature feature(layer.GetLayerDefn());
        feature.SetField(0, categories[c(random)]);
        feature.SetField(1, v(random));
        OGRPoint point(lon(random), lat(random));
        feature.SetGeometry(&point);
        if (layer.CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return true;
}

// A cell of an nx x ny grid over the box, each side split into `perSide` segments whose inner vertices wave by a
// function of their own position only, so that neighbouring cells share exactly the same edge.
bool writeGrid(OGRLayer &layer, int nx, int ny, int perSide)
{
    OGRFieldDefn value("value", OFTReal);
    if (layer.CreateField(&value) != OGRERR_NONE)
        return false;
    const double dx = (east - west) / nx, dy = (north - south) / ny;
    auto wave = [&](double x, double y, bool vertical) {
        const double a = 0.12 * (vertical ? dx : dy);
        return a * std::sin(x * 7.3 + y * 5.1) * std::cos(x * 2.9 - y * 3.7);
    };
    auto edge = [&](OGRLinearRing &ring, double x0, double y0, double x1, double y1, bool vertical) {
        for (int k = 0; k < perSide; ++k) {
            const double t = double(k) / perSide;
            double x = x0 + (x1 - x0) * t, y = y0 + (y1 - y0) * t;
            if (k > 0) { // corners stay put so that four cells meet exactly
                if (vertical)
                    x += wave(x0, y, true);
                else
                    y += wave(x, y0, false);
            }
            ring.addPoint(x, y);
        }
    };
    for (int j = 0; j < ny; ++j) {
        for (int i = 0; i < nx; ++i) {
            const double x0 = west + i * dx, y0 = south + j * dy, x1 = x0 + dx, y1 = y0 + dy;
            OGRLinearRing ring;
            edge(ring, x0, y0, x1, y0, false); // south, eastwards
            edge(ring, x1, y0, x1, y1, true);  // east, northwards
            // north and west are walked backwards; the wave depends on position only, so the shared edges match.
            for (int k = 0; k < perSide; ++k) {
                const double t = double(k) / perSide;
                double x = x1 - dx * t;
                double y = y1 + (k > 0 ? wave(x, y1, false) : 0);
                ring.addPoint(x, y);
            }
            for (int k = 0; k < perSide; ++k) {
                const double t = double(k) / perSide;
                double y = y1 - dy * t;
                double x = x0 + (k > 0 ? wave(x0, y, true) : 0);
                ring.addPoint(x, y);
            }
            ring.closeRings();
            OGRPolygon polygon;
            polygon.addRing(&ring);
            OGRFeature feature(layer.GetLayerDefn());
            feature.SetField(0, std::fmod(i * 37.0 + j * 101.0, 1000.0));
            feature.SetGeometry(&polygon);
            if (layer.CreateFeature(&feature) != OGRERR_NONE)
                return false;
        }
    }
    return true;
}

} // namespace

QString ensureDatasets(const QString &directory)
{
    QDir().mkpath(directory);
    QString error;
    const QDir dir(directory);
    struct Job {
        QString file;
        OGRwkbGeometryType type;
        std::function<bool(OGRLayer &)> fill;
    };
    const Job jobs[] = {
        {QStringLiteral("points.gpkg"), wkbPoint, [](OGRLayer &l) { return writePoints(l, 1'000'000); }},
        {QStringLiteral("points.fgb"), wkbPoint, [](OGRLayer &l) { return writePoints(l, 1'000'000); }},
        {QStringLiteral("grid.gpkg"), wkbPolygon, [](OGRLayer &l) { return writeGrid(l, 50, 50, 50); }},
        {QStringLiteral("large.gpkg"), wkbPolygon, [](OGRLayer &l) { return writeGrid(l, 8, 4, 500); }},
    };
    for (const Job &job : jobs) {
        const QString path = dir.filePath(job.file);
        if (QFile::exists(path))
            continue;
        if (!writeLayer(path, job.type, job.fill, &error))
            return error;
    }
    return {};
}

QString ensureTenMillionPoints(const QString &directory)
{
    const QString path = QDir(directory).filePath(QStringLiteral("points10m.fgb"));
    QString error;
    if (!QFile::exists(path) && !writeLayer(path, wkbPoint, [](OGRLayer &l) { return writePoints(l, 10'000'000); }, &error))
        return error;
    return {};
}

} // namespace atlas::bench
