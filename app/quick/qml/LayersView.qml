// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** The layers, topmost first: show or hide each, set its opacity, change its order, zoom to it or remove it. */
ListView {
    id: root

    /** The planner asked to see a whole layer: {center, zoomLevel} for the map's current size. */
    signal zoomRequested(var view)
    /** The planner asked to edit a layer's style (bottom-first layer index). */
    signal styleRequested(int layerIndex)
    /** The size of the map, for zoom-to-layer. */
    property size mapSize: Qt.size(800, 600)

    clip: true
    spacing: 2
    model: LayerListModel {
        id: layerModel
        session: AtlasSession
    }
    delegate: RowLayout {
        id: row
        required property int index
        required property string title
        required property bool layerVisible
        required property real layerOpacity
        required property var model
        width: ListView.view.width
        CheckBox {
            checked: row.layerVisible
            onToggled: row.model.layerVisible = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show or hide “%1”").arg(row.title)
        }
        Label {
            text: row.title
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Slider {
            from: 0
            to: 1
            value: row.layerOpacity
            Layout.preferredWidth: 80
            onMoved: row.model.layerOpacity = value
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Opacity %1 %").arg(Math.round(value * 100))
        }
        ToolButton {
            objectName: "layerMenuButton"
            text: "⋮"
            onClicked: layerMenu.popup()
            Accessible.name: qsTr("Layer actions")
            Menu {
                id: layerMenu
                MenuItem {
                    text: qsTr("Zoom to layer")
                    onTriggered: {
                        const view = layerModel.layerView(row.index, root.mapSize.width, root.mapSize.height);
                        if (view.center)
                            root.zoomRequested(view);
                    }
                }
                MenuItem {
                    text: qsTr("Style…")
                    onTriggered: root.styleRequested(root.count - 1 - row.index)
                }
                MenuItem {
                    text: qsTr("Move up")
                    enabled: row.index > 0
                    onTriggered: layerModel.moveLayer(row.index, row.index - 1)
                }
                MenuItem {
                    text: qsTr("Move down")
                    enabled: row.index < root.count - 1
                    onTriggered: layerModel.moveLayer(row.index, row.index + 1)
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Remove from map")
                    onTriggered: layerModel.removeLayer(row.index)
                }
            }
        }
    }
}
