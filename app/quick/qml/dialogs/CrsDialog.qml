// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** Data that does not say its CRS: ask which one, then open it again. */
Dialog {
    id: root

    property url source

    title: qsTr("Which coordinate reference system?")
    anchors.centerIn: parent
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("This file does not say which coordinate reference system its coordinates are in.\nEPSG:4326 is longitude/latitude; INEGI's Mexico LCC is EPSG:6372.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: crsField
            text: "EPSG:4326"
            Layout.fillWidth: true
        }
    }

    onAccepted: AtlasSession.openDataset(source, crsField.text)
}
