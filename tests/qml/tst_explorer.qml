// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import NearshoreAtlas

// The planner's main flows: find a hub, open it, tour with the keyboard, switch a layer off.
TestCase {
    name: "Explorer"
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("NearshoreAtlas", "Main");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { visible: true, width: 1366, height: 768 });
        verify(window);
    }

    function cleanupTestCase() {
        window.destroy();
    }

    function test_searchIsAccentInsensitive() {
        const model = Qt.createQmlObject("import NearshoreAtlas; HubListModel { session: AtlasSession }", this);
        const all = model.count;
        verify(all >= 14, "the hubs of the issue are listed");
        model.filter = "queretaro";
        compare(model.count, 1);
        model.filter = "Monterrey";
        compare(model.count, 4); // the metro's four municipalities
        model.filter = "";
        compare(model.count, all);
        model.destroy();
    }

    function test_pickAHubShowsItsDetails() {
        const list = findChild(window.contentItem, "hubList");
        const details = findChild(window.contentItem, "hubDetails");
        const search = findChild(window.contentItem, "hubSearch");
        search.text = "Ciudad Juárez";
        tryVerify(() => list.count === 1);
        const delegate = list.itemAtIndex(0);
        mouseClick(delegate);
        tryVerify(() => details.visible);
        compare(details.details.name, "Ciudad Juárez");
        compare(details.details.port, "El Paso");
        verify(details.details.facilities.length > 0, "Juárez has factory sites around it");
        for (const site of details.details.facilities)
            verify(site.investment.length > 0 && site.source !== undefined);
        // The map flies there.
        const atlasMap = findChild(window.contentItem, "atlasMap");
        tryVerify(() => Math.abs(atlasMap.map.center.latitude - 31.75) < 0.05 && atlasMap.map.zoomLevel > 8.9, 3000);
        window.selectedHub = -1;
        search.text = "";
    }

    function test_searchACoordinate() {
        const search = findChild(window.contentItem, "hubSearch");
        const go = findChild(window.contentItem, "goToCoordinate");
        const atlasMap = findChild(window.contentItem, "atlasMap");
        search.text = "Monterrey";
        verify(!go.visible);
        search.text = "31.69° N, 106.42° W";
        verify(go.visible);
        mouseClick(go);
        tryVerify(() => Math.abs(atlasMap.map.center.latitude - 31.69) < 0.01
                        && Math.abs(atlasMap.map.center.longitude + 106.42) < 0.01, 3000);
        verify(findChild(atlasMap, "placeMarker").visible);
        search.text = "";
    }

    function test_searchStatesAndSites() {
        const found = AtlasSession.searchPlaces("jalisco");
        verify(found.some(p => p.kind === "state" && p.name === "Jalisco"));
        const sites = AtlasSession.searchPlaces("pegatron");
        verify(sites.length > 0 && sites.every(p => p.kind === "site"));
        compare(AtlasSession.searchPlaces("x").length, 0); // one letter is not a search yet
    }

    function test_keyboardTour() {
        const atlasMap = findChild(window.contentItem, "atlasMap");
        atlasMap.forceActiveFocus();
        keyClick(Qt.Key_Right, Qt.ControlModifier);
        tryVerify(() => window.selectedHub >= 0);
        const first = window.selectedHub;
        keyClick(Qt.Key_Right, Qt.ControlModifier);
        tryVerify(() => window.selectedHub !== first);
        keyClick(Qt.Key_Left, Qt.ControlModifier);
        tryVerify(() => window.selectedHub === first);
        window.selectedHub = -1;
    }

    function test_hidingALayerRendersAgain() {
        const layers = Qt.createQmlObject("import NearshoreAtlas; LayerListModel { session: AtlasSession }", this);
        const atlasMap = findChild(window.contentItem, "atlasMap");
        tryVerify(() => !atlasMap.layers.rendering);
        const before = atlasMap.layers.renderCount;
        // Row 0 is the topmost layer: the hubs.
        compare(layers.data(layers.index(0, 0), LayerListModel.IdRole), "hubs");
        verify(layers.setData(layers.index(0, 0), false, LayerListModel.VisibleRole));
        tryVerify(() => atlasMap.layers.renderCount > before);
        verify(layers.setData(layers.index(0, 0), true, LayerListModel.VisibleRole));
        layers.destroy();
    }

    function test_dragALayerToAnotherPlace() {
        const layers = Qt.createQmlObject("import NearshoreAtlas; LayerListModel { session: AtlasSession }", this);
        const idAt = row => layers.data(layers.index(row, 0), LayerListModel.IdRole);
        const before = [];
        for (let row = 0; row < layers.rowCount(); ++row)
            before.push(idAt(row));
        verify(before.length >= 4);
        // The topmost layer's handle, dragged down past two rows: it lands third, the others move up.
        const handles = [];
        const collect = item => {
            if (item.objectName === "layerDragHandle")
                handles.push(item);
            for (const child of item.children)
                collect(child);
        };
        window.showScreen("layers");
        const view = findChild(window.contentItem, "layersView");
        verify(view);
        tryVerify(() => view.visible && view.width > 0);
        collect(view.contentItem);
        const top = handles.find(h => h.parent.parent.index === 0);
        verify(top);
        const rowHeight = top.parent.parent.height + view.spacing;
        mouseDrag(top, top.width / 2, top.height / 2, 0, 2 * rowHeight + 4, Qt.LeftButton);
        compare(view.dragFrom, -1);
        verify(view.interactive, "the list scrolls again after a drop");
        compare(idAt(2), before[0]);
        compare(idAt(0), before[1]);
        compare(idAt(1), before[2]);
        // And back with the menu's model call, so later tests see the default order.
        verify(layers.moveLayer(2, 0));
        compare(idAt(0), before[0]);
        window.showScreen("hubs");
        layers.destroy();
    }
}
