// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsidecar.h"

#include "projectfile.h"
#include "projectmap.h"
#include "slidecomposer.h"

#include <QFileInfo>

namespace atlas {

QString exportSidecarPath(const QString &exportPath)
{
    return exportPath + QStringLiteral(".atlas");
}

LonLatBox exportedExtent(const ExportRequest &request)
{
    if (request.format == ExportRequest::Format::GeoTiff) // the map alone fills the image
        return request.extent;
    // What the frame shows. In another CRS than Web Mercator that is a curved outline: a framed extent (the window's
    // slide frame) is kept as it is, so the same slide comes back; otherwise the box around the outline.
    const SlideComposer composer(request);
    if (request.exactExtent && !composer.mapSettings().crs.isEmpty())
        return request.extent;
    return composer.mapLonLatBox();
}

UserError writeExportSidecar(const ExportRequest &request, const Project &base)
{
    static const char *formats[] = {"png", "jpg", "pdf", "svg", "tif"};
    const QString path = exportSidecarPath(request.path);
    Project project = captureProject(request.map.layers, {}, base, QFileInfo(path).absoluteDir());
    project.title = request.title.isEmpty() ? QFileInfo(request.path).completeBaseName() : request.title;
    const LonLatBox e = exportedExtent(request);
    project.exportExtent = std::array<double, 4>{e.west, e.south, e.east, e.north};
    ExportPreset last;
    last.name = QFileInfo(request.path).fileName();
    last.width = request.pixels.width();
    last.height = request.pixels.height();
    last.dpi = request.dpi;
    last.format = QLatin1String(formats[int(request.format)]);
    last.title = request.title;
    last.subtitle = request.subtitle;
    last.legend = request.legend;
    last.scaleBar = request.scaleBar;
    last.northArrow = request.northArrow;
    last.sourceLine = request.sourceLine;
    last.locator = request.locator;
    last.crs = request.crs;
    project.lastExport = last;
    project.outputLanguage = request.locale.language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    return writeProjectFile(project, path);
}

} // namespace atlas
