// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * The on-screen legend, from the same legend model as exports. It must not hide the map it explains: the keys of
 * thematic layers come first, the one-symbol layers (cities, ports, railways, …) share two columns under them, a
 * long subtitle shows two lines (all of it on hover), the whole legend scrolls within `maximumHeight`, and its
 * heading folds it away.
 */
Pane {
    id: root

    /** The tallest the legend may be; taller content scrolls (Main.qml leaves most of the map uncovered). */
    property real maximumHeight: 400
    property bool expanded: true

    readonly property var keyed: AtlasSession.legend.filter(entry => !entry.row)
    readonly property var rows: AtlasSession.legend.filter(entry => entry.row)

    visible: AtlasSession.legend.length > 0
    padding: 10
    background: Rectangle { color: "#ffffff"; opacity: 0.92; radius: 6; border.color: "#d0d0d0" }

    component Swatch: Item {
        id: swatch
        required property legendSwatch swatchData
        implicitWidth: Math.max(16, swatchData.size)
        implicitHeight: Math.max(12, swatchData.marker ? swatchData.size : 12)
        Rectangle {
            readonly property real ring: Math.min(4, Math.max(1.8, swatch.swatchData.size * 0.16))
            anchors.centerIn: parent
            width: swatch.swatchData.marker ? swatch.swatchData.size : 16
            height: swatch.swatchData.marker ? swatch.swatchData.size : (swatch.swatchData.line ? 2.5 : 12)
            radius: swatch.swatchData.marker ? width / 2 : 1
            // Hollow: a thick ring in the colour around a white centre, as on the map.
            color: swatch.swatchData.hollow ? "#ffffff" : swatch.swatchData.colour
            border.color: swatch.swatchData.hollow ? swatch.swatchData.colour : swatch.swatchData.stroke
            border.width: swatch.swatchData.hollow ? ring : (swatch.swatchData.line ? 0 : 0.8)
        }
    }

    component SwatchRow: RowLayout {
        id: swatchRow
        required property legendSwatch modelData
        property real labelWidth: 250
        spacing: 6
        Swatch { swatchData: swatchRow.modelData }
        Label {
            text: swatchRow.modelData.label
            font.pixelSize: 11
            wrapMode: Text.Wrap
            Layout.maximumWidth: swatchRow.labelWidth
        }
    }

    ColumnLayout {
        spacing: 6

        // The heading folds the legend: on a small screen the planner may want the whole map.
        ItemDelegate {
            objectName: "legendToggle"
            Layout.fillWidth: true
            padding: 0
            topPadding: 0
            bottomPadding: 0
            text: (root.expanded ? "▾ " : "▸ ") + qsTr("Legend")
            font.bold: true
            font.pixelSize: 12
            onClicked: root.expanded = !root.expanded
            Accessible.name: root.expanded ? qsTr("Hide the legend") : qsTr("Show the legend")
        }

        ScrollView {
            id: scroller
            objectName: "legendScroller"
            visible: root.expanded
            clip: true
            contentWidth: content.implicitWidth
            contentHeight: content.implicitHeight
            Layout.preferredWidth: content.implicitWidth + (contentHeight > height ? 12 : 0)
            Layout.preferredHeight: Math.min(content.implicitHeight,
                                             Math.max(80, root.maximumHeight - root.topPadding - root.bottomPadding - 30))

            ColumnLayout {
                id: content
                spacing: 8

                Repeater {
                    model: root.keyed // one entry per key of a thematic layer, topmost first
                    delegate: ColumnLayout {
                        id: legend
                        required property legendEntry modelData
                        spacing: 3
                        Label {
                            text: legend.modelData.title
                            font.bold: true
                            font.pixelSize: 12
                            Layout.maximumWidth: 270
                            wrapMode: Text.Wrap
                        }
                        Label {
                            id: subtitle
                            text: legend.modelData.subtitle
                            color: "#666666"
                            font.pixelSize: 10
                            visible: text !== ""
                            Layout.maximumWidth: 270
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            HoverHandler { id: subtitleHover }
                            ToolTip.visible: subtitleHover.hovered && subtitle.truncated
                            ToolTip.text: legend.modelData.subtitle
                            ToolTip.delay: 300
                        }
                        Repeater {
                            model: legend.modelData.items
                            delegate: SwatchRow {}
                        }
                    }
                }

                // One-symbol layers are named by their symbol; two columns keep them from doubling the height.
                GridLayout {
                    visible: root.rows.length > 0
                    columns: 2
                    columnSpacing: 14
                    rowSpacing: 3
                    Repeater {
                        model: root.rows
                        delegate: ColumnLayout {
                            id: row
                            required property legendEntry modelData
                            spacing: 3
                            Repeater {
                                model: row.modelData.items // one swatch, labelled with the layer's title
                                delegate: SwatchRow { labelWidth: 120 }
                            }
                        }
                    }
                }
            }
        }
    }
}
