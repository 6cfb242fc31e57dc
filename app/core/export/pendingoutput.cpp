// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingoutput.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace atlas {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

PendingOutput::PendingOutput(QString target)
    : m_target(std::move(target))
{
#ifdef O_TMPFILE
    const QByteArray dir = QFile::encodeName(QFileInfo(m_target).absolutePath());
    m_fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
    if (m_fd >= 0) {
        m_writePath = QStringLiteral("/proc/self/fd/%1").arg(m_fd);
        return;
    }
#endif
    m_writePath = m_target + QStringLiteral(".partial");
}

PendingOutput::~PendingOutput()
{
    if (m_fd >= 0)
        ::close(m_fd); // an unnamed file that was never linked disappears here
    else if (!m_committed && !m_writePath.isEmpty())
        QFile::remove(m_writePath);
}

bool PendingOutput::commit()
{
    const QByteArray target = QFile::encodeName(m_target);
    if (m_fd < 0) {
        // rename(2) replaces the target in one step; QFile::rename refuses to overwrite.
        if (std::rename(QFile::encodeName(m_writePath).constData(), target.constData()) != 0) {
            m_error = QStringLiteral("rename %1 to %2: %3").arg(m_writePath, m_target, systemError());
            return false;
        }
        m_committed = true;
        return true;
    }
    if (::fdatasync(m_fd) != 0) {
        m_error = QStringLiteral("%1: %2").arg(m_target, systemError());
        return false;
    }
    // linkat cannot replace a file: link under a fresh name beside the target, then rename that over it.
    const QByteArray linked = target + ".partial-" + QByteArray::number(::getpid());
    ::unlink(linked.constData()); // a leftover of an earlier process with the same id
    if (::linkat(AT_FDCWD, QFile::encodeName(m_writePath).constData(), AT_FDCWD, linked.constData(),
                 AT_SYMLINK_FOLLOW) != 0) {
        m_error = QStringLiteral("%1: %2").arg(m_target, systemError());
        return false;
    }
    if (std::rename(linked.constData(), target.constData()) != 0) {
        m_error = QStringLiteral("rename to %1: %2").arg(m_target, systemError());
        ::unlink(linked.constData());
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace atlas
