// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporterrors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace atlas {

UserError exportWriteFailed(const QString &path, const QString &detail)
{
    return {QCoreApplication::translate("Export", "Could not write “%1”.").arg(QFileInfo(path).fileName()), detail};
}

UserError exportCancelled()
{
    return {QCoreApplication::translate("Export", "The export was cancelled; no file was written."), {}};
}

} // namespace atlas
