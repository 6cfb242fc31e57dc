// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** The on-screen legend, from the same legend model as exports. */
Pane {
    id: root
    visible: AtlasSession.legend.length > 0
    padding: 10
    background: Rectangle { color: "#ffffff"; opacity: 0.92; radius: 6; border.color: "#d0d0d0" }

    ColumnLayout {
        spacing: 8
        Repeater {
            model: AtlasSession.legend // one entry per key of every listed layer, topmost first; NOTIFY legendChanged
            delegate: ColumnLayout {
                id: legend
                required property legendEntry modelData
                spacing: 3
                Label {
                    text: legend.modelData.title
                    font.bold: true
                    font.pixelSize: 12
                    visible: !legend.modelData.row // a one-symbol layer is named by its row
                }
                Label {
                    text: legend.modelData.subtitle
                    color: "#666666"
                    font.pixelSize: 10
                    visible: text !== ""
                    Layout.maximumWidth: 240
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: legend.modelData.items
                    delegate: RowLayout {
                        id: item
                        required property legendSwatch modelData
                        spacing: 6
                        Item {
                            implicitWidth: Math.max(16, item.modelData.size)
                            implicitHeight: Math.max(12, item.modelData.marker ? item.modelData.size : 12)
                            Rectangle {
                                readonly property real ring: Math.min(4, Math.max(1.8, item.modelData.size * 0.16))
                                anchors.centerIn: parent
                                width: item.modelData.marker ? item.modelData.size : 16
                                height: item.modelData.marker ? item.modelData.size : (item.modelData.line ? 2.5 : 12)
                                radius: item.modelData.marker ? width / 2 : 1
                                // Hollow: a thick ring in the colour around a white centre, as on the map.
                                color: item.modelData.hollow ? "#ffffff" : item.modelData.colour
                                border.color: item.modelData.hollow ? item.modelData.colour : item.modelData.stroke
                                border.width: item.modelData.hollow ? ring : (item.modelData.line ? 0 : 0.8)
                            }
                        }
                        Label {
                            text: item.modelData.label
                            font.pixelSize: 11
                        }
                    }
                }
            }
        }
    }
}
