// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/**
 * Data opened with something to say: a CRS assumed, features skipped, an extent outside its CRS's area, a table
 * without geometry. The actions that fit come with it (the window carries them out).
 */
Dialog {
    id: root

    property string layerId
    property url source
    property string message
    property bool attributeOnly
    property bool crsAssumed

    signal tableRequested(string layerId)
    signal joinRequested(string layerId)
    signal otherCrsRequested(string layerId, url source)

    objectName: "dataNoticeDialog"
    title: attributeOnly ? qsTr("An attribute-only table") : qsTr("Opened, with a note")
    anchors.centerIn: parent
    modal: true
    width: Math.min(560, parent.width - 40)

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: root.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "noticeTable"
            text: qsTr("Attribute table")
            visible: root.attributeOnly
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: { root.close(); root.tableRequested(root.layerId); }
        }
        Button {
            objectName: "noticeJoin"
            text: qsTr("Join to states…")
            visible: root.attributeOnly
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: { root.close(); root.joinRequested(root.layerId); }
        }
        Button {
            objectName: "noticeOtherCrs"
            text: qsTr("Choose another CRS…")
            visible: root.crsAssumed
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: { root.close(); root.otherCrsRequested(root.layerId, root.source); }
        }
        Button {
            text: qsTr("OK")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: root.close()
        }
    }
}
