// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest

TestCase {
    name: "MainWindow"
    when: windowShown

    function initTestCase() {
        failOnWarning(/.*/); // any QML warning while the window loads fails the test
    }

    function test_loadsWithoutWarnings() {
        const component = Qt.createComponent("NearshoreAtlas", "Main");
        compare(component.status, Component.Ready, component.errorString());
        const window = component.createObject(null, { visible: true });
        verify(window !== null);
        // The data layers render at least once on a worker thread and reach the screen.
        const map = findChild(window.contentItem, "atlasMap");
        verify(map !== null, "the map is in the window");
        tryVerify(() => map.layers.renderCount > 0, 5000, "the first render arrives");
        window.destroy();
    }
}
