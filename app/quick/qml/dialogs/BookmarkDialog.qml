// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** Names a bookmark of the current view. */
Dialog {
    id: root

    /** The planner named the bookmark (never empty). */
    signal named(string name)

    title: qsTr("Bookmark this view")
    anchors.centerIn: parent
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: { bookmarkName.text = ""; bookmarkName.forceActiveFocus(); }

    TextField {
        id: bookmarkName
        placeholderText: qsTr("Name, e.g. Juárez industrial parks")
        implicitWidth: 320
        onAccepted: root.accept()
    }

    onAccepted: {
        if (bookmarkName.text.trim() !== "")
            root.named(bookmarkName.text.trim());
    }
}
