// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalerrorcapture.h"

#include <cpl_error.h>

namespace atlas {

namespace {
void CPL_STDCALL collect(CPLErr level, CPLErrorNum code, const char *text)
{
    auto *messages = static_cast<QStringList *>(CPLGetErrorHandlerUserData());
    if (!messages || level < CE_Warning)
        return;
    const char *name = level == CE_Warning ? "Warning" : level == CE_Failure ? "Error" : "Fatal";
    messages->append(QStringLiteral("%1 %2: %3").arg(QLatin1String(name)).arg(code).arg(QString::fromUtf8(text)));
}
} // namespace

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(collect, &m_messages);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

} // namespace atlas
