// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"

#include <gdal.h>

#include <mutex>

namespace atlas {

void ensureGdalReady()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace atlas
