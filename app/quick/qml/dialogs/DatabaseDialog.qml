// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * File > Add database layer: connect to a shared PostGIS database, pick a spatial table or view, and add it as a
 * layer that follows the view (fetched by the view's box; docs/postgis.md). The password is asked here or found in
 * the desktop's keychain; it is never saved in a project.
 */
Dialog {
    id: root

    objectName: "databaseDialog"
    title: qsTr("Add a database layer (PostGIS)")
    anchors.centerIn: parent
    modal: true
    width: Math.min(720, parent.width - 40)
    height: Math.min(620, parent.height - 40)
    standardButtons: Dialog.Close

    /** The planner chose a table; the session is now opening it. */
    signal opening

    /** Lists the tables of the last database used (documentation screenshots; libpq finds the password itself). */
    function connectToLast(): void {
        if (browser.lastConnection.database)
            browser.connectAndList(browser.lastConnection, "", false);
    }

    function connection(): var {
        return { host: hostField.text, port: Number(portField.text), database: databaseField.text,
                 user: userField.text, sslMode: sslBox.currentValue };
    }

    DatabaseBrowser {
        id: browser
        session: AtlasSession
        onPasswordFound: password => { if (passwordField.text.length === 0) passwordField.text = password; }
    }

    onOpened: {
        const last = browser.lastConnection;
        if (hostField.text.length === 0) {
            hostField.text = last.host;
            portField.text = String(last.port);
            databaseField.text = last.database ?? "";
            userField.text = last.user ?? "";
            sslBox.currentIndex = Math.max(0, sslBox.indexOfValue(last.sslMode));
        }
        browser.lookUpPassword(connection());
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        GridLayout {
            columns: 4
            columnSpacing: 8
            rowSpacing: 6
            Layout.fillWidth: true

            Label { text: qsTr("Host") }
            TextField { id: hostField; objectName: "dbHost"; Layout.fillWidth: true; placeholderText: "db.example.org" }
            Label { text: qsTr("Port") }
            TextField {
                id: portField
                objectName: "dbPort"
                text: "5432"
                validator: IntValidator { bottom: 1; top: 65535 }
                Layout.preferredWidth: 80
            }
            Label { text: qsTr("Database") }
            TextField { id: databaseField; objectName: "dbName"; Layout.fillWidth: true }
            Label { text: qsTr("SSL") }
            ComboBox {
                id: sslBox
                objectName: "dbSsl"
                textRole: "text"
                valueRole: "value"
                Layout.preferredWidth: 200
                model: [
                    { value: "prefer", text: qsTr("prefer (encrypt if offered)") },
                    { value: "require", text: qsTr("require") },
                    { value: "verify-ca", text: qsTr("verify-ca (check certificate)") },
                    { value: "verify-full", text: qsTr("verify-full (certificate and host)") },
                    { value: "disable", text: qsTr("disable (no encryption)") }
                ]
            }
            Label { text: qsTr("User") }
            TextField {
                id: userField
                objectName: "dbUser"
                Layout.fillWidth: true
                onEditingFinished: browser.lookUpPassword(root.connection())
            }
            Label { text: qsTr("Password") }
            TextField {
                id: passwordField
                objectName: "dbPassword"
                echoMode: TextInput.Password
                Layout.preferredWidth: 200
                onAccepted: connectButton.clicked()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                id: rememberBox
                text: qsTr("Remember the password in this computer's keychain")
            }
            Item { Layout.fillWidth: true }
            BusyIndicator { running: browser.busy; visible: running; Layout.preferredHeight: 28 }
            Button {
                id: connectButton
                objectName: "dbConnect"
                text: qsTr("Connect")
                enabled: !browser.busy && hostField.text.length > 0 && databaseField.text.length > 0
                onClicked: browser.connectAndList(root.connection(), passwordField.text, rememberBox.checked)
            }
        }
        Label {
            objectName: "dbError"
            visible: browser.error.length > 0
            text: browser.error
            color: "#b2182b"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: browser.errorDetail.length > 0
            text: qsTr("Details: %1").arg(browser.errorDetail)
            font.pointSize: 8
            color: palette.placeholderText
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            maximumLineCount: 4
            Layout.fillWidth: true
        }

        Label {
            visible: tableList.count > 0
            text: qsTr("Spatial tables and views: a layer shows the features in view, fetched again as the map moves.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: tableList
            objectName: "dbTables"
            model: browser.tables
            clip: true
            currentIndex: -1
            // A fresh listing selects nothing (ListView would select its first row): the planner picks the table.
            onCountChanged: currentIndex = -1
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: tableList.currentIndex = index
                onDoubleClicked: addButton.clicked()
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: row.modelData.qualifiedName + (row.modelData.isView ? qsTr(" (view)") : "")
                        font.bold: true
                    }
                    Label {
                        text: qsTr("%1 in “%2”, EPSG:%3, rows %4").arg(row.modelData.geometryType).arg(row.modelData.geometryColumn).arg(row.modelData.srid)
                                  .arg(row.modelData.rows)
                              + (row.modelData.spatialIndex || row.modelData.isView ? ""
                                 : qsTr(" — no spatial index: every fetch reads the whole table"))
                        color: row.modelData.spatialIndex || row.modelData.isView ? palette.text : "#b35806"
                        font.pointSize: 9
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                id: addButton
                objectName: "dbAdd"
                text: qsTr("Add layer")
                enabled: tableList.currentIndex >= 0
                onClicked: {
                    if (browser.addTable(tableList.currentIndex)) {
                        root.opening();
                        root.close();
                    }
                }
            }
        }
    }
}
