// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** The window's footer: what went wrong (details on hover) or how to use the map, the pointer's place, the scale. */
ToolBar {
    id: root

    /** Readable problems of layers that could not be read or drawn. */
    property list<string> problems
    /** Their technical detail, one line each, for the tooltip. */
    property list<string> problemDetails
    property var pointerCoordinate
    property real groundMetersPerPixel

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        Label {
            objectName: "statusText"
            text: StatusTexts.status(root.problems)
            color: root.problems.length > 0 ? "#a50f15" : palette.windowText
            elide: Text.ElideRight
            Layout.fillWidth: true
            ToolTip.visible: root.problems.length > 0 && errorArea.containsMouse
            ToolTip.text: root.problemDetails.join("\n")
            MouseArea {
                id: errorArea
                anchors.fill: parent
                hoverEnabled: true
                acceptedButtons: Qt.NoButton
            }
        }
        Label {
            text: StatusTexts.coordinate(root.pointerCoordinate)
            visible: text !== ""
            color: "#444444"
        }
        Label {
            text: StatusTexts.scale(root.groundMetersPerPixel)
            color: "#666666"
        }
    }
}
