// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import NearshoreAtlas

// The export panel: the frame appears on the map, the preview is drawn, and an export writes the slide and the
// project that makes it again; closing the panel removes the frame.
TestCase {
    name: "ExportPanel"
    when: windowShown

    property var window: null
    readonly property string folder: testFolder // tst_qml.cpp: a temporary folder, removed after the run

    SignalSpy { id: finishedSpy; signalName: "finished" }
    SignalSpy { id: previewSpy; signalName: "previewChanged" }
    SignalSpy { id: copiedSpy; signalName: "copied" }

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

    function test_exportFromThePanel() {
        const panel = findChild(window.contentItem, "exportPanel");
        const atlasMap = findChild(window.contentItem, "atlasMap");
        finishedSpy.target = panel.controller;
        previewSpy.target = panel.controller;
        panel.visible = true;
        // Wider than 16:9 itself: the default map's legend takes a band under the map (slidecomposer.cpp).
        verify(atlasMap.frameAspect > 1.7 && atlasMap.frameAspect < 3.0, "a 16:9 slide's map frame is wide: " + atlasMap.frameAspect);
        verify(atlasMap.frameRect.x + atlasMap.frameRect.width <= atlasMap.width - panel.width, "the frame avoids the panel");
        previewSpy.wait(10000);

        const path = folder + "/tst-export-" + Date.now() + ".png";
        const options = panel.options();
        compare(options.extent.length, 4);
        verify(options.extent[0] < options.extent[2] && options.extent[1] < options.extent[3]);
        panel.controller.exportTo("file://" + path, options);
        finishedSpy.wait(20000);
        verify(finishedSpy.signalArguments[0][0], finishedSpy.signalArguments[0][1]);
        compare(finishedSpy.signalArguments[0][3], path);

        // Sizes a format cannot hold are a readable refusal, not a crash or a half file: JPEG stops at Qt's images
        // (PNG goes on, drawn in strips), and nothing goes past 200,000 pixels.
        finishedSpy.clear();
        const huge = panel.options();
        huge.width = 40000;
        huge.format = "jpg";
        panel.controller.exportTo("file://" + path + ".huge.jpg", huge);
        compare(finishedSpy.count, 1);
        verify(!finishedSpy.signalArguments[0][0]);
        verify(finishedSpy.signalArguments[0][1].includes("PNG"), finishedSpy.signalArguments[0][1]);
        // The panel says so before anything is tried.
        const widthBox = findChild(panel, "exportWidth");
        const note = findChild(panel, "largeExportNote");
        verify(!note.visible);
        widthBox.value = 40000;
        verify(note.visible);
        widthBox.value = 1920;
        finishedSpy.clear();
        huge.width = 300000;
        huge.format = "png";
        panel.controller.exportTo("file://" + path + ".huge.png", huge);
        compare(finishedSpy.count, 1);
        verify(!finishedSpy.signalArguments[0][0]);

        // The hub deck from the same panel: every hub, then the PDF, with progress on the way.
        finishedSpy.clear();
        const small = panel.options();
        small.width = 480;
        small.height = 270;
        small.sidecar = false;
        panel.controller.exportHubDeck("file://" + folder + "/tst-deck-" + Date.now(), small);
        verify(panel.controller.busy);
        finishedSpy.wait(60000);
        verify(finishedSpy.signalArguments[0][0], finishedSpy.signalArguments[0][1]);
        verify(finishedSpy.signalArguments[0][3].endsWith("deck.pdf"));
        compare(panel.controller.progress, -1);

        // Copy: the slide is drawn in the background (the panel is busy meanwhile), then the status says it is there.
        copiedSpy.target = panel.controller;
        const status = findChild(panel, "exportStatus");
        status.text = "";
        findChild(panel, "exportWidth").value = 480;
        mouseClick(findChild(panel, "copyButton"));
        verify(panel.controller.busy);
        copiedSpy.wait(20000);
        compare(status.text, "The slide is on the clipboard.");
        findChild(panel, "exportWidth").value = 1920;

        // Options are typed: a plain object sets what it names, the rest is SlideOptions' defaults (16:9).
        compare(panel.controller.defaults.width, 1920);
        verify(panel.controller.mapFrameAspect({ width: 1000, height: 1000 }) < panel.controller.mapFrameAspect({}));

        panel.visible = false;
        compare(atlasMap.frameAspect, 0);
    }
}
