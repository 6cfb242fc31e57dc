// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * The layers, topmost first: show or hide each, set its opacity, drag it by its handle to another place in the order
 * (or use Move up / Move down in its menu), zoom to it or remove it.
 */
ListView {
    id: root

    /** While a layer is dragged: the row it came from and the row it would drop on (-1 when not dragging). */
    property int dragFrom: -1
    property int dragTo: -1

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
    delegate: Item {
        id: row
        required property int index
        required property string title
        required property bool layerVisible
        required property real layerOpacity
        required property string layerNote
        required property var model
        width: ListView.view.width
        implicitHeight: content.implicitHeight
        opacity: root.dragFrom === row.index ? 0.45 : 1.0
        // Where the dragged layer will land: a line above or below this row (outside the row's layout).
        Rectangle {
            z: 1
            visible: root.dragFrom >= 0 && root.dragTo === row.index && root.dragTo !== root.dragFrom
            width: row.width
            height: 2
            y: root.dragTo < root.dragFrom ? -2 : row.height
            color: "#2171b5"
        }
        RowLayout {
            id: content
            anchors.fill: parent
            Label {
                id: handle
                objectName: "layerDragHandle"
                text: "⠿"
                color: drag.active ? "#2171b5" : "#888888"
                font.pixelSize: 16
                Layout.leftMargin: 2
                DragHandler {
                    id: drag
                    target: null
                    xAxis.enabled: false
                    // The handle's drag is a reorder, never a scroll of the list.
                    grabPermissions: PointerHandler.CanTakeOverFromAnything
                    // A press on the handle turns the list's own flicking off until release; otherwise the list
                    // takes the drag for a scroll before the handler reaches its threshold.
                    onGrabChanged: transition => {
                        if (transition === PointerDevice.GrabPassive || transition === PointerDevice.GrabExclusive)
                            root.interactive = false;
                        else if (transition !== PointerDevice.OverrideGrabPassive)
                            root.interactive = true;
                    }
                    onActiveChanged: {
                        if (active) {
                            root.dragFrom = row.index;
                            root.dragTo = row.index;
                            return;
                        }
                        const from = root.dragFrom, to = root.dragTo;
                        root.dragFrom = -1;
                        root.dragTo = -1;
                        // Before the move: moving resets the model, and this delegate may not see its ungrab.
                        root.interactive = true;
                        if (from >= 0 && to >= 0 && to !== from)
                            layerModel.moveLayer(from, to);
                    }
                    onTranslationChanged: {
                        if (!active)
                            return;
                        const p = handle.mapToItem(root.contentItem, handle.width / 2, handle.height / 2 + translation.y);
                        const at = root.indexAt(root.width / 2, p.y);
                        // Between two rows (the list's spacing) the last target stands; past either end, that end.
                        if (at >= 0)
                            root.dragTo = at;
                        else if (p.y < 0)
                            root.dragTo = 0;
                        else if (p.y >= root.contentItem.height)
                            root.dragTo = root.count - 1;
                    }
                }
                ToolTip.visible: handleHover.hovered && !drag.active
                ToolTip.text: qsTr("Drag to change the drawing order")
                HoverHandler {
                    id: handleHover
                    cursorShape: drag.active ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                }
            }
            CheckBox {
                checked: row.layerVisible
                onToggled: row.model.layerVisible = checked
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Show or hide “%1”").arg(row.title)
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: row.title
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label { // a database layer: how much of the table in view it shows
                    objectName: "layerNote"
                    visible: row.layerNote.length > 0
                    text: row.layerNote
                    font.pointSize: 8
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
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
}
