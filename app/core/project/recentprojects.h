// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace atlas {

/**
 * The projects opened or saved last, newest first, kept in the application's settings. Files that no longer exist
 * are left out of `paths` (and come back if they reappear). Built once by main() and shared by every window.
 */
class RecentProjects : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList paths READ paths NOTIFY changed FINAL)

public:
    static constexpr qsizetype maxCount = 8;

    explicit RecentProjects(QObject *parent = nullptr);

    [[nodiscard]] QStringList paths() const;
    /** Puts `path` first (as an absolute path), keeping at most maxCount. */
    void add(const QString &path);

Q_SIGNALS:
    void changed();
};

} // namespace atlas
