// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import NearshoreAtlas

// File > Add database layer: the connection dialog asks for what it needs and says in words why a connection failed.
// (Listing and loading against a real PostGIS server: tst_postgis.)
TestCase {
    name: "DatabaseDialog"
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

    function test_aServerThatDoesNotAnswerIsNamed() {
        const dialog = window.databaseDialog;
        dialog.open();
        tryVerify(() => dialog.opened);
        const item = dialog.contentItem;
        const connect = findChild(item, "dbConnect");
        findChild(item, "dbHost").text = "127.0.0.1";
        findChild(item, "dbName").text = "";
        verify(!connect.enabled, "no database named: nothing to connect to");
        findChild(item, "dbName").text = "atlas";
        findChild(item, "dbPort").text = "9"; // the discard port: nothing listens there
        findChild(item, "dbUser").text = "planner";
        findChild(item, "dbPassword").text = "not-stored";
        verify(connect.enabled);
        connect.clicked();
        const error = findChild(item, "dbError");
        tryVerify(() => error.visible && error.text.length > 0, 15000);
        verify(error.text.includes("127.0.0.1:9"), error.text);
        verify(error.text.includes("not answering"), error.text);
        verify(!error.text.includes("not-stored"), "the password is never shown");
        compare(findChild(item, "dbTables").count, 0);
        dialog.close();
        tryVerify(() => !dialog.visible);
    }
}
