// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import NearshoreAtlas

/** File, View and Help menus. Project steps go to the ProjectController; what needs the window is asked for by signal. */
MenuBar {
    id: root

    required property ProjectController project
    /** The attribute table is shown (the View menu's check mark). */
    property bool tableShown

    signal viewWanted
    signal exportRequested
    signal addDataRequested
    signal addDatabaseRequested
    signal homeRequested
    signal tableToggled
    signal bookmarkRequested
    signal bookmarkPicked(var center, real zoomLevel, real bearing)
    signal aboutRequested

    Menu {
        id: fileMenu
        title: qsTr("&File")
        Action {
            text: qsTr("&New project")
            shortcut: StandardKey.New
            onTriggered: root.project.whenSaved(ProjectController.NewProject)
        }
        Action {
            text: qsTr("&Open project…")
            shortcut: StandardKey.Open
            onTriggered: root.project.whenSaved(ProjectController.ChooseProject)
        }
        Menu {
            id: recentMenu
            title: qsTr("Open &recent")
            enabled: root.project.recentProjects.paths.length > 0
            Instantiator {
                model: root.project.recentProjects.paths
                delegate: MenuItem {
                    required property string modelData
                    text: modelData
                    onTriggered: root.project.whenSaved(ProjectController.OpenProject, modelData)
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object as MenuItem)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object as MenuItem)
            }
        }
        Action {
            text: qsTr("&Save project")
            shortcut: StandardKey.Save
            onTriggered: { root.viewWanted(); root.project.requestSave(false); }
        }
        Action {
            text: qsTr("Save project &as…")
            shortcut: "Ctrl+Shift+S"
            onTriggered: { root.viewWanted(); root.project.requestSave(true); }
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Export slide…")
            shortcut: "Ctrl+E"
            onTriggered: root.exportRequested()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Add data…")
            shortcut: "Ctrl+Shift+O"
            onTriggered: root.addDataRequested()
        }
        Action {
            text: qsTr("Add &database layer…")
            onTriggered: root.addDatabaseRequested()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Quit")
            shortcut: StandardKey.Quit
            onTriggered: root.Window.window.close()
        }
    }
    Menu {
        id: viewMenu
        title: qsTr("&View")
        Action {
            text: qsTr("All of &Mexico")
            onTriggered: root.homeRequested()
        }
        Action {
            text: qsTr("Attribute &table and filters")
            shortcut: "Ctrl+T"
            checkable: true
            checked: root.tableShown
            onTriggered: root.tableToggled()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Bookmark this view…")
            shortcut: "Ctrl+D"
            onTriggered: root.bookmarkRequested()
        }
        Menu {
            id: removeBookmarkMenu
            title: qsTr("&Remove bookmark")
            enabled: root.project.bookmarks.length > 0
            Instantiator {
                model: root.project.bookmarks
                delegate: MenuItem {
                    required property var modelData
                    required property int index
                    text: modelData.name
                    onTriggered: root.project.removeBookmark(index)
                }
                onObjectAdded: (index, object) => removeBookmarkMenu.insertItem(index, object as MenuItem)
                onObjectRemoved: (index, object) => removeBookmarkMenu.removeItem(object as MenuItem)
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
            model: root.project.bookmarks
            delegate: MenuItem {
                required property var modelData
                text: modelData.name
                onTriggered: root.bookmarkPicked(modelData.center, modelData.zoomLevel, modelData.bearing)
            }
            onObjectAdded: (index, object) => viewMenu.insertItem(viewMenu.count, object as MenuItem)
            onObjectRemoved: (index, object) => viewMenu.removeItem(object as MenuItem)
        }
    }
    Menu {
        title: qsTr("&Help")
        Action {
            text: qsTr("&About Nearshore Atlas")
            onTriggered: root.aboutRequested()
        }
    }
}
