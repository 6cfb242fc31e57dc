// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** A CSV whose coordinate columns have unusual names: the planner points at them, and the table opens again. */
Dialog {
    id: root

    property url source
    property list<string> columns

    objectName: "columnsDialog"
    title: qsTr("Which columns hold the coordinates?")
    anchors.centerIn: parent
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    width: Math.min(520, parent.width - 40)

    GridLayout {
        anchors.fill: parent
        columns: 2
        Label {
            text: qsTr("This table's coordinate columns have names Nearshore Atlas does not recognise. Choose longitude and latitude, or one column of WKT geometry.")
            wrapMode: Text.Wrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
        RadioButton { id: byPair; text: qsTr("Longitude and latitude"); checked: true; Layout.columnSpan: 2 }
        Label { text: qsTr("Longitude (x)"); enabled: byPair.checked }
        ComboBox { id: xColumn; model: root.columns; enabled: byPair.checked; Layout.fillWidth: true }
        Label { text: qsTr("Latitude (y)"); enabled: byPair.checked }
        ComboBox {
            id: yColumn
            model: root.columns
            enabled: byPair.checked
            currentIndex: Math.min(1, count - 1)
            Layout.fillWidth: true
        }
        RadioButton { id: byWkt; text: qsTr("A WKT geometry column"); Layout.columnSpan: 2 }
        Label { text: qsTr("Geometry"); enabled: byWkt.checked }
        ComboBox { id: wktColumn; model: root.columns; enabled: byWkt.checked; Layout.fillWidth: true }
        Label { text: qsTr("CRS") }
        TextField { id: columnsCrs; text: "EPSG:4326"; Layout.fillWidth: true }
    }

    onAccepted: AtlasSession.openDataset(source, columnsCrs.text,
                                         byPair.checked ? [xColumn.currentText, yColumn.currentText] : [wktColumn.currentText])
}
