// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "projectjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace atlas {

namespace {
// lupdate files these texts under "ProjectFile" only when the calls name the class: ProjectFile::tr(…).
struct ProjectFile {
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

// Copies the current file next to itself through a temporary name, so the backup is never half a file either.
QString backUp(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    const QString backup = path + QStringLiteral(".bak");
    QSaveFile out(backup);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return in.errorString() + QLatin1Char(' ') + out.errorString();
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            return in.errorString();
        out.write(chunk);
    }
    return out.commit() ? QString() : out.errorString();
}
} // namespace

ProjectReadResult readProjectFile(const QString &path)
{
    ProjectReadResult result;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        result.error = {ProjectFile::tr("The project “%1” does not exist.").arg(name), path};
        return result;
    }
    if (!info.isFile()) {
        result.error = {ProjectFile::tr("“%1” is not a project file.").arg(name), ProjectFile::tr("%1 is not a regular file").arg(path)};
        return result;
    }
    if (info.size() > maxProjectFileBytes) {
        result.error = {ProjectFile::tr("“%1” is too large to be a Nearshore Atlas project.").arg(name),
                        ProjectFile::tr("%1 bytes; projects are limited to %2 bytes").arg(info.size()).arg(maxProjectFileBytes)};
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = {ProjectFile::tr("The project “%1” cannot be read.").arg(name), file.errorString()};
        return result;
    }
    const QByteArray bytes = file.read(maxProjectFileBytes + 1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = {ProjectFile::tr("“%1” is not a Nearshore Atlas project, or it is damaged.").arg(name),
                        parseError.error != QJsonParseError::NoError
                            ? ProjectFile::tr("JSON error at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())
                            : ProjectFile::tr("the file holds JSON, but not an object")};
        return result;
    }
    QString problem;
    if (!projectFromJson(document.object(), &result.project, &problem))
        result.error = {ProjectFile::tr("The project “%1” cannot be opened.").arg(name), problem};
    return result;
}

UserError writeProjectFile(const Project &project, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (const QString problem = backUp(path); !problem.isEmpty())
        return {ProjectFile::tr("The project “%1” was not saved: its previous version could not be backed up.").arg(name), problem};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {ProjectFile::tr("The project “%1” cannot be saved there.").arg(name), file.errorString()};
    file.write(QJsonDocument(projectToJson(project)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return {ProjectFile::tr("The project “%1” was not saved; the previous version is unchanged.").arg(name), file.errorString()};
    return {};
}

} // namespace atlas
