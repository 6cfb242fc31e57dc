// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtPositioning
import QtTest

// Clicking the map shows what is there, with every attribute, so a figure can be followed to its source.
TestCase {
    name: "Identify"
    when: windowShown

    property var window: null
    property var atlasMap: null
    property var card: null

    function initTestCase() {
        const component = Qt.createComponent("NearshoreAtlas", "Main");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { visible: true, width: 1280, height: 800 });
        atlasMap = findChild(window.contentItem, "atlasMap");
        card = findChild(window.contentItem, "featureCard");
        verify(atlasMap && card);
        atlasMap.goHome();
    }

    function cleanup() {
        card.hits = []; // the card covers the map's top-left corner: close it between tests
    }

    function cleanupTestCase() {
        window.destroy();
    }

    function clickAt(latitude, longitude) {
        const p = atlasMap.map.fromCoordinate(QtPositioning.coordinate(latitude, longitude), false);
        mouseClick(atlasMap, p.x, p.y);
    }

    function fieldValue(hit, name) {
        for (const f of hit.fields) {
            if (f.name === name)
                return f.value;
        }
        return undefined;
    }

    function test_clickAHub() {
        clickAt(31.746465, -106.485018); // Ciudad Juárez's hub point (also a factory site point)
        tryVerify(() => card.visible);
        const names = card.hits.map(h => h.name);
        verify(names.indexOf("Ciudad Juárez") >= 0, names.join(", "));
        const hub = card.hits.find(h => h.layer === "hubs");
        verify(fieldValue(hub, "coord_source").indexOf("INEGI") >= 0);
        // The state underneath is listed too, after the hub (it is a lower layer).
        const state = names.indexOf("Chihuahua");
        verify(state > names.indexOf("Ciudad Juárez"), names.join(", "));
        compare(card.hits[state].layer, "mx_states");
    }

    function test_clickAFactorySiteShowsItsSource() {
        clickAt(20.519444, -103.181666); // El Salto: two Foxconn records share the town's point
        tryVerify(() => card.visible);
        const sites = card.hits.filter(h => h.layer === "facilities");
        verify(sites.length >= 2, "overlapping sites are all listed");
        for (const site of sites) {
            // At country scale the click meets the Guadalajara metro's one count: its sites are listed too, and
            // one of their sources is a plain http:// page.
            verify(/^https?:\/\//.test(fieldValue(site, "source_url")), fieldValue(site, "source_url"));
            verify(site.fields.find(f => f.name === "source_url").link);
        }
    }

    function test_clickTheSeaShowsNothing() {
        clickAt(17.0, -110.0);
        tryVerify(() => !card.visible);
    }
}
