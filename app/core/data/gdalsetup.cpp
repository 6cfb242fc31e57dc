// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <QStringList>

#include <atomic>
#include <mutex>

namespace atlas {

namespace {

std::atomic_bool networkAllowed = false;
std::atomic_int refusedRequests = 0;

// /vsicurl/ and the cloud file systems built on it open only the one file this option names; no real path looks
// like this, so with it set they open nothing and never connect.
constexpr const char *noNetworkFile = "/vsicurl/nearshore-atlas-network-access-is-off";

// Every CPLHTTPFetch (schemas, xlinks, WFS, OAPIF, …) comes here first while the network is off: refused at once.
CPLHTTPResult *refuseFetch(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc, void *, void *)
{
    ++refusedRequests;
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(CPLSPrintf("network access is off: %s was not fetched", url));
    CPLError(CE_Failure, CPLE_AppDefined, "Nearshore Atlas: network access is off; %s was not fetched", url);
    return result;
}

void applyNetworkPolicy(bool allowed)
{
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", allowed ? nullptr : noNetworkFile);
    CPLHTTPSetFetchCallback(allowed ? nullptr : refuseFetch, nullptr);
    OSRSetPROJEnableNetwork(allowed ? TRUE : FALSE);
}

void configure()
{
    // XML: GML through Expat, which resolves no external entities (GDAL installs no handler for them); xlinks
    // and remote application schemas are not followed. GMLAS (Xerces, schema-driven, downloads schemas) is not
    // needed for a planner's files and goes.
    CPLSetConfigOption("GML_PARSER", "EXPAT");
    CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
    CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
    CPLSetConfigOption("GML_USE_SCHEMA_IMPORT", "NO");
    CPLSetConfigOption("GDAL_XML_VALIDATION", "NO");
    if (GDALDriverH gmlas = GDALGetDriverByName("GMLAS"))
        GDALDeregisterDriver(gmlas);
    // Opening a file must not list its whole directory (a folder of 100,000 files, or a network share).
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    // Bounded resources: VRT sources and vector VRT layers share one pool of open datasets; the raster block cache
    // stays at a fixed size instead of GDAL's 5 % of RAM per process.
    const QByteArray pool = QByteArray::number(gdalMaxOpenDatasets);
    CPLSetConfigOption("GDAL_MAX_DATASET_POOL_SIZE", pool.constData());
    CPLSetConfigOption("OGR_VRT_MAX_OPENED", pool.constData());
    GDALSetCacheMax64(gdalCacheBytes);
    applyNetworkPolicy(networkAllowed);
}

} // namespace

void ensureGdalReady()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        configure();
    });
}

void setGdalNetworkAllowed(bool allowed)
{
    ensureGdalReady();
    networkAllowed = allowed;
    applyNetworkPolicy(allowed);
}

bool gdalNetworkAllowed()
{
    return networkAllowed;
}

int gdalRefusedRequests()
{
    return refusedRequests;
}

bool isNetworkSource(const QString &source)
{
    static const QStringList urls{QStringLiteral("http://"), QStringLiteral("https://"), QStringLiteral("ftp://"),
                                  QStringLiteral("WFS:"), QStringLiteral("OAPIF:")};
    static const QStringList fileSystems{QStringLiteral("/vsicurl"), QStringLiteral("/vsis3"), QStringLiteral("/vsigs"),
                                         QStringLiteral("/vsiaz"), QStringLiteral("/vsiadls"), QStringLiteral("/vsioss"),
                                         QStringLiteral("/vsiswift"), QStringLiteral("/vsiwebhdfs"), QStringLiteral("/vsihdfs")};
    for (const QString &url : urls) {
        if (source.startsWith(url, Qt::CaseInsensitive))
            return true;
    }
    for (const QString &fileSystem : fileSystems) { // anywhere: /vsizip//vsicurl/… reads over the network too
        if (source.contains(fileSystem, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace atlas
