// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

/**
 * The file for a writer that needs a path rather than a QIODevice (GDAL), with QSaveFile's promise: `target` is
 * replaced only when commit() succeeds, in one rename, and nothing is left behind otherwise, not even when the
 * process is killed. On Linux the content goes to an unnamed file in the target's directory (O_TMPFILE), which the
 * writer reaches as /proc/self/fd/N and which the kernel removes with the process; commit() gives it a name and
 * renames it over the target. Where unnamed files are not available (another system, a filesystem without them),
 * the content goes to `target + ".partial"`: a kill can leave that one, and the next export to `target` replaces it.
 */
class PendingOutput
{
public:
    explicit PendingOutput(QString target);
    ~PendingOutput(); ///< without a commit, the content is discarded
    PendingOutput(const PendingOutput &) = delete;
    PendingOutput &operator=(const PendingOutput &) = delete;

    /** The path to write the content to; empty when no file could be made (see errorString()). */
    [[nodiscard]] const QString &writePath() const { return m_writePath; }
    /** Replaces the target with what was written to writePath() (the writer must have closed it). */
    bool commit();
    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    QString m_target;
    QString m_writePath;
    QString m_error;
    int m_fd = -1; ///< the unnamed file; -1 when writing to the named fallback
    bool m_committed = false;
};

} // namespace atlas
