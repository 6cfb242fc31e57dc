// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas
import "dialogs"

/** The window: menus, side tabs, the map with its overlays, the table, the status bar, wired to the services. */
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("%1%2 — Nearshore Atlas").arg(project.displayName).arg(project.modified ? "*" : "")

    /** A project to open at start (nearshore-atlas --project FILE). */
    property string startupProject
    /** For documentation screenshots: open on one screen (hubs, layers, risks, table, export, style, about, database). */
    property string startupScreen
    /** Offer to recover unsaved work after a crash, and ask before closing (off for screenshots and the self-test). */
    property bool offerRecovery: true
    /** The hub whose details are shown (feature index in the hubs layer), or -1. */
    property alias selectedHub: sidePanel.selectedHub

    readonly property alias projectController: project
    readonly property alias styleEditor: styleDialog
    readonly property alias errorDialog: errorDialog
    readonly property alias aboutDialog: aboutDialog
    readonly property alias databaseDialog: databaseDialog

    WindowSettings { id: windowSettings }

    ProjectController {
        id: project
        objectName: "project"
        session: AtlasSession
        recovery: RecoveryFile
        recentProjects: RecentProjects
        onOpened: view => atlasMap.showView(view)
        onFailed: (message, detail) => errorDialog.show(message, detail, qsTr("Project"))
        onCloseApproved: window.close()
    }

    /** The camera as a project stores it. */
    function currentView(): var { return atlasMap.currentView(); }

    function showScreen(name: string): void {
        if (name === "layers" || name === "style")
            sidePanel.currentTab = 1;
        if (name === "risks") {
            sidePanel.currentTab = 2;
            AtlasSession.setRiskOverlay({ enabled: true, show: "index", normalisation: "minmax", weights: [50, 50, 0] });
        }
        attributePanel.visible = name === "table";
        exportPanel.visible = name === "export";
        if (name === "about")
            aboutDialog.open();
        if (name === "database") {
            databaseDialog.open();
            databaseDialog.connectToLast();
        }
        if (name === "style") {
            styleDialog.edit(AtlasSession.layerIndex("facilities"));
            styleDialog.show("graduated", "investment_usd");
        }
    }

    onClosing: close => {
        project.setView(currentView());
        if (offerRecovery && !project.mayClose()) {
            close.accepted = false;
            project.whenSaved(ProjectController.Close);
            return;
        }
        project.closing();
        if (offerRecovery)
            windowSettings.store(window, sidePanel);
    }

    Component.onCompleted: {
        if (offerRecovery)
            windowSettings.restore(window, sidePanel);
        showScreen(startupScreen);
        if (startupProject !== "")
            project.open(startupProject);
        else if (offerRecovery && project.recoveryAvailable)
            projectDialogs.offerRecovery();
    }

    menuBar: AppMenuBar {
        project: project
        tableShown: attributePanel.visible
        onViewWanted: project.setView(window.currentView())
        onExportRequested: exportPanel.visible = true
        onAddDataRequested: dataDialogs.openData()
        onAddDatabaseRequested: databaseDialog.open()
        onHomeRequested: atlasMap.goHome()
        onTableToggled: attributePanel.visible = !attributePanel.visible
        onBookmarkRequested: bookmarkDialog.open()
        onAboutRequested: aboutDialog.open()
        onBookmarkPicked: (center, zoomLevel, bearing) => {
            atlasMap.flyTo(center, zoomLevel);
            atlasMap.map.bearing = bearing;
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        SidePanel {
            id: sidePanel
            objectName: "sidePanel"
            project: project
            mapSize: Qt.size(atlasMap.width, atlasMap.height)
            Layout.fillHeight: true
            Layout.preferredWidth: 340
            onFlyRequested: (coordinate, zoomLevel) => atlasMap.flyTo(coordinate, zoomLevel)
            onPlaceRequested: coordinate => atlasMap.showPlace(coordinate)
            onOpenDataRequested: dataDialogs.openData()
            onStyleRequested: layerIndex => styleDialog.edit(layerIndex)
            onLocateRequested: unavailableIndex => projectDialogs.locate(unavailableIndex)
            onConnectRequested: unavailableIndex => projectDialogs.connectDatabase(unavailableIndex)
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
                onViewSettled: project.setView(window.currentView()) // into the project and its autosave
                onClicked: coordinate => featureCard.hits = AtlasSession.identify(coordinate, atlasMap.map.zoomLevel)

                FeatureCard {
                    id: featureCard
                    objectName: "featureCard"
                    anchors { left: parent.left; top: parent.top; margins: 16 }
                    onClosed: hits = []
                }
                DropArea {
                    anchors.fill: parent
                    onDropped: drop => dataDialogs.openUrls(drop.urls)
                }
                LegendOverlay {
                    objectName: "legendOverlay"
                    // The slide preview shows the legend while exporting.
                    visible: !exportPanel.visible && AtlasSession.legend.length > 0
                    maximumHeight: Math.max(160, parent.height * 0.6) // the map stays the larger part
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

    ErrorDialog { id: errorDialog }
    AboutDialog { id: aboutDialog }
    DatabaseDialog { id: databaseDialog; objectName: "databaseDialog"; onOpening: sidePanel.currentTab = 1 }
    StyleDialog { id: styleDialog; objectName: "styleDialog" }
    BookmarkDialog { id: bookmarkDialog; onNamed: name => project.addBookmark(name, window.currentView()) }
    ProjectDialogs { id: projectDialogs; anchors.fill: parent; project: project }
    DataDialogs {
        id: dataDialogs
        anchors.fill: parent
        onOpening: sidePanel.currentTab = 1
        onFailed: (message, detail) => errorDialog.show(message, detail, qsTr("The data could not be opened"))
        onTableRequested: layerId => {
            attributePanel.layerId = layerId;
            attributePanel.visible = true;
        }
    }

    // A tour of the hubs from the keyboard.
    Shortcut { sequences: ["Ctrl+Right", StandardKey.MoveToNextPage]; onActivated: sidePanel.stepHub(1) }
    Shortcut { sequences: ["Ctrl+Left", StandardKey.MoveToPreviousPage]; onActivated: sidePanel.stepHub(-1) }

    footer: StatusBar {
        problems: AtlasSession.errors.concat(atlasMap.layers.layerErrors)
        problemDetails: AtlasSession.errorDetails
        pointerCoordinate: atlasMap.pointerCoordinate
        groundMetersPerPixel: atlasMap.layers.groundMetersPerPixel
    }
}
