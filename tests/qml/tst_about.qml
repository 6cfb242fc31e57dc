// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import NearshoreAtlas

// Help > About: the version, the licence, and one line for each source of the shipped data, as the slides credit it.
TestCase {
    name: "About"
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

    function test_sourcesOfTheShippedData() {
        const sources = AtlasSession.dataSources;
        // The hubs credit their two point sources separately, as a slide does for the hubs it shows.
        verify(sources.includes("INEGI AGEEML localities and Censo 2020"), sources.join("\n"));
        verify(sources.includes("GeoNames hub points (CC BY 4.0)"), sources.join("\n"));
        verify(!sources.some(s => s.includes("Bajío points")), "the hubs' summary line is replaced by its parts");
        verify(sources.some(s => s.startsWith("Natural Earth")));
        verify(sources.some(s => s.startsWith("US BTS Border Crossing")));
        compare(new Set(sources).size, sources.length, "each source once");
    }

    function test_dialogShowsVersionLicenceAndSources() {
        const dialog = window.aboutDialog;
        dialog.open();
        tryVerify(() => dialog.opened);
        verify(findChild(dialog.contentItem, "aboutVersion").text.startsWith("Nearshore Atlas"));
        verify(findChild(dialog.contentItem, "aboutLicence").text.includes("GPL-3.0-or-later"));
        compare(findChild(dialog.contentItem, "aboutSources").count, AtlasSession.dataSources.length);
        dialog.close();
        tryVerify(() => !dialog.visible);
    }
}
