// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace atlas {

RecoveryFile::RecoveryFile(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_lock(m_path + QStringLiteral(".lock"))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_lock.setStaleLockTime(0); // a crashed owner's lock is recognised by its dead PID, not its age
    m_owned = m_lock.tryLock(0);
}

RecoveryFile::~RecoveryFile() = default; // QLockFile unlocks

QString RecoveryFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery.atlas"));
}

bool RecoveryFile::isAvailable() const
{
    return m_owned && QFileInfo(m_path).isFile();
}

QString RecoveryFile::originPath() const
{
    return m_path + QStringLiteral(".origin");
}

QString RecoveryFile::origin() const
{
    QFile file(originPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

UserError RecoveryFile::write(const Project &project, const QString &origin)
{
    if (!m_owned)
        return {QCoreApplication::translate("RecoveryFile", "Another Nearshore Atlas window keeps the recovery file."),
                m_lock.fileName()};
    const bool wasAvailable = isAvailable();
    if (UserError error = writeProjectFile(project, m_path))
        return error;
    QSaveFile file(originPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(origin.toUtf8()) < 0 || !file.commit())
        return {QCoreApplication::translate("RecoveryFile", "The recovery file could not be written."),
                file.errorString()};
    if (!wasAvailable)
        Q_EMIT availableChanged();
    return {};
}

ProjectReadResult RecoveryFile::read() const
{
    return readProjectFile(m_path);
}

void RecoveryFile::discard()
{
    if (!m_owned)
        return;
    const bool wasAvailable = isAvailable();
    QFile::remove(m_path);
    QFile::remove(m_path + QStringLiteral(".bak"));
    QFile::remove(originPath());
    if (wasAvailable)
        Q_EMIT availableChanged();
}

} // namespace atlas
