// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace atlas {

/**
 * What a layer source written in a project file points at, decided from the text alone (and the file system's
 * answer to "does this file exist"), before anything is opened. A project can come from anyone: a source that would
 * make GDAL fetch from the network, log into a database or read files outside the project's folder is opened only
 * after the planner confirms it.
 */
struct SourceCheck {
    enum class Kind {
        Inside,   ///< a local file or folder inside the project's folder: opened without asking
        Outside,  ///< a local file elsewhere on this computer (or a symbolic link leading there): ask first
        Missing,  ///< a local path that does not exist (moved, or on another computer): offer "Locate…"
        Network,  ///< a URL or GDAL network file system (/vsicurl/, /vsis3/ …): ask first, never automatic
        Database, ///< a GDAL connection string ("PG:…", "GPKG:file:layer" …): ask first
        Invalid,  ///< not a usable source (empty, control characters, /vsimem/ …): refused
    };
    Kind kind = Kind::Invalid;
    QString resolved; ///< what GDAL would be given: the absolute path for local files, else the source itself
    QString reason;   ///< for the planner, when the source is not simply Inside

    [[nodiscard]] bool needsConfirmation() const
    {
        return kind == Kind::Outside || kind == Kind::Network || kind == Kind::Database;
    }
};

/** Classifies a source as stored in a project whose file lives in `projectDir`. */
[[nodiscard]] SourceCheck checkProjectSource(const QString &stored, const QDir &projectDir);

/**
 * The form a source is stored in: local paths relative to `projectDir` (so a project folder can be moved or sent),
 * everything else as given, but always without passwords.
 */
[[nodiscard]] QString storedProjectSource(const QString &source, const QDir &projectDir);

/** `source` with any password removed ("password=…", "pwd=…", and the password of "scheme://user:password@host"). */
[[nodiscard]] QString withoutCredentials(const QString &source);

} // namespace atlas
