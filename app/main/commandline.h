// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

namespace atlas {

/** What the command line asks for. Parsed before the QGuiApplication exists, because it decides the platform. */
struct CommandLine {
    enum class Mode { Gui, Snapshot, Screenshot, SelfTest, Help, Version, Error };

    Mode mode = Mode::Gui;
    QString outputPath; ///< --snapshot or --screenshot file
    QSize size = {1920, 1080};
    QString message; ///< help text, or what was wrong

    [[nodiscard]] static CommandLine parse(const QStringList &arguments);
};

} // namespace atlas
