// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** An attribute table joined onto the states: which of its columns holds the state, as a code or a name. */
Dialog {
    id: root

    property string layerId
    property list<string> columns
    property string problem

    signal joined(string layerId, string message)

    function start(layerId: string): void {
        root.layerId = layerId;
        root.columns = AtlasSession.layerFieldNames(layerId);
        root.problem = "";
        open();
    }

    objectName: "joinDialog"
    title: qsTr("Join to states")
    anchors.centerIn: parent
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    width: Math.min(520, parent.width - 40)

    GridLayout {
        anchors.fill: parent
        columns: 2
        Label {
            text: qsTr("Each row of the table is matched to a state; the states get the table's columns as a new layer above them, ready for a style.")
            wrapMode: Text.Wrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
        Label { text: qsTr("Column") }
        ComboBox { id: keyColumn; objectName: "joinColumn"; model: root.columns; Layout.fillWidth: true }
        RadioButton { id: byCode; objectName: "joinByCode"; text: qsTr("State code (INEGI, 01–32)"); checked: true; Layout.columnSpan: 2 }
        RadioButton { id: byName; objectName: "joinByName"; text: qsTr("State name"); Layout.columnSpan: 2 }
        Label {
            text: root.problem
            visible: root.problem !== ""
            color: "#b00020"
            wrapMode: Text.Wrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
    }

    onAccepted: {
        const outcome = AtlasSession.joinToStates(root.layerId, keyColumn.currentText, byCode.checked);
        if (outcome.ok) {
            root.joined(outcome.layerId, outcome.message);
        } else {
            root.problem = outcome.message;
            open();
        }
    }
}
