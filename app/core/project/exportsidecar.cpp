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
    const QString path = exportSidecarPath(request.path);
    Project project = captureProject(request.map.layers, {}, base, QFileInfo(path).absoluteDir());
    project.title = request.title.isEmpty() ? QFileInfo(request.path).completeBaseName() : request.title;
    const LonLatBox e = exportedExtent(request);
    project.exportExtent = std::array<double, 4>{e.west, e.south, e.east, e.north};
    ExportPreset last;
    static_cast<SlideOptions &>(last) = request; // exactly the options of this export
    last.worldFile = false;                      // not part of a preset: regenerating writes the slide
    last.name = QFileInfo(request.path).fileName();
    project.lastExport = last;
    project.outputLanguage = request.locale.language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    return writeProjectFile(project, path);
}

} // namespace atlas
