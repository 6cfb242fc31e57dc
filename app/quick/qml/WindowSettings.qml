// SPDX-License-Identifier: GPL-3.0-or-later
import QtCore
import QtQuick

/**
 * How the planner left the window, for next time. Read at start and written at a normal close, never bound, so
 * nothing else touches them; screenshots and self-tests neither read nor write them.
 */
Settings {
    id: root

    property int x: -1
    property int y: -1
    property int width: 0
    property int height: 0
    property int sideTab: 0

    function restore(window: Window, panel: SidePanel): void {
        if (root.width < 400 || root.height < 300)
            return; // never stored, or a size nobody can work in
        window.width = root.width;
        window.height = root.height;
        if (root.x >= 0 && root.y >= 0) {
            window.x = root.x;
            window.y = root.y;
        }
        panel.currentTab = root.sideTab;
    }

    function store(window: Window, panel: SidePanel): void {
        root.x = window.x;
        root.y = window.y;
        root.width = window.width;
        root.height = window.height;
        root.sideTab = panel.currentTab;
    }

    category: "window"
}
