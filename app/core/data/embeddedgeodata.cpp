// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedgeodata.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QResource>

#include <cpl_vsi.h>

#include <list>
#include <mutex>

namespace atlas::embedded {

namespace {
constexpr auto resourceRoot = ":/nearshore-atlas/geodata";
constexpr auto vsiRoot = "/vsimem/nearshore-atlas/geodata";

// The buffers GDAL reads from must outlive every dataset opened on them: keep them for the process lifetime.
std::list<QByteArray> &buffers()
{
    static std::list<QByteArray> storage;
    return storage;
}
} // namespace

void mount()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QDirIterator it(QString::fromLatin1(resourceRoot), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QResource resource(file);
            QByteArray &bytes = buffers().emplace_back(resource.uncompressedData());
            const QString relative = file.mid(int(qstrlen(resourceRoot)));
            const QByteArray target = QByteArray(vsiRoot) + relative.toUtf8();
            VSILFILE *handle = VSIFileFromMemBuffer(target.constData(), reinterpret_cast<GByte *>(bytes.data()),
                                                    vsi_l_offset(bytes.size()), FALSE);
            if (handle)
                VSIFCloseL(handle);
        }
    });
}

// The name a geodata/ file is embedded under: GeoJSON as its FlatGeobuf copy.
QString shippedName(const QString &relativePath)
{
    if (relativePath.endsWith(QLatin1String(".geojson")))
        return relativePath.chopped(int(qstrlen(".geojson"))) + QStringLiteral(".fgb");
    return relativePath;
}

QString path(const QString &relativePath)
{
    mount();
    return QString::fromLatin1(vsiRoot) + QLatin1Char('/') + shippedName(relativePath);
}

bool exists(const QString &relativePath)
{
    return QFile::exists(QString::fromLatin1(resourceRoot) + QLatin1Char('/') + shippedName(relativePath));
}

} // namespace atlas::embedded
