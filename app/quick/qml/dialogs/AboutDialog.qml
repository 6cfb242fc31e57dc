// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * Help > About: the version, the code's licence and the sources of the shipped data, the same texts the slides'
 * source lines credit (AtlasSession.dataSources).
 */
Dialog {
    id: root

    objectName: "aboutDialog"
    title: qsTr("About Nearshore Atlas")
    anchors.centerIn: parent
    modal: true
    width: Math.min(620, parent.width - 40)
    height: Math.min(implicitHeight, parent.height - 40)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 10

            Label {
                objectName: "aboutVersion"
                text: qsTr("Nearshore Atlas %1").arg(Qt.application.version)
                font.bold: true
                font.pointSize: 14
            }
            Label {
                text: qsTr("A map explorer for Mexico's nearshoring hubs, factory sites and state risks.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "aboutLicence"
                text: qsTr("Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                           + "It comes with no warranty.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Data")
                font.bold: true
                Layout.topMargin: 6
            }
            Repeater {
                objectName: "aboutSources"
                model: AtlasSession.dataSources
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("Each figure of the risk indicators names its own source and year. The licence of every "
                           + "dataset is in /usr/share/doc/nearshore-atlas/copyright (geodata/README.md in the source).")
                wrapMode: Text.Wrap
                color: palette.placeholderText
                Layout.fillWidth: true
            }
        }
    }

    // A button of our own rather than Dialog.Close: its text is translated with the others.
    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: root.close()
        }
    }
}
