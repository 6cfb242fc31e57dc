// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** The searchable hub list; picking a hub asks the window to fly there and show its details. */
ColumnLayout {
    id: root

    property alias model: list.model
    property alias currentIndex: list.currentIndex
    signal picked(int featureIndex, var coordinate)
    /** The planner typed a coordinate and chose to go there. */
    signal coordinatePicked(var coordinate)
    /** A state or factory site found by name: fly there at `zoom`. */
    signal placePicked(var coordinate, real zoom)

    spacing: 6

    TextField {
        id: search
        objectName: "hubSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search hubs, states, sites or 31.69, -106.42")
        onTextChanged: list.model.filter = text
        onAccepted: if (typed.isValid) root.coordinatePicked(typed)
        readonly property var typed: AtlasSession.parseCoordinate(text)
    }

    // A typed coordinate ("31.69, -106.42") is a place to go to, above the hubs that match.
    ItemDelegate {
        objectName: "goToCoordinate"
        visible: search.typed.isValid
        Layout.fillWidth: true
        text: visible ? qsTr("Go to %1° %2, %3° %4").arg(Math.abs(search.typed.latitude).toFixed(4))
                                                     .arg(search.typed.latitude >= 0 ? qsTr("N") : qsTr("S"))
                                                     .arg(Math.abs(search.typed.longitude).toFixed(4))
                                                     .arg(search.typed.longitude >= 0 ? qsTr("E") : qsTr("W"))
                      : ""
        icon.name: "find-location"
        onClicked: root.coordinatePicked(search.typed)
    }

    // States and factory sites that match: a place to fly to (hubs are listed below).
    Repeater {
        model: search.typed.isValid ? [] : AtlasSession.searchPlaces(search.text)
        delegate: ItemDelegate {
            id: place
            required property var modelData
            objectName: "placeResult"
            Layout.fillWidth: true
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    text: place.modelData.name
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: (place.modelData.kind === "state" ? qsTr("State") : qsTr("Factory site")) +
                          (place.modelData.detail !== "" ? " · " + place.modelData.detail : "")
                    color: "#666666"
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            onClicked: root.placePicked(place.modelData.coordinate, place.modelData.zoomLevel)
        }
    }

    ListView {
        id: list
        objectName: "hubList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        currentIndex: -1
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string name
            required property string hub
            required property string state
            required property var coordinate
            required property int featureIndex
            required property string port
            required property real portKm
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    text: row.name
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: row.hub !== row.name ? qsTr("%1 · %2").arg(row.hub).arg(row.state) : row.state
                    color: "#666666"
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            onClicked: {
                list.currentIndex = row.index;
                root.picked(row.featureIndex, row.coordinate);
            }
        }
    }

    /** Selects the next (+1) or previous (-1) hub of the list, for a keyboard tour. */
    function step(delta: int): void {
        if (list.count === 0)
            return;
        const next = (list.currentIndex + delta + list.count) % list.count;
        list.currentIndex = next;
        const item = list.itemAtIndex(next);
        list.positionViewAtIndex(next, ListView.Contain);
        const model = list.model;
        root.picked(model.data(model.index(next, 0), HubListModel.FeatureIndexRole),
                    model.data(model.index(next, 0), HubListModel.CoordinateRole));
    }
}
