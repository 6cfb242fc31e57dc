// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Nearshore Atlas")

    /** The state under the last click: {name, shortName, code}, or empty. */
    property var selectedState: ({})

    AtlasMap {
        id: atlasMap
        objectName: "atlasMap"
        anchors.fill: parent
        focus: true
        Component.onCompleted: goHome()
        onClicked: coordinate => window.selectedState = AtlasSession.identify(coordinate)
    }

    Pane {
        id: selectionCard
        visible: window.selectedState.name !== undefined
        anchors { left: parent.left; top: parent.top; margins: 16 }
        padding: 12
        background: Rectangle { color: "#ffffff"; opacity: 0.94; radius: 6; border.color: "#d0d0d0" }
        ColumnLayout {
            spacing: 2
            Label {
                text: window.selectedState.name ?? ""
                font.pixelSize: 18
                font.bold: true
            }
            Label {
                text: qsTr("State code %1").arg(window.selectedState.code ?? "")
                color: "#555555"
            }
        }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: AtlasSession.errors.length > 0
                      ? qsTr("Some layers could not be read: %1").arg(AtlasSession.errors.join("; "))
                      : qsTr("Click a state to see its name. Drag to pan, scroll to zoom, Home to see all of Mexico.")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Zoom %1").arg(atlasMap.map.zoomLevel.toFixed(2))
                color: "#666666"
            }
        }
    }
}
