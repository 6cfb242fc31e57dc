// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Nearshore Atlas")


    AtlasMap {
        id: atlasMap
        objectName: "atlasMap"
        anchors.fill: parent
        focus: true
        Component.onCompleted: goHome()
        onClicked: coordinate => featureCard.hits = AtlasSession.identify(coordinate, atlasMap.map.zoomLevel)
    }

    FeatureCard {
        id: featureCard
        objectName: "featureCard"
        anchors { left: parent.left; top: parent.top; margins: 16 }
        onClosed: hits = []
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: AtlasSession.errors.length > 0
                      ? qsTr("Some layers could not be read: %1").arg(AtlasSession.errors.join("; "))
                      : qsTr("Click a hub, a factory site or a state to see its figures and their sources. Drag to pan, scroll to zoom, Home for all of Mexico.")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Zoom %1").arg(atlasMap.map.zoomLevel.toFixed(2))
                color: "#666666"
            }
        }
    }
}
