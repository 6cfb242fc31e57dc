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
    readonly property string folder: testFolder // tst_qml.cpp: a temporary folder, removed after the run

    SignalSpy { id: openedSpy; signalName: "opened" }

    function initTestCase() {
        const component = Qt.createComponent("NearshoreAtlas", "Main");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { visible: true, width: 1366, height: 768, offerRecovery: false });
        verify(window);
        openedSpy.target = window.projectController;
    }

    function cleanupTestCase() {
        AtlasSession.setLayerFilter("facilities", {});
        window.projectController.closing();
        window.destroy();
    }

    function cleanup() {
        AtlasSession.setLayerFilter("facilities", {}); // a test that failed half-way leaves no filter to the next
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

    function test_filterIsSavedWithTheProject() {
        const project = window.projectController;
        project.newProject();
        const panel = findChild(window.contentItem, "attributePanel");
        panel.visible = true;
        const company = findChild(panel, "companyFilter");
        company.currentIndex = company.find("Pegatron");
        findChild(panel, "minInvestment").text = "1";
        panel.applyFilter();
        const shown = AtlasSession.featureCounts("facilities").shown;
        verify(shown > 0 && shown < AtlasSession.featureCounts("facilities").total);
        verify(project.modified);
        const path = folder + "/tst-table-filter-" + Date.now() + ".atlas";
        verify(project.saveAs("file://" + path));

        // A new project shows every site and empty filter fields; reopening brings the filter and its controls back.
        project.newProject();
        compare(AtlasSession.featureCounts("facilities").shown, AtlasSession.featureCounts("facilities").total);
        compare(company.currentIndex, 0);
        compare(findChild(panel, "minInvestment").text, "");
        openedSpy.clear();
        project.open(path);
        openedSpy.wait(10000);
        compare(AtlasSession.featureCounts("facilities").shown, shown);
        compare(company.currentText, "Pegatron");
        compare(findChild(panel, "minInvestment").text, "1");
        panel.clearFilter();
        project.newProject();
        panel.visible = false;
    }

    function test_filterOnACompanyTheDataLacksSaysSo() {
        // A project saved when the data had a company it no longer has: the box names that company (no site shown),
        // not "All companies".
        const panel = findChild(window.contentItem, "attributePanel");
        panel.visible = true;
        const company = findChild(panel, "companyFilter");
        AtlasSession.setLayerFilter("facilities", { oneOf: [{ field: "company", values: ["Nonexistent Assembly Co"] }] });
        panel.showFilter();
        compare(company.currentText, "Nonexistent Assembly Co");
        compare(AtlasSession.featureCounts("facilities").shown, 0);
        panel.applyFilter(); // applying again keeps the same filter
        compare(AtlasSession.featureCounts("facilities").shown, 0);
        panel.clearFilter();
        compare(company.currentIndex, 0);
        compare(company.find("Nonexistent Assembly Co"), -1);
        compare(AtlasSession.featureCounts("facilities").shown, AtlasSession.featureCounts("facilities").total);
        panel.visible = false;
    }

    function test_tableLayerBoxFollowsTheList() {
        // The box names the table's layer after the list under it changes order (a drag, or a project opened).
        const panel = findChild(window.contentItem, "attributePanel");
        const box = findChild(panel, "tableLayer");
        compare(box.currentValue, panel.layerId);
        const list = box.model;
        const row = box.indexOfValue(panel.layerId);
        const to = row === 0 ? 1 : 0;
        verify(list.moveLayer(row, to));
        compare(box.indexOfValue(panel.layerId), to);
        compare(box.currentValue, panel.layerId);
        verify(list.moveLayer(to, row));
        compare(box.currentValue, panel.layerId);
        panel.layerId = "hubs";
        compare(box.currentValue, "hubs");
        panel.layerId = "facilities";
        compare(box.currentValue, "facilities");
    }

    function test_selectionIsSharedByMapCardAndTable() {
        const panel = findChild(window.contentItem, "attributePanel");
        panel.visible = true;
        panel.layerId = "facilities";
        const tableView = findChild(panel, "attributeTable");
        const card = findChild(window.contentItem, "featureCard");
        const atlasMap = findChild(window.contentItem, "atlasMap");

        // A click on the map selects the feature on the card: the table's current row is that site.
        atlasMap.clicked(QtPositioning.coordinate(20.519444, -103.181666), Qt.point(0, 0));
        const hit = card.hit;
        verify(hit);
        if (hit.layer !== "facilities") {
            const index = card.hits.findIndex(h => h.layer === "facilities");
            verify(index >= 0);
            card.current = index;
        }
        compare(AtlasSession.selectedLayer, "facilities");
        const row = tableView.selectionModel.currentIndex.row;
        verify(row >= 0);
        compare(tableView.model.featureRowOf(row), AtlasSession.selectedRow);
        compare(findChild(atlasMap, "selectionPoints").model.length, 1);

        // Sorting keeps the same site selected, at its new row.
        tableView.model.sort(0, Qt.DescendingOrder);
        tryVerify(() => tableView.model.featureRowOf(tableView.selectionModel.currentIndex.row) === AtlasSession.selectedRow);

        // A row picked in the table is the selection (the map outlines it).
        const other = tableView.model.tableRowOf(AtlasSession.selectedRow) === 0 ? 1 : 0;
        AtlasSession.selectFeature("facilities", tableView.model.featureRowOf(other));
        compare(tableView.selectionModel.currentIndex.row, other);

        // A filter that hides the selected site drops the selection; closing the card clears it too.
        const company = AtlasSession.identify(QtPositioning.coordinate(20.519444, -103.181666), 12)
                            .find(h => h.layer === "facilities").fields.find(f => f.name === "company").value;
        AtlasSession.selectFeature("facilities", tableView.model.featureRowOf(0));
        const selectedCompany = tableView.model.data(tableView.model.index(0, 1), Qt.DisplayRole);
        const otherCompany = AtlasSession.distinctValues("facilities", "company").find(c => c !== selectedCompany);
        AtlasSession.setLayerFilter("facilities", { oneOf: [{ field: "company", values: [otherCompany] }] });
        compare(AtlasSession.selectedLayer, "", "the filter hid the selected site");
        AtlasSession.setLayerFilter("facilities", {});
        verify(company.length > 0);
        AtlasSession.selectFeature("facilities", tableView.model.featureRowOf(0));
        compare(AtlasSession.selectedLayer, "facilities");
        card.hits = [];
        compare(AtlasSession.selectedLayer, "");
        compare(findChild(atlasMap, "selectionPoints").model.length, 0);
        verify(!tableView.selectionModel.hasSelection);

        // A state: its outline is drawn as paths.
        AtlasSession.selectFeature("mx_states", 0);
        verify(findChild(atlasMap, "selectionOutline").model.length >= 1);
        AtlasSession.selectFeature("", -1);
        panel.visible = false;
    }
}
