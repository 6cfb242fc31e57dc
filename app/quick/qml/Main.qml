// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import NearshoreAtlas

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Nearshore Atlas")


    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            id: sidePanel
            objectName: "sidePanel"
            Layout.fillHeight: true
            Layout.preferredWidth: 340
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
                            onClicked: window.selectedHub = -1
                        }
                        HubDetailsView {
                            id: hubDetails
                            objectName: "hubDetails"
                            visible: window.selectedHub >= 0
                            details: window.selectedHub >= 0 ? AtlasSession.hubDetails(window.selectedHub) : ({})
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
                                window.selectedHub = featureIndex;
                                atlasMap.flyTo(coordinate, 9);
                            }
                        }
                    }

                    ColumnLayout {
                        spacing: 6
                        Button {
                            text: qsTr("Open data…")
                            Layout.fillWidth: true
                            onClicked: openDialog.open()
                        }
                        BusyIndicator {
                            running: AtlasSession.loading
                            visible: running
                            Layout.alignment: Qt.AlignHCenter
                        }
                        LayersView {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                        }
                    }
                }
            }
        }

        AtlasMap {
            id: atlasMap
            objectName: "atlasMap"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            Component.onCompleted: goHome()
            onClicked: coordinate => featureCard.hits = AtlasSession.identify(coordinate, atlasMap.map.zoomLevel)

            FeatureCard {
                id: featureCard
                objectName: "featureCard"
                anchors { left: parent.left; top: parent.top; margins: 16 }
                onClosed: hits = []
            }

            DropArea {
                anchors.fill: parent
                onDropped: drop => {
                    for (const url of drop.urls)
                        AtlasSession.openDataset(url);
                    tabs.currentIndex = 1;
                }
            }

            LegendOverlay {
                anchors { right: parent.right; bottom: parent.bottom; margins: 16 }
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a GIS dataset")
        nameFilters: [qsTr("GIS data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.tif *.tiff)"), qsTr("All files (*)")]
        onAccepted: {
            AtlasSession.openDataset(selectedFile);
            tabs.currentIndex = 1;
        }
    }

    // Readable errors, with GDAL's words one click away.
    Dialog {
        id: openError
        property string detail
        title: qsTr("The data could not be opened")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok
        width: Math.min(560, window.width - 40)
        ColumnLayout {
            anchors.fill: parent
            Label {
                id: openErrorText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                id: showDetail
                text: qsTr("Details")
                checkable: true
                visible: openError.detail !== ""
            }
            TextArea {
                visible: showDetail.checked
                readOnly: true
                text: openError.detail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // Data without a CRS: ask which one, then open it again.
    Dialog {
        id: crsDialog
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

    Connections {
        target: AtlasSession
        function onOpenFailed(message: string, detail: string): void {
            openErrorText.text = message;
            openError.detail = detail;
            openError.open();
        }
        function onCrsNeeded(source: url): void {
            crsDialog.source = source;
            crsDialog.open();
        }
    }

    /** The hub whose details are shown (feature index in the hubs layer), or -1. */
    property int selectedHub: -1

    // A tour of the hubs from the keyboard.
    Shortcut {
        sequences: ["Ctrl+Right", StandardKey.MoveToNextPage]
        onActivated: { tabs.currentIndex = 0; hubList.step(1); }
    }
    Shortcut {
        sequences: ["Ctrl+Left", StandardKey.MoveToPreviousPage]
        onActivated: { tabs.currentIndex = 0; hubList.step(-1); }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                readonly property var problems: AtlasSession.errors.concat(atlasMap.layers.layerErrors)
                text: problems.length > 0
                      ? qsTr("Some layers could not be shown: %1").arg(problems.join("; "))
                      : qsTr("Click anything on the map for its figures and sources · Ctrl+→/← tours the hubs · Home shows all of Mexico")
                color: problems.length > 0 ? "#a50f15" : palette.windowText
                elide: Text.ElideRight
                Layout.fillWidth: true
                ToolTip.visible: problems.length > 0 && errorArea.containsMouse
                ToolTip.text: AtlasSession.errorDetails.join("\n")
                MouseArea {
                    id: errorArea
                    anchors.fill: parent
                    hoverEnabled: true
                    acceptedButtons: Qt.NoButton
                }
            }
            Label {
                // Where the pointer is, in degrees with hemispheres, as planners read coordinates.
                readonly property var c: atlasMap.pointerCoordinate
                visible: c.isValid
                text: c.isValid ? qsTr("%1° %2, %3° %4").arg(Math.abs(c.latitude).toFixed(4)).arg(c.latitude >= 0 ? qsTr("N") : qsTr("S"))
                                      .arg(Math.abs(c.longitude).toFixed(4)).arg(c.longitude >= 0 ? qsTr("E") : qsTr("W"))
                                : ""
                color: "#444444"
            }
            Label {
                // Scale at the centre of the view for a 96 dpi screen, rounded to two significant digits.
                readonly property real denominator: atlasMap.layers.groundMetersPerPixel / 0.0254 * 96
                readonly property real rounded: {
                    const p = Math.pow(10, Math.floor(Math.log10(denominator)) - 1);
                    return Math.round(denominator / p) * p;
                }
                text: qsTr("Scale 1:%1").arg(Number(rounded).toLocaleString(Qt.locale(), "f", 0))
                color: "#666666"
            }
        }
    }
}
