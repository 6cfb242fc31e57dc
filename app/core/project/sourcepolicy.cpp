// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepolicy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace atlas {

namespace {

// lupdate files these texts under "ProjectFile" only when the calls name the class: ProjectFile::tr(…).
struct ProjectFile {
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

// GDAL's virtual file systems that reach the network (any of them anywhere in the string, as they nest).
constexpr const char *networkMarkers[] = {"://", "/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss",
                                          "/vsiswift", "/vsiwebhdfs", "/vsihdfs"};
// Archive file systems wrap a local path, which is then checked like any other.
constexpr const char *archivePrefixes[] = {"/vsizip/", "/vsitar/", "/vsigzip/", "/vsi7z/", "/vsirar/"};

bool isInside(const QString &path, const QDir &dir)
{
    const QString root = dir.canonicalPath();
    if (root.isEmpty())
        return false;
    // The canonical path follows symbolic links, so a link inside the folder that leads out counts as outside.
    const QFileInfo info(path);
    const QString target = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    return target == root || target.startsWith(root + QLatin1Char('/'));
}

bool isConnectionString(const QString &source)
{
    // "PG:dbname=…", "GPKG:/path:layer", "WFS:http…": a driver prefix of two or more letters (one letter is a
    // Windows drive).
    static const QRegularExpression prefix(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
    return prefix.match(source).hasMatch();
}

} // namespace

QString withoutCredentials(const QString &source)
{
    static const QRegularExpression keyValue(QStringLiteral(R"((?:password|pwd)\s*=\s*('[^']*'|"[^"]*"|[^\s;,]*)[;,]?\s*)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(QStringLiteral(R"(://([^/@:\s]*):[^/@\s]*@)"));
    QString result = source;
    result.replace(keyValue, QString());
    result.replace(userInfo, QStringLiteral("://\\1@"));
    return result.trimmed();
}

SourceCheck checkProjectSource(const QString &stored, const QDir &projectDir)
{
    SourceCheck check;
    check.resolved = stored;
    if (stored.trimmed().isEmpty()) {
        check.reason = ProjectFile::tr("the layer has no source");
        return check;
    }
    for (const QChar c : stored) {
        if (c.category() == QChar::Other_Control) {
            check.reason = ProjectFile::tr("the source contains control characters");
            return check;
        }
    }
    for (const char *marker : networkMarkers) {
        if (stored.contains(QLatin1String(marker), Qt::CaseInsensitive)) {
            check.kind = SourceCheck::Kind::Network;
            check.reason = ProjectFile::tr("it would be downloaded from the network");
            return check;
        }
    }
    QString local = stored;
    QString archivePrefix;
    for (const char *prefix : archivePrefixes) {
        if (stored.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
            archivePrefix = stored.left(qsizetype(qstrlen(prefix)));
            local = stored.mid(archivePrefix.size());
            break;
        }
    }
    if (archivePrefix.isEmpty() && stored.startsWith(QLatin1String("/vsi"), Qt::CaseInsensitive)) {
        check.reason = ProjectFile::tr("GDAL virtual file systems other than archives are not opened from projects");
        return check;
    }
    if (archivePrefix.isEmpty() && isConnectionString(stored)) {
        check.kind = SourceCheck::Kind::Database;
        check.reason = ProjectFile::tr("it is a connection to a database or service");
        return check;
    }

    // The archive's own path, without the member inside it ("/vsizip/data.zip/roads.shp" → data.zip).
    QString path = QDir::cleanPath(projectDir.filePath(local));
    QString onDisk = path;
    if (!archivePrefix.isEmpty()) {
        while (!onDisk.isEmpty() && !QFileInfo(onDisk).isFile() && onDisk.contains(QLatin1Char('/')))
            onDisk = onDisk.left(onDisk.lastIndexOf(QLatin1Char('/')));
    }
    check.resolved = archivePrefix + path;
    if (!QFileInfo::exists(onDisk)) {
        check.kind = SourceCheck::Kind::Missing;
        check.reason = ProjectFile::tr("the file is not there (moved, renamed or on another computer)");
        return check;
    }
    if (!isInside(onDisk, projectDir)) {
        check.kind = SourceCheck::Kind::Outside;
        check.reason = ProjectFile::tr("it is outside the project's folder");
        return check;
    }
    check.kind = SourceCheck::Kind::Inside;
    return check;
}

QString storedProjectSource(const QString &source, const QDir &projectDir)
{
    const QString clean = withoutCredentials(source);
    for (const char *marker : networkMarkers) {
        if (clean.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return clean;
    }
    for (const char *prefix : archivePrefixes) {
        if (clean.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
            const qsizetype n = qsizetype(qstrlen(prefix));
            const QString inner = clean.mid(n);
            return QDir::isAbsolutePath(inner) ? clean.left(n) + projectDir.relativeFilePath(inner) : clean;
        }
    }
    if (clean.startsWith(QLatin1String("/vsi"), Qt::CaseInsensitive) || isConnectionString(clean)
        || !QDir::isAbsolutePath(clean))
        return clean;
    return projectDir.relativeFilePath(clean);
}

} // namespace atlas
