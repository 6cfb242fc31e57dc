// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import NearshoreAtlas

// The Risks tab: switching the overlay on adds it to the map and the legend; the weights reach the legend.
TestCase {
    name: "RiskOverlay"
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

    function riskLegend() {
        for (const legend of AtlasSession.legend) {
            if (legend.title.startsWith("Composite risk index"))
                return legend;
        }
        return null;
    }

    function test_switchAndWeights() {
        mouseClick(findChild(window.contentItem, "risksTab"));
        const toggle = findChild(window.contentItem, "riskEnabled");
        tryVerify(() => toggle.visible);
        verify(riskLegend() === null);
        mouseClick(toggle);
        verify(AtlasSession.riskOverlay().enabled);
        tryVerify(() => riskLegend() !== null);
        verify(riskLegend().subtitle.includes("crime 33 %")); // crime, water and skilled labour at 50 each

        // Drag the crime weight to zero: the legend says so, and water and skilled labour make the index.
        const crime = findChild(window.contentItem, "riskWeight0");
        mousePress(crime, crime.leftPadding + crime.availableWidth / 2, crime.height / 2);
        mouseMove(crime, 0, crime.height / 2);
        mouseRelease(crime, 0, crime.height / 2);
        compare(AtlasSession.riskOverlay().weights[0], 0);
        verify(riskLegend().subtitle.includes("crime 0 %"));
        verify(riskLegend().subtitle.includes("water 50 %"));
        verify(riskLegend().subtitle.includes("skilled labour 50 %"));

        mouseClick(toggle);
        verify(!AtlasSession.riskOverlay().enabled);
        verify(riskLegend() === null);
    }
}
