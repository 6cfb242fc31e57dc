// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import NearshoreAtlas

/**
 * The questions a project's life cycle asks: save changes?, where to save, which project to open, read sources from
 * outside the project?, recover unsaved work?, where is a missing layer's data. The ProjectController decides when
 * to ask (its save and close flows are C++); these dialogs only ask and hand the answer back.
 */
Item {
    id: root

    required property ProjectController project

    function offerRecovery(): void { recoveryDialog.open(); }
    function locate(unavailableIndex: int): void {
        locateDialog.layerIndex = unavailableIndex;
        locateDialog.open();
    }

    Connections {
        target: root.project
        function onUnsavedChangesQuestion(): void { unsavedDialog.open(); }
        function onSaveFileNeeded(): void { saveDialog.open(); }
        function onProjectFileNeeded(): void { openProjectDialog.open(); }
        function onConfirmationNeeded(sources: list<string>): void {
            sourcesDialog.sources = sources;
            sourcesDialog.open();
        }
    }

    FileDialog {
        id: openProjectDialog
        title: qsTr("Open a project")
        nameFilters: [qsTr("Nearshore Atlas projects (*.atlas)"), qsTr("All files (*)")]
        onAccepted: root.project.open(selectedFile)
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the project")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "atlas"
        nameFilters: [qsTr("Nearshore Atlas projects (*.atlas)")]
        onAccepted: root.project.saveFileChosen(selectedFile)
        onRejected: root.project.saveFileChosen("")
    }

    /** Asks for the password of a project's database layer, then opens it (ProjectController.connectDatabase). */
    function connectDatabase(unavailableIndex: int): void {
        passwordDialog.layerIndex = unavailableIndex;
        passwordField.text = "";
        passwordDialog.open();
    }

    Dialog {
        id: passwordDialog
        objectName: "databasePasswordDialog"
        property int layerIndex: -1
        title: qsTr("Connect to the layer's database")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: (root.project.unavailableLayers[passwordDialog.layerIndex] ?? {}).message ?? ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 420
            }
            TextField {
                id: passwordField
                placeholderText: qsTr("Password (not saved in the project)")
                echoMode: TextInput.Password
                Layout.fillWidth: true
                onAccepted: passwordDialog.accept()
            }
        }
        onAccepted: root.project.connectDatabase(layerIndex, passwordField.text)
    }

    FileDialog {
        id: locateDialog
        property int layerIndex: -1
        title: qsTr("Locate the layer's data")
        onAccepted: root.project.locate(layerIndex, selectedFile)
    }

    Dialog {
        id: unsavedDialog
        title: qsTr("Save changes to “%1”?").arg(root.project.displayName)
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
        Label {
            text: qsTr("The project has changes that are not saved.")
        }
        onAccepted: root.project.answerUnsavedChanges(ProjectController.Save)
        onDiscarded: {
            close();
            root.project.answerUnsavedChanges(ProjectController.Discard);
        }
        onRejected: root.project.answerUnsavedChanges(ProjectController.Cancel)
    }

    // A project from someone else may point at files elsewhere, on the network or in a database: ask first.
    Dialog {
        id: sourcesDialog
        property list<string> sources
        title: qsTr("Read data from outside the project?")
        anchors.centerIn: parent
        modal: true
        width: Math.min(640, root.width - 40)
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
        onAccepted: root.project.continueOpening(true)
        onRejected: root.project.continueOpening(false)
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
        onAccepted: root.project.recover()
        onDiscarded: {
            root.project.discardRecovery();
            close();
        }
    }
}
