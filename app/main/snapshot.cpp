// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "defaultmap.h"
#include "maprenderer.h"

#include <QImageWriter>
#include <QSaveFile>

#include <cstdio>

namespace atlas {

int writeSnapshot(const QString &path, QSize size)
{
    const DefaultMap map = DefaultMap::load();
    for (const UserError &error : map.errors)
        std::fprintf(stderr, "nearshore-atlas: %s\n  %s\n", qPrintable(error.message), qPrintable(error.detail));

    const QImage image = MapRenderer::renderImage(map.homeView(QSizeF(size)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "nearshore-atlas: cannot write “%s”: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        std::fprintf(stderr, "nearshore-atlas: writing “%s” failed: %s\n", qPrintable(path),
                     qPrintable(writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString()));
        return 1;
    }
    return map.errors.isEmpty() ? 0 : 2;
}

} // namespace atlas
