// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * One hub: its state, the nearest US port of entry (geodesic), the factory sites around it with each investment
 * figure and its nature (never a sum: the figures mix land purchases, equity injections and officials' pledges),
 * and the state's risk indicators with year and source.
 */
ScrollView {
    id: root

    /** AtlasSession.hubDetails(): the hub shown (empty: none). */
    property hubDetails details

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth
        spacing: 10

        Label {
            text: root.details.name
            font.pixelSize: 20
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: (root.details.hub !== "" && root.details.hub !== root.details.name ? root.details.hub + " · " : "")
                  + root.details.state
            color: "#555555"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            visible: root.details.port !== ""
            text: qsTr("Nearest US port of entry: %1, %2 km in a straight line").arg(root.details.port).arg(root.details.portKm)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("Factory sites (%1)").arg(root.details.facilities.length)
            font.bold: true
            Layout.topMargin: 6
        }
        Label {
            text: qsTr("Investment figures are of different kinds and are not added up.")
            color: "#666666"
            font.pixelSize: 12
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: root.details.facilities
            delegate: Frame {
                id: site
                required property hubFacility modelData
                Layout.fillWidth: true
                padding: 8
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Label {
                        text: site.modelData.company
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: site.modelData.site
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("%1 · %2").arg(site.modelData.status).arg(site.modelData.distance)
                        color: "#555555"
                        font.pixelSize: 12
                    }
                    Label {
                        text: site.modelData.investmentYear !== ""
                              ? qsTr("%1 (%2): %3").arg(site.modelData.investment).arg(site.modelData.investmentYear).arg(site.modelData.nature)
                              : qsTr("%1: %2").arg(site.modelData.investment).arg(site.modelData.nature)
                        wrapMode: Text.Wrap
                        font.pixelSize: 12
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: site.modelData.source !== ""
                        text: '<a href="' + site.modelData.source + '">' + qsTr("Source") + '</a>'
                        textFormat: Text.StyledText
                        onLinkActivated: link => Qt.openUrlExternally(link)
                        font.pixelSize: 12
                    }
                }
            }
        }

        Label {
            text: qsTr("State indicators")
            font.bold: true
            Layout.topMargin: 6
        }
        Repeater {
            model: root.details.indicators
            delegate: ColumnLayout {
                id: indicator
                required property stateIndicator modelData
                spacing: 0
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: indicator.modelData.label
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                        ToolTip.visible: fieldHover.hovered
                        ToolTip.text: indicator.modelData.field // the column in geodata/state_indicators.csv
                        HoverHandler { id: fieldHover }
                        Layout.fillWidth: true
                    }
                    Label {
                        text: indicator.modelData.year !== ""
                              ? qsTr("%1 (%2)").arg(indicator.modelData.value).arg(indicator.modelData.year)
                              : indicator.modelData.value
                        font.pixelSize: 12
                        font.bold: true
                    }
                }
                Label {
                    visible: indicator.modelData.source !== ""
                    text: indicator.modelData.source
                    color: "#777777"
                    font.pixelSize: 10
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
            }
        }
    }
}
