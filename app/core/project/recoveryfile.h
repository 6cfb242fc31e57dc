// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectfile.h"

#include <QLockFile>
#include <QObject>
#include <QString>

namespace atlas {

/**
 * The autosave of unsaved work and its recovery after a crash: one project file, the project it came from beside
 * it, and a lock. Only the instance that holds the lock writes or offers the file, so a second running copy of the
 * program works without autosave instead of overwriting the first one's. A lock left by a crashed program is
 * recognised by its dead process, so that program's work is offered on the next start.
 *
 * Built once by main() (tests build their own on a folder of their own) and given to each window's project.
 */
class RecoveryFile : public QObject
{
    Q_OBJECT
    /** Work from an earlier session that did not end normally can be recovered. */
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged FINAL)

public:
    /** Takes the lock on `path` if no running program holds it. */
    explicit RecoveryFile(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~RecoveryFile() override;

    /** recovery.atlas in the application's local data folder. */
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }
    /** This instance holds the lock: it may write, offer and discard the file. */
    [[nodiscard]] bool isOwned() const { return m_owned; }
    /** Owned, and a recovery file exists (from an earlier session, or this one's autosave). */
    [[nodiscard]] bool isAvailable() const;
    /** The project file the recovered work belongs to; empty for a project never saved. */
    [[nodiscard]] QString origin() const;

    /** Writes `project` (temp + rename) and remembers `origin`; an error if not owned or the file cannot be written. */
    [[nodiscard]] UserError write(const Project &project, const QString &origin);
    [[nodiscard]] ProjectReadResult read() const;
    /** Removes the file (the work was recovered, discarded, or the program ends normally). */
    void discard();

Q_SIGNALS:
    void availableChanged();

private:
    [[nodiscard]] QString originPath() const;

    QString m_path;
    QLockFile m_lock;
    bool m_owned = false;
};

} // namespace atlas
