// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** A readable error, with GDAL's, PROJ's or Qt's own words one click away. */
Dialog {
    id: root

    property string message
    property string detail

    function show(message: string, detail: string, heading: string): void {
        root.title = heading !== "" ? heading : qsTr("Nearshore Atlas");
        root.message = message;
        root.detail = detail;
        showDetail.checked = false;
        open();
    }

    anchors.centerIn: parent
    modal: true
    standardButtons: Dialog.Ok
    width: Math.min(560, parent.width - 40)

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: root.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            id: showDetail
            text: qsTr("Details")
            checkable: true
            visible: root.detail !== ""
        }
        TextArea {
            visible: showDetail.checked
            readOnly: true
            text: root.detail
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
