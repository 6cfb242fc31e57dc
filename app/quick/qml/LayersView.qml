// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/** The layers, topmost first: show or hide each, and set its opacity. */
ListView {
    id: root
    clip: true
    spacing: 2
    model: LayerListModel {
        session: AtlasSession
    }
    delegate: RowLayout {
        id: row
        required property string title
        required property bool layerVisible
        required property real layerOpacity
        required property var model
        width: ListView.view.width
        CheckBox {
            checked: row.layerVisible
            onToggled: row.model.layerVisible = checked
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
            Layout.preferredWidth: 90
            onMoved: row.model.layerOpacity = value
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Opacity %1 %").arg(Math.round(value * 100))
        }
    }
}
