// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtPositioning
import QtTest
import NearshoreAtlas

// A planner's project session: a change marks the title, saving clears it, a new project resets the map, reopening
// restores the layers and the view, and a broken file is a readable message.
TestCase {
    name: "Projects"
    when: windowShown

    property var window: null
    readonly property string folder: testFolder // tst_qml.cpp: a temporary folder, removed after the run

    SignalSpy { id: failedSpy; signalName: "failed" }
    SignalSpy { id: openedSpy; signalName: "opened" }

    function initTestCase() {
        const component = Qt.createComponent("NearshoreAtlas", "Main");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { visible: true, width: 1366, height: 768, offerRecovery: false });
        verify(window);
        failedSpy.target = window.projectController;
        openedSpy.target = window.projectController;
    }

    function cleanupTestCase() {
        window.projectController.closing();
        window.destroy();
    }

    function layerRowOf(model, id) {
        for (let row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, 0), LayerListModel.IdRole) === id)
                return row;
        }
        return -1;
    }

    function test_saveNewAndReopen() {
        const project = window.projectController;
        const layers = Qt.createQmlObject("import NearshoreAtlas; LayerListModel { session: AtlasSession }", this);
        project.newProject(); // whatever earlier tests did
        verify(!project.modified);
        verify(window.title.startsWith(qsTr("Untitled")));

        // Hide the states: the project is modified and the title says so.
        const states = layerRowOf(layers, "mx_states");
        verify(states >= 0);
        layers.setData(layers.index(states, 0), false, LayerListModel.VisibleRole);
        verify(project.modified);
        verify(window.title.includes("*"));

        // The risk overlay, water only: saved with the project as settings.
        AtlasSession.setRiskOverlay({ enabled: true, show: "index", normalisation: "rank", weights: [0, 100, 0] });
        verify(layerRowOf(layers, "derived:risk") >= 0);

        // Move the camera somewhere recognisable, then save.
        const atlasMap = findChild(window.contentItem, "atlasMap");
        atlasMap.map.zoomLevel = 9;
        atlasMap.map.center = QtPositioning.coordinate(25.67, -100.31);
        const path = folder + "/tst-projects-" + Date.now() + ".atlas";
        project.setView(window.currentView());
        verify(project.saveAs("file://" + path));
        verify(!project.modified);
        verify(window.title.startsWith(path.split("/").pop().replace(".atlas", "")));
        verify(project.recentProjects.paths.indexOf(path) === 0);

        // A new project: the built-in map, states visible again, no overlay, untitled.
        project.newProject();
        compare(layerRowOf(layers, "derived:risk"), -1);
        compare(layers.data(layers.index(layerRowOf(layers, "mx_states"), 0), LayerListModel.VisibleRole), true);
        verify(window.title.startsWith(qsTr("Untitled")));

        // Reopen: the layer state and the view come back.
        openedSpy.clear();
        project.open(path);
        openedSpy.wait(10000);
        compare(layers.data(layers.index(layerRowOf(layers, "mx_states"), 0), LayerListModel.VisibleRole), false);
        const risk = AtlasSession.riskOverlay();
        verify(risk.enabled);
        compare(risk.normalisation, "rank");
        compare(risk.weights[1], 100);
        verify(layerRowOf(layers, "derived:risk") >= 0);
        tryVerify(() => Math.abs(atlasMap.map.center.latitude - 25.67) < 0.01 && Math.abs(atlasMap.map.zoomLevel - 9) < 0.01);
        verify(!project.modified);
        compare(project.filePath, path);
        layers.destroy();
    }

    function test_brokenProjectIsAReadableMessage() {
        const project = window.projectController;
        failedSpy.clear();
        project.open(folder + "/no-such-project.atlas");
        compare(failedSpy.count, 1);
        verify(failedSpy.signalArguments[0][0].includes("does not exist"));
        // The message is on screen in the error dialog, not only in a log.
        tryVerify(() => window.errorDialog.opened);
        window.errorDialog.close();
    }

    function test_bookmarks() {
        const project = window.projectController;
        const before = project.bookmarks.length;
        project.addBookmark("Monterrey", window.currentView());
        compare(project.bookmarks.length, before + 1);
        compare(project.bookmarks[before].name, "Monterrey");
        verify(project.modified);
        project.removeBookmark(before);
        compare(project.bookmarks.length, before);
    }
}
