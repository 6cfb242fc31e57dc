// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtPositioning
import QtTest
import NearshoreAtlas

// The attribute table and its filters: the map (identify, counts) follows the table's filter.
TestCase {
    name: "AttributeTable"
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("NearshoreAtlas", "Main");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { visible: true, width: 1366, height: 768, offerRecovery: false });
        verify(window);
    }

    function cleanupTestCase() {
        AtlasSession.setLayerFilter("facilities", {});
        window.projectController.closing();
        window.destroy();
    }

    function facilityHitsAt(lat, lon) {
        return AtlasSession.identify(QtPositioning.coordinate(lat, lon), 12).filter(h => h.layer === "facilities").length;
    }

    function test_filterTheSites() {
        const panel = findChild(window.contentItem, "attributePanel");
        panel.visible = true;
        const tableView = findChild(panel, "attributeTable");
        const all = AtlasSession.featureCounts("facilities").total;
        verify(all >= 30);
        tryCompare(tableView, "rows", all);

        // Pegatron only: the table and the map show Pegatron's sites alone.
        const company = findChild(panel, "companyFilter");
        company.currentIndex = company.find("Pegatron");
        verify(company.currentIndex > 0);
        panel.applyFilter();
        const shown = AtlasSession.featureCounts("facilities").shown;
        verify(shown > 0 && shown < all);
        tryCompare(tableView, "rows", shown);

        // A range in US$ million: sites without a sourced amount drop out, the rest lie inside it.
        company.currentIndex = 0;
        findChild(panel, "minInvestment").text = "100";
        panel.applyFilter();
        const big = AtlasSession.featureCounts("facilities").shown;
        verify(big > 0 && big < all);
        tryCompare(tableView, "rows", big);

        panel.clearFilter();
        compare(AtlasSession.featureCounts("facilities").shown, all);
        tryCompare(tableView, "rows", all);
        panel.visible = false;
    }

    function test_filteredSitesAreNotIdentified() {
        // Foxconn's El Salto (Jalisco) site; hidden by a filter on another company, it is not listed at its place.
        const before = facilityHitsAt(20.519444, -103.181666);
        verify(before > 0, "a site is listed at El Salto");
        AtlasSession.setLayerFilter("facilities", { oneOf: [{ field: "company", values: ["Pegatron"] }] });
        compare(facilityHitsAt(20.519444, -103.181666), 0);
        AtlasSession.setLayerFilter("facilities", {});
        compare(facilityHitsAt(20.519444, -103.181666), before);
    }
}
