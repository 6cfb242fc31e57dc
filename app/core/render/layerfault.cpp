// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerfault.h"

#include <QCoreApplication>

#include <algorithm>
#include <exception>

namespace atlas {

QString currentExceptionDetail()
{
    try {
        throw;
    } catch (const std::exception &e) {
        return QString::fromLocal8Bit(e.what());
    } catch (...) {
        return QStringLiteral("an exception that is not a std::exception");
    }
}

LayerError currentLayerFault(const MapLayer &layer)
{
    const QString title = layer.title.isEmpty() ? layer.id : layer.title;
    return {layer.id,
            {QCoreApplication::translate("MapRenderer", "The layer “%1” could not be drawn completely; the other "
                                                        "layers are shown. Hiding the layer or opening its data "
                                                        "again may help.")
                 .arg(title),
             currentExceptionDetail()}};
}

void addLayerError(QList<LayerError> &errors, LayerError error)
{
    const bool known = std::any_of(errors.cbegin(), errors.cend(),
                                   [&](const LayerError &e) { return e.layerId == error.layerId; });
    if (!known)
        errors.append(std::move(error));
}

} // namespace atlas
