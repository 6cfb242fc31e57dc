// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include "slideoptions.h"

namespace atlas {

/** What the command line asks for. Parsed before the QGuiApplication exists, because it decides the platform. */
struct CommandLine {
    enum class Mode { Gui, Snapshot, Screenshot, Export, SelfTest, Help, Version, Error };

    Mode mode = Mode::Gui;
    QString outputPath; ///< --snapshot or --screenshot file
    QString screen;     ///< --screen: which screen a --screenshot shows (hubs, layers, risks, table, export, style)
    /** --snapshot / --screenshot draw one image, so their sides stop at Qt's comfortable single-image size. */
    static constexpr int maxWindowSide = 16384;
    QSize size = SlideOptions{}.pixels;
    QString message; ///< help text, or what was wrong

    // `export` subcommand
    QString format;        ///< png, jpg, pdf, svg, tif
    int dpi = SlideOptions{}.dpi;
    QString title, subtitle, language = QStringLiteral("en");
    QString hub;           ///< a hub's name: the view centres on it
    QString bbox;          ///< "W,S,E,N" in degrees
    QStringList layers;    ///< extra GDAL sources drawn on top of the default data (PATH or PATH?crs=CODE)
    QString layerCrs;      ///< --layer-crs: the CRS of --layer data that declares none and names no ?crs=
    QString allHubsDir;    ///< write a deck: one slide per hub into this directory
    bool languageGiven = false; ///< --lang was given (else a project's output language applies)
    bool sizeGiven = false, dpiGiven = false, formatGiven = false; ///< else a project's last export decides
    QString crs;               ///< export: the GeoTIFF's CRS (EPSG:3857 when empty)
    bool worldFile = false;    ///< export: also write a world file (.pgw/.jgw) for PNG and JPEG
    bool sidecar = false;      ///< export: also write FILE.atlas, the project that makes the same export again

    QString project;       ///< --project FILE: open (GUI) or export (CLI) this saved session
    bool allowNetwork = false;        ///< --allow-network: GDAL may read over the network (off by default)
    bool trustProjectSources = false; ///< export: read a project's sources outside its folder, URLs and databases

    [[nodiscard]] static CommandLine parse(const QStringList &arguments);
};

} // namespace atlas
