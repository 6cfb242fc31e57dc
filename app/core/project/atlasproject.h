// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slideoptions.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace atlas {

/** Where the map looks: Qt Location's camera (centre, fractional zoom, bearing). */
struct ProjectView {
    double centerLon = -102.0;
    double centerLat = 23.5;
    double zoom = 4.5;
    double bearing = 0.0;
    bool operator==(const ProjectView &) const = default;
};

/** One layer of a project, bottom first in Project::layers. */
struct ProjectLayer {
    QString id;          ///< a built-in layer's id ("mx_states"), or the generated id of a planner's dataset
    bool builtin = false;
    QString source;      ///< as stored: relative to the project file where possible; empty for built-in layers
    QString assumedCrs;  ///< the CRS the planner chose for data without one
    QString title;
    bool visible = true;
    double opacity = 1.0;
    QJsonObject style;   ///< styleToJson(); empty = the layer's default style
    QJsonObject filter;  ///< featureFilterToJson(); empty = every feature shown
    /**
     * Set on a join of a table onto the states, which has no source of its own: `joinTable` is the stored id of the
     * table's layer in this project, `joinField` its key column, `joinByName` whether it holds names (else codes).
     */
    QString joinTable, joinField;
    bool joinByName = false;
    [[nodiscard]] bool isJoin() const { return !joinTable.isEmpty(); }
    bool operator==(const ProjectLayer &) const = default;
};

struct Bookmark {
    QString name;
    ProjectView view;
    bool operator==(const Bookmark &) const = default;
};

/** Slide options the planner exports often, under a name (worldFile is not stored). */
struct ExportPreset : SlideOptions {
    QString name;
    bool operator==(const ExportPreset &) const = default;
};

/**
 * A saved working session: what a planner needs to reopen next month and regenerate the same slides. The file
 * format (JSON, `.atlas`) is documented in docs/project-format.md; this struct is its in-memory form.
 */
struct Project {
    static constexpr int formatVersion = 1; ///< the newest version this build reads and the one it writes

    QString title;
    std::optional<ProjectView> view; ///< absent: open on the home view
    std::vector<ProjectLayer> layers;
    std::vector<Bookmark> bookmarks;
    QStringList hubTour;             ///< hub names, in tour order
    std::vector<ExportPreset> exportPresets;
    QString outputLanguage = QStringLiteral("en"); ///< "en" or "es": slide texts, independent of the UI language
    QJsonObject riskOverlay;         ///< riskSettingsToJson() of the risk overlay; empty = no overlay
    /** Set in the `.atlas` sidecar of an export: exactly what was exported, so the slide can be made again. */
    std::optional<std::array<double, 4>> exportExtent; ///< west, south, east, north in degrees
    std::optional<ExportPreset> lastExport;            ///< size, dpi, format, texts and elements of that export

    bool operator==(const Project &) const = default;
};

} // namespace atlas
