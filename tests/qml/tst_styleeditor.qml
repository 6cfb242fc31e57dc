// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import NearshoreAtlas

// The style editor: a classification shows its breaks on the histogram and, applied, reaches the legend.
TestCase {
    name: "StyleEditor"
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("NearshoreAtlas", "Main");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { visible: true, width: 1366, height: 768, offerRecovery: false });
        verify(window);
    }

    function cleanupTestCase() {
        window.projectController.closing();
        window.destroy();
    }

    function layerIndex(id) {
        const layers = Qt.createQmlObject("import NearshoreAtlas; LayerListModel { session: AtlasSession }", this);
        for (let row = 0; row < layers.rowCount(); ++row) {
            if (layers.data(layers.index(row, 0), LayerListModel.IdRole) === id) {
                const index = layers.rowCount() - 1 - row;
                layers.destroy();
                return index;
            }
        }
        return -1;
    }

    function legendOf(title) {
        return AtlasSession.legend.find(l => l.title.startsWith(title));
    }

    function test_graduatedInvestment() {
        const dialog = window.styleEditor;
        dialog.edit(layerIndex("facilities"));
        tryVerify(() => dialog.opened);
        compare(dialog.choice().kind, "proportional"); // the default map's style is read back

        findChild(dialog.contentItem, "styleKind").currentIndex = 2;      // graduated colours
        const field = findChild(dialog.contentItem, "styleField");
        field.currentIndex = field.find("investment_usd");
        verify(field.currentIndex >= 0);
        findChild(dialog.contentItem, "styleMethod").currentIndex = 1;    // quantiles
        findChild(dialog.contentItem, "styleClasses").value = 4;
        dialog.refresh();
        compare(dialog.histogram.breaks.length, 5);
        verify(dialog.histogram.missing > 0, "sites without a sourced amount are counted as no data");

        dialog.applied(); // what the Apply button emits
        const legend = legendOf("Factory sites");
        verify(legend);
        compare(legend.items.length, 5); // four classes and "No data"
        verify(legend.subtitle.includes("quantiles"));

        // Manual breaks, typed, in US dollars: three classes.
        findChild(dialog.contentItem, "styleMethod").currentIndex = 4;
        findChild(dialog.contentItem, "styleBreaks").text = "0, 100000000, 500000000, 2000000000";
        dialog.refresh();
        compare(dialog.histogram.breaks.length, 4);
        dialog.applied();
        compare(legendOf("Factory sites").items.length, 4);
        dialog.close();
    }

    function test_hexagonsForManyPoints() {
        const dialog = window.styleEditor;
        dialog.edit(layerIndex("hubs"));
        tryVerify(() => dialog.opened);
        const box = findChild(dialog.contentItem, "styleHexagons");
        verify(box.visible, "a point layer offers hexagons");
        verify(!box.checked);
        box.checked = true;
        dialog.applied();
        const legend = AtlasSession.legend.find(l => l.subtitle.includes("per hexagon"));
        verify(legend, "the legend explains the hexagons");
        compare(legend.items[0].label, "1–9");
        box.checked = false;
        dialog.applied();
        verify(!AtlasSession.legend.some(l => l.subtitle.includes("per hexagon")));
        dialog.close();
        tryVerify(() => !dialog.visible);

        dialog.edit(layerIndex("mx_states"));
        tryVerify(() => dialog.opened);
        verify(!findChild(dialog.contentItem, "styleHexagons").visible, "polygons are not binned");
        dialog.close();
        tryVerify(() => !dialog.visible);
    }
}
