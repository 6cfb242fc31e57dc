// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** The side tabs: hubs (list and details), layers (with what could not be opened) and the risk overlay. */
Pane {
    id: root

    required property ProjectController project
    /** The map's size, for "zoom to layer". */
    property size mapSize
    /** Hubs 0, layers 1, risks 2. */
    property alias currentTab: tabs.currentIndex
    /** The hub whose details are shown (feature index in the hubs layer), or -1. */
    property int selectedHub: -1

    signal flyRequested(var coordinate, real zoomLevel)
    signal placeRequested(var coordinate)
    signal openDataRequested
    signal styleRequested(int layerIndex)
    signal locateRequested(int unavailableIndex)
    signal connectRequested(int unavailableIndex)

    /** One step along the hub tour (±1), from the keyboard. */
    function stepHub(step: int): void {
        tabs.currentIndex = 0;
        hubList.step(step);
    }

    padding: 10
    background: Rectangle { color: "#fafafa"; border.color: "#dddddd" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Hubs") }
            TabButton { text: qsTr("Layers") }
            TabButton { text: qsTr("Risks"); objectName: "risksTab" }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                spacing: 6
                Button {
                    visible: hubDetails.visible
                    text: qsTr("‹ All hubs")
                    flat: true
                    onClicked: root.selectedHub = -1
                }
                HubDetailsView {
                    id: hubDetails
                    objectName: "hubDetails"
                    visible: root.selectedHub >= 0
                    details: root.selectedHub >= 0 ? AtlasSession.hubDetails(root.selectedHub) : ({})
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                HubList {
                    id: hubList
                    visible: !hubDetails.visible
                    model: HubListModel { session: AtlasSession }
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onPicked: (featureIndex, coordinate) => {
                        root.selectedHub = featureIndex;
                        root.flyRequested(coordinate, 9);
                    }
                    onCoordinatePicked: coordinate => root.placeRequested(coordinate)
                    onPlacePicked: (coordinate, zoom) => root.flyRequested(coordinate, zoom)
                }
            }

            ColumnLayout {
                spacing: 6
                Button {
                    text: qsTr("Open data…")
                    Layout.fillWidth: true
                    onClicked: root.openDataRequested()
                }
                BusyIndicator {
                    running: root.project.busy
                    visible: running
                    Layout.alignment: Qt.AlignHCenter
                }
                // A big file: how far GDAL has read, and a way out.
                RowLayout {
                    objectName: "openProgress"
                    visible: AtlasSession.loading
                    Layout.fillWidth: true
                    ProgressBar {
                        indeterminate: AtlasSession.loadProgress < 0
                        value: Math.max(0, AtlasSession.loadProgress)
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Cancel")
                        onClicked: AtlasSession.cancelOpening()
                    }
                }
                LayersView {
                    objectName: "layersView"
                    mapSize: root.mapSize
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onZoomRequested: view => root.flyRequested(view.center, view.zoomLevel)
                    onStyleRequested: layerIndex => root.styleRequested(layerIndex)
                }
                // Layers the project names that are not on the map: shown, never silently dropped.
                Repeater {
                    model: root.project.unavailableLayers
                    delegate: Frame {
                        id: unavailable
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        ColumnLayout {
                            anchors.fill: parent
                            Label {
                                text: unavailable.modelData.message
                                color: "#a50f15"
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Button {
                                // A database layer is opened with its password; a file is looked for.
                                text: unavailable.modelData.database ? qsTr("Connect…") : qsTr("Locate…")
                                onClicked: unavailable.modelData.database ? root.connectRequested(unavailable.index)
                                                                          : root.locateRequested(unavailable.index)
                            }
                        }
                    }
                }
            }

            RiskPanel {
                objectName: "riskPanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
}
