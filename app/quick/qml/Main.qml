// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import NearshoreAtlas

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("%1%2 — Nearshore Atlas").arg(project.displayName).arg(project.modified ? "*" : "")

    /** A project to open at start (nearshore-atlas --project FILE). */
    property string startupProject
    /** For documentation screenshots: open on one screen (hubs, layers, risks, table, export, style). */
    property string startupScreen
    /** Offer to recover unsaved work after a crash (off for screenshots and the self-test). */
    property bool offerRecovery: true

    /** The project life cycle, for tests. */
    readonly property alias projectController: project
    /** The style editor, for tests. */
    readonly property alias styleEditor: styleDialog
    /** The error dialog, for tests. */
    readonly property alias errorDialog: openError

    // Where the window was, and how the planner left it, for next time (not for screenshots and self-tests,
    // which must neither depend on nor change the planner's settings).
    // Restored at start and written at a normal close, never bound, so nothing else ever touches them.
    Settings {
        id: windowSettings
        category: "window"
        property int x: -1
        property int y: -1
        property int width: 0
        property int height: 0
        property int sideTab: 0
    }

    ProjectController {
        id: project
        objectName: "project"
        session: AtlasSession
        onOpened: view => {
            if (view.center) {
                atlasMap.userMoved = true;
                atlasMap.map.zoomLevel = view.zoomLevel;
                atlasMap.map.center = view.center;
                atlasMap.map.bearing = view.bearing;
            } else {
                atlasMap.userMoved = false;
                atlasMap.goHome();
            }
        }
        onFailed: (message, detail) => window.showError(message, detail, qsTr("Project"))
        onConfirmationNeeded: sources => {
            sourcesDialog.sources = sources;
            sourcesDialog.open();
        }
    }

    /** The camera as a project stores it. */
    function currentView(): var {
        return { center: atlasMap.map.center, zoomLevel: atlasMap.map.zoomLevel, bearing: atlasMap.map.bearing };
    }

    function showScreen(name: string): void {
        if (name === "layers") {
            tabs.currentIndex = 1;
        } else if (name === "risks") {
            tabs.currentIndex = 2;
            AtlasSession.setRiskOverlay({ enabled: true, show: "index", normalisation: "minmax", weights: [50, 50, 0] });
        } else if (name === "table") {
            attributePanel.visible = true;
        } else if (name === "export") {
            exportPanel.visible = true;
        } else if (name === "style") {
            tabs.currentIndex = 1;
            styleDialog.edit(AtlasSession.layerIndex("facilities"));
            styleDialog.show("graduated", "investment_usd");
        }
    }

    function showError(message: string, detail: string, heading: string): void {
        openError.title = heading ?? qsTr("Nearshore Atlas");
        openErrorText.text = message;
        openError.detail = detail;
        openError.open();
    }

    /** Runs `action` once unsaved changes are saved or knowingly discarded. */
    function afterUnsavedChanges(action: var): void {
        if (!project.modified) {
            action();
            return;
        }
        unsavedDialog.action = action;
        unsavedDialog.open();
    }

    function saveProject(then: var): void {
        project.setView(currentView());
        if (project.filePath === "") {
            saveDialog.then = then ?? null;
            saveDialog.open();
        } else if (project.save() && then) {
            then();
        }
    }

    property bool closeConfirmed: false
    onClosing: close => {
        // Screenshots and the self-test quit without a question (there is nobody to answer it).
        if (project.modified && !closeConfirmed && offerRecovery) {
            close.accepted = false;
            afterUnsavedChanges(() => { window.closeConfirmed = true; window.close(); });
            return;
        }
        project.closing();
        if (offerRecovery) {
            windowSettings.x = window.x;
            windowSettings.y = window.y;
            windowSettings.width = window.width;
            windowSettings.height = window.height;
            windowSettings.sideTab = tabs.currentIndex;
        }
    }

    Component.onCompleted: {
        if (offerRecovery && windowSettings.width >= 400 && windowSettings.height >= 300) {
            window.width = windowSettings.width;
            window.height = windowSettings.height;
            if (windowSettings.x >= 0 && windowSettings.y >= 0) {
                window.x = windowSettings.x;
                window.y = windowSettings.y;
            }
            tabs.currentIndex = windowSettings.sideTab;
        }
        showScreen(startupScreen);
        if (startupProject !== "")
            project.open(startupProject);
        else if (offerRecovery && project.recoveryAvailable)
            recoveryDialog.open();
    }

    // The camera goes into the project (and its autosave) once the map settles.
    Timer {
        id: viewSync
        interval: 400
        onTriggered: project.setView(window.currentView())
    }
    Connections {
        target: atlasMap.map
        function onCenterChanged(): void { viewSync.restart(); }
        function onZoomLevelChanged(): void { viewSync.restart(); }
    }

    menuBar: MenuBar {
        Menu {
            id: fileMenu
            title: qsTr("&File")
            Action {
                text: qsTr("&New project")
                shortcut: StandardKey.New
                onTriggered: window.afterUnsavedChanges(() => project.newProject())
            }
            Action {
                text: qsTr("&Open project…")
                shortcut: StandardKey.Open
                onTriggered: window.afterUnsavedChanges(() => openProjectDialog.open())
            }
            Menu {
                id: recentMenu
                title: qsTr("Open &recent")
                enabled: project.recentProjects.length > 0
                Instantiator {
                    model: project.recentProjects
                    delegate: MenuItem {
                        required property string modelData
                        text: modelData
                        onTriggered: window.afterUnsavedChanges(() => project.open(modelData))
                    }
                    onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                }
            }
            Action {
                text: qsTr("&Save project")
                shortcut: StandardKey.Save
                onTriggered: window.saveProject(null)
            }
            Action {
                text: qsTr("Save project &as…")
                shortcut: "Ctrl+Shift+S"
                onTriggered: { project.setView(window.currentView()); saveDialog.then = null; saveDialog.open(); }
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Export slide…")
                shortcut: "Ctrl+E"
                onTriggered: exportPanel.visible = true
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Add data…")
                shortcut: "Ctrl+Shift+O"
                onTriggered: openDialog.open()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: window.close()
            }
        }
        Menu {
            id: viewMenu
            title: qsTr("&View")
            Action {
                text: qsTr("All of &Mexico")
                onTriggered: atlasMap.goHome()
            }
            Action {
                text: qsTr("Attribute &table and filters")
                shortcut: "Ctrl+T"
                checkable: true
                checked: attributePanel.visible
                onTriggered: attributePanel.visible = !attributePanel.visible
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Bookmark this view…")
                shortcut: "Ctrl+D"
                onTriggered: bookmarkDialog.open()
            }
            Menu {
                id: removeBookmarkMenu
                title: qsTr("&Remove bookmark")
                enabled: project.bookmarks.length > 0
                Instantiator {
                    model: project.bookmarks
                    delegate: MenuItem {
                        required property var modelData
                        required property int index
                        text: modelData.name
                        onTriggered: project.removeBookmark(index)
                    }
                    onObjectAdded: (index, object) => removeBookmarkMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => removeBookmarkMenu.removeItem(object)
                }
            }
            Menu {
                title: qsTr("&Language")
                Repeater {
                    model: [{ id: "system", name: qsTr("System language") }, { id: "en", name: "English" },
                            { id: "es", name: "Español (México)" }]
                    delegate: MenuItem {
                        required property var modelData
                        text: modelData.name
                        checkable: true
                        checked: UiLanguage.language === modelData.id
                        onTriggered: {
                            UiLanguage.language = modelData.id;
                            AtlasSession.retranslate();
                        }
                    }
                }
            }
            MenuSeparator {}
            // The bookmarks themselves: choosing one flies there.
            Instantiator {
                model: project.bookmarks
                delegate: MenuItem {
                    required property var modelData
                    text: modelData.name
                    onTriggered: {
                        atlasMap.flyTo(modelData.center, modelData.zoomLevel);
                        atlasMap.map.bearing = modelData.bearing;
                    }
                }
                onObjectAdded: (index, object) => viewMenu.insertItem(viewMenu.count, object)
                onObjectRemoved: (index, object) => viewMenu.removeItem(object)
            }
        }
    }


    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            id: sidePanel
            objectName: "sidePanel"
            Layout.fillHeight: true
            Layout.preferredWidth: 340
            padding: 10
            background: Rectangle { color: "#fafafa"; border.color: "#dddddd" }

            ColumnLayout {
                anchors.fill: parent
                spacing: 8

                TabBar {
                    id: tabs
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Hubs") }
                    TabButton { text: qsTr("Layers") }
                    TabButton { text: qsTr("Risks"); objectName: "risksTab" }
                }

                StackLayout {
                    currentIndex: tabs.currentIndex
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    ColumnLayout {
                        spacing: 6
                        Button {
                            visible: hubDetails.visible
                            text: qsTr("‹ All hubs")
                            flat: true
                            onClicked: window.selectedHub = -1
                        }
                        HubDetailsView {
                            id: hubDetails
                            objectName: "hubDetails"
                            visible: window.selectedHub >= 0
                            details: window.selectedHub >= 0 ? AtlasSession.hubDetails(window.selectedHub) : ({})
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                        }
                        HubList {
                            id: hubList
                            visible: !hubDetails.visible
                            model: HubListModel { session: AtlasSession }
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            onPicked: (featureIndex, coordinate) => {
                                window.selectedHub = featureIndex;
                                atlasMap.flyTo(coordinate, 9);
                            }
                            onCoordinatePicked: coordinate => atlasMap.showPlace(coordinate)
                            onPlacePicked: (coordinate, zoom) => atlasMap.flyTo(coordinate, zoom)
                        }
                    }

                    ColumnLayout {
                        spacing: 6
                        Button {
                            text: qsTr("Open data…")
                            Layout.fillWidth: true
                            onClicked: openDialog.open()
                        }
                        BusyIndicator {
                            running: project.busy
                            visible: running
                            Layout.alignment: Qt.AlignHCenter
                        }
                        // A big file: how far GDAL has read, and a way out.
                        RowLayout {
                            objectName: "openProgress"
                            visible: AtlasSession.loading
                            Layout.fillWidth: true
                            ProgressBar {
                                indeterminate: AtlasSession.loadProgress < 0
                                value: Math.max(0, AtlasSession.loadProgress)
                                Layout.fillWidth: true
                            }
                            Button {
                                text: qsTr("Cancel")
                                onClicked: AtlasSession.cancelOpening()
                            }
                        }
                        LayersView {
                            objectName: "layersView"
                            mapSize: Qt.size(atlasMap.width, atlasMap.height)
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            onZoomRequested: view => atlasMap.flyTo(view.center, view.zoomLevel)
                            onStyleRequested: layerIndex => styleDialog.edit(layerIndex)
                        }
                        // Layers the project names that are not on the map: shown, never silently dropped.
                        Repeater {
                            model: project.unavailableLayers
                            delegate: Frame {
                                id: unavailable
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                ColumnLayout {
                                    anchors.fill: parent
                                    Label {
                                        text: unavailable.modelData.message
                                        color: "#a50f15"
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                    Button {
                                        text: qsTr("Locate…")
                                        onClicked: {
                                            locateDialog.layerIndex = unavailable.index;
                                            locateDialog.open();
                                        }
                                    }
                                }
                            }
                        }
                    }

                    RiskPanel {
                        objectName: "riskPanel"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                    }
                }
            }
        }

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            AtlasMap {
                id: atlasMap
                objectName: "atlasMap"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                Component.onCompleted: goHome()
                onClicked: coordinate => featureCard.hits = AtlasSession.identify(coordinate, atlasMap.map.zoomLevel)

                FeatureCard {
                    id: featureCard
                    objectName: "featureCard"
                    anchors { left: parent.left; top: parent.top; margins: 16 }
                    onClosed: hits = []
                }

                DropArea {
                    anchors.fill: parent
                    onDropped: drop => {
                        for (const url of drop.urls)
                            AtlasSession.openDataset(url);
                        tabs.currentIndex = 1;
                    }
                }

                LegendOverlay {
                    visible: !exportPanel.visible // the slide preview shows the legend while exporting
                    anchors { right: parent.right; bottom: parent.bottom; margins: 16 }
                }

                ExportPanel {
                    id: exportPanel
                    objectName: "exportPanel"
                    visible: false
                    atlasMap: atlasMap
                    language: project.outputLanguage
                    width: 360
                    anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
                    onClosed: visible = false
                    onLanguageRequested: language => project.outputLanguage = language
                }
            }

            AttributePanel {
                id: attributePanel
                objectName: "attributePanel"
                visible: false
                Layout.fillWidth: true
                Layout.preferredHeight: 280
                onLocate: coordinate => atlasMap.flyTo(coordinate, Math.max(atlasMap.map.zoomLevel, 9))
                onClosed: visible = false
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a GIS dataset")
        nameFilters: [qsTr("GIS data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.tif *.tiff)"), qsTr("All files (*)")]
        onAccepted: {
            AtlasSession.openDataset(selectedFile);
            tabs.currentIndex = 1;
        }
    }

    // Readable errors, with GDAL's words one click away.
    Dialog {
        id: openError
        property string detail
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok
        width: Math.min(560, window.width - 40)
        ColumnLayout {
            anchors.fill: parent
            Label {
                id: openErrorText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                id: showDetail
                text: qsTr("Details")
                checkable: true
                visible: openError.detail !== ""
            }
            TextArea {
                visible: showDetail.checked
                readOnly: true
                text: openError.detail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // A CSV whose coordinate columns have unusual names: the planner points at them.
    Dialog {
        id: columnsDialog
        objectName: "columnsDialog"
        property url source
        property var columns: []
        title: qsTr("Which columns hold the coordinates?")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        width: Math.min(520, window.width - 40)
        GridLayout {
            anchors.fill: parent
            columns: 2
            Label {
                text: qsTr("This table's coordinate columns have names Nearshore Atlas does not recognise. Choose longitude and latitude, or one column of WKT geometry.")
                wrapMode: Text.Wrap
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }
            RadioButton { id: byPair; text: qsTr("Longitude and latitude"); checked: true; Layout.columnSpan: 2 }
            Label { text: qsTr("Longitude (x)"); enabled: byPair.checked }
            ComboBox { id: xColumn; model: columnsDialog.columns; enabled: byPair.checked; Layout.fillWidth: true }
            Label { text: qsTr("Latitude (y)"); enabled: byPair.checked }
            ComboBox {
                id: yColumn
                model: columnsDialog.columns
                enabled: byPair.checked
                currentIndex: Math.min(1, count - 1)
                Layout.fillWidth: true
            }
            RadioButton { id: byWkt; text: qsTr("A WKT geometry column"); Layout.columnSpan: 2 }
            Label { text: qsTr("Geometry"); enabled: byWkt.checked }
            ComboBox { id: wktColumn; model: columnsDialog.columns; enabled: byWkt.checked; Layout.fillWidth: true }
            Label { text: qsTr("CRS") }
            TextField { id: columnsCrs; text: "EPSG:4326"; Layout.fillWidth: true }
        }
        onAccepted: AtlasSession.openDataset(source, columnsCrs.text,
                                             byPair.checked ? [xColumn.currentText, yColumn.currentText] : [wktColumn.currentText])
    }

    // Data without a CRS: ask which one, then open it again.
    Dialog {
        id: crsDialog
        property url source
        title: qsTr("Which coordinate reference system?")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("This file does not say which coordinate reference system its coordinates are in.\nEPSG:4326 is longitude/latitude; INEGI's Mexico LCC is EPSG:6372.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: crsField
                text: "EPSG:4326"
                Layout.fillWidth: true
            }
        }
        onAccepted: AtlasSession.openDataset(source, crsField.text)
    }

    FileDialog {
        id: openProjectDialog
        title: qsTr("Open a project")
        nameFilters: [qsTr("Nearshore Atlas projects (*.atlas)"), qsTr("All files (*)")]
        onAccepted: project.open(selectedFile)
    }

    FileDialog {
        id: saveDialog
        property var then: null
        title: qsTr("Save the project")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "atlas"
        nameFilters: [qsTr("Nearshore Atlas projects (*.atlas)")]
        onAccepted: {
            if (project.saveAs(selectedFile) && then)
                then();
        }
    }

    FileDialog {
        id: locateDialog
        property int layerIndex: -1
        title: qsTr("Locate the layer's data")
        onAccepted: project.locate(layerIndex, selectedFile)
    }

    StyleDialog {
        id: styleDialog
        objectName: "styleDialog"
    }

    Dialog {
        id: bookmarkDialog
        title: qsTr("Bookmark this view")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: { bookmarkName.text = ""; bookmarkName.forceActiveFocus(); }
        TextField {
            id: bookmarkName
            placeholderText: qsTr("Name, e.g. Juárez industrial parks")
            implicitWidth: 320
            onAccepted: bookmarkDialog.accept()
        }
        onAccepted: {
            if (bookmarkName.text.trim() !== "")
                project.addBookmark(bookmarkName.text, window.currentView());
        }
    }

    Dialog {
        id: unsavedDialog
        property var action: null
        title: qsTr("Save changes to “%1”?").arg(project.displayName)
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
        Label {
            text: qsTr("The project has changes that are not saved.")
        }
        onAccepted: window.saveProject(action)
        onDiscarded: {
            close();
            if (action)
                action();
        }
    }

    // A project from someone else may point at files elsewhere, on the network or in a database: ask first.
    Dialog {
        id: sourcesDialog
        property var sources: []
        title: qsTr("Read data from outside the project?")
        anchors.centerIn: parent
        modal: true
        width: Math.min(640, window.width - 40)
        standardButtons: Dialog.Yes | Dialog.No
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("This project wants to read data that is not in its own folder. Open these only if you trust where the project came from; the layers you decline stay listed as unavailable.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: sourcesDialog.sources.join("\n")
                wrapMode: Text.WrapAnywhere
                font.family: "monospace"
                Layout.fillWidth: true
            }
        }
        onAccepted: project.continueOpening(true)
        onRejected: project.continueOpening(false)
    }

    Dialog {
        id: recoveryDialog
        title: qsTr("Recover unsaved work?")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Yes | Dialog.Discard
        Label {
            text: qsTr("Nearshore Atlas did not close normally last time. Its autosave has your unsaved work.")
            wrapMode: Text.Wrap
        }
        onAccepted: project.recover()
        onDiscarded: { project.discardRecovery(); close(); }
    }

    Connections {
        target: AtlasSession
        function onOpenFailed(message: string, detail: string): void {
            window.showError(message, detail, qsTr("The data could not be opened"));
        }
        function onColumnsNeeded(source: url, columns: list<string>): void {
            columnsDialog.source = source;
            columnsDialog.columns = columns;
            columnsDialog.open();
        }
        function onCrsNeeded(source: url): void {
            crsDialog.source = source;
            crsDialog.open();
        }
    }

    /** The hub whose details are shown (feature index in the hubs layer), or -1. */
    property int selectedHub: -1

    // A tour of the hubs from the keyboard.
    Shortcut {
        sequences: ["Ctrl+Right", StandardKey.MoveToNextPage]
        onActivated: { tabs.currentIndex = 0; hubList.step(1); }
    }
    Shortcut {
        sequences: ["Ctrl+Left", StandardKey.MoveToPreviousPage]
        onActivated: { tabs.currentIndex = 0; hubList.step(-1); }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                readonly property var problems: AtlasSession.errors.concat(atlasMap.layers.layerErrors)
                text: problems.length > 0
                      ? qsTr("Some layers could not be shown: %1").arg(problems.join("; "))
                      : qsTr("Click anything on the map for its figures and sources · Ctrl+→/← tours the hubs · Home shows all of Mexico")
                color: problems.length > 0 ? "#a50f15" : palette.windowText
                elide: Text.ElideRight
                Layout.fillWidth: true
                ToolTip.visible: problems.length > 0 && errorArea.containsMouse
                ToolTip.text: AtlasSession.errorDetails.join("\n")
                MouseArea {
                    id: errorArea
                    anchors.fill: parent
                    hoverEnabled: true
                    acceptedButtons: Qt.NoButton
                }
            }
            Label {
                // Where the pointer is, in degrees with hemispheres, as planners read coordinates.
                readonly property var c: atlasMap.pointerCoordinate
                visible: c.isValid
                text: c.isValid ? qsTr("%1° %2, %3° %4").arg(Math.abs(c.latitude).toFixed(4)).arg(c.latitude >= 0 ? qsTr("N") : qsTr("S"))
                                      .arg(Math.abs(c.longitude).toFixed(4)).arg(c.longitude >= 0 ? qsTr("E") : qsTr("W"))
                                : ""
                color: "#444444"
            }
            Label {
                // Scale at the centre of the view for a 96 dpi screen, rounded to two significant digits.
                readonly property real denominator: atlasMap.layers.groundMetersPerPixel / 0.0254 * 96
                readonly property real rounded: {
                    const p = Math.pow(10, Math.floor(Math.log10(denominator)) - 1);
                    return Math.round(denominator / p) * p;
                }
                text: qsTr("Scale 1:%1").arg(Number(rounded).toLocaleString(Qt.locale(), "f", 0))
                color: "#666666"
            }
        }
    }
}
