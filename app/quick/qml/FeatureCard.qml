// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** What was clicked: one feature at a time (with "1 of N" when features overlap), every attribute, links open. */
Pane {
    id: card

    /** AtlasSession.identify()'s list; empty hides the card. */
    property var hits: []
    property int current: 0
    readonly property var hit: hits.length > 0 ? hits[Math.min(current, hits.length - 1)] : null

    signal closed()

    visible: hit !== null
    padding: 12
    width: 380
    background: Rectangle { color: "#ffffff"; opacity: 0.96; radius: 6; border.color: "#d0d0d0" }
    onHitsChanged: current = 0
    // The feature on the card is the selection the map outlines and the attribute table shows.
    onHitChanged: AtlasSession.selectFeature(hit ? hit.layer : "", hit ? hit.row : -1)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: card.hit ? card.hit.name : ""
                    font.pixelSize: 17
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: card.hit ? card.hit.title : ""
                    color: "#666666"
                }
            }
            ToolButton {
                text: "‹"
                visible: card.hits.length > 1
                enabled: card.current > 0
                onClicked: card.current -= 1
            }
            Label {
                visible: card.hits.length > 1
                text: qsTr("%1 of %2").arg(card.current + 1).arg(card.hits.length)
                color: "#666666"
            }
            ToolButton {
                text: "›"
                visible: card.hits.length > 1
                enabled: card.current < card.hits.length - 1
                onClicked: card.current += 1
            }
            ToolButton {
                text: "✕"
                onClicked: card.closed()
            }
        }

        ListView {
            id: fields
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 360)
            clip: true
            model: card.hit ? card.hit.fields : []
            spacing: 3
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: row
                required property var modelData
                width: fields.width
                spacing: 8
                Label {
                    text: row.modelData.name
                    color: "#666666"
                    font.pixelSize: 12
                    Layout.preferredWidth: 130
                    elide: Text.ElideRight
                }
                Label {
                    text: row.modelData.link ? '<a href="' + row.modelData.value + '">' + row.modelData.value + '</a>'
                                             : row.modelData.value
                    textFormat: row.modelData.link ? Text.StyledText : Text.PlainText
                    onLinkActivated: link => Qt.openUrlExternally(link)
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: 12
                    Layout.fillWidth: true
                }
            }
        }
    }
}
