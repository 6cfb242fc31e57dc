// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace atlas {

namespace {
const auto recentKey = QStringLiteral("project/recent");
}

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentProjects::paths() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(recentKey).toStringList()) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    return existing;
}

void RecentProjects::add(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(recentKey, recent.mid(0, maxCount));
    Q_EMIT changed();
}

} // namespace atlas
