// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * A layer's attribute table under the map, with the filters planners ask for on the factory sites: company, status
 * and investment range. The filter applies to the layer itself, so the map shows the same sites as the table.
 * Clicking a row flies to the feature.
 */
Pane {
    id: root

    /** A table row was picked: fly there. */
    signal locate(var coordinate)
    signal closed()

    property string layerId: "facilities"

    padding: 8
    background: Rectangle { color: "#fafafa"; border.color: "#d0d0d0" }

    AttributeTableModel {
        id: table
        session: AtlasSession
        layerId: root.layerId
    }

    // What the filter controls mean is decided in C++ (SiteFilter); these functions only carry the controls' values.
    SiteFilter {
        id: siteFilter
        session: AtlasSession
        layerId: root.layerId
        onShownChanged: root.fillFilterControls()
    }

    function applyFilter(): void {
        siteFilter.apply(companyBox.currentIndex > 0 ? companyBox.currentText : "",
                         statusBox.currentIndex > 0 ? statusBox.currentValue : "", minField.text, maxField.text);
    }

    /** Shows the layer's current filter in the controls (after something other than these controls changed it). */
    function showFilter(): void { siteFilter.reload(); }

    function fillFilterControls(): void {
        // The choices first, so that the company the filter names is among them when it is picked.
        companyBox.model = [qsTr("All companies")].concat(siteFilter.companies);
        companyBox.currentIndex = siteFilter.company !== "" ? Math.max(0, companyBox.find(siteFilter.company)) : 0;
        statusBox.currentIndex = siteFilter.status !== "" ? Math.max(0, statusBox.indexOfValue(siteFilter.status)) : 0;
        minField.text = siteFilter.minimum;
        maxField.text = siteFilter.maximum;
    }

    onLayerIdChanged: layerBox.showLayer()
    Component.onCompleted: fillFilterControls()
    Connections {
        target: AtlasSession
        function onSelectionChanged(): void { root.showSelection(); }
        function onTextsChanged(): void { root.fillFilterControls(); } // "All companies" in the new language
    }
    Connections {
        target: table
        function onModelReset(): void { root.showSelection(); }
        function onLayoutChanged(): void { root.showSelection(); }
    }

    /** The feature selected anywhere (map, card or table) is the table's current row, scrolled into view. */
    function showSelection(): void {
        const row = AtlasSession.selectedLayer === layerId ? table.tableRowOf(AtlasSession.selectedRow) : -1;
        if (row < 0) {
            tableView.selectionModel.clear();
            tableView.selectionModel.clearCurrentIndex();
            return;
        }
        tableView.selectionModel.setCurrentIndex(table.index(row, 0), ItemSelectionModel.ClearAndSelect | ItemSelectionModel.Rows);
        tableView.positionViewAtRow(row, TableView.Contain);
    }

    function clearFilter(): void { siteFilter.clear(); }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label { text: qsTr("Table of"); font.bold: true }
            ComboBox {
                id: layerBox
                objectName: "tableLayer"
                textRole: "title"
                valueRole: "layerId"
                model: LayerListModel { session: AtlasSession }
                Layout.preferredWidth: 240
                // The box names the table's layer whatever moves the list under it (a project opened, a layer dragged).
                function showLayer(): void { currentIndex = Math.max(0, indexOfValue(root.layerId)); }
                Component.onCompleted: showLayer()
                onActivated: root.layerId = currentValue
                Connections {
                    target: layerBox.model
                    function onModelReset(): void { layerBox.showLayer(); }
                    function onRowsMoved(): void { layerBox.showLayer(); }
                    function onRowsInserted(): void { layerBox.showLayer(); }
                    function onRowsRemoved(): void { layerBox.showLayer(); }
                }
            }
            Label {
                readonly property var counts: { table.count; return AtlasSession.featureCounts(root.layerId); }
                text: qsTr("%1 of %2 shown").arg(counts.shown).arg(counts.total)
                color: "#555555"
            }
            Item { Layout.fillWidth: true }
            ToolButton { text: "✕"; onClicked: root.closed(); Accessible.name: qsTr("Close the table") }
        }

        // Filters for the factory sites; the map follows.
        RowLayout {
            visible: siteFilter.applicable
            Layout.fillWidth: true
            spacing: 8
            ComboBox {
                id: companyBox
                objectName: "companyFilter"
                // Filled by fillFilterControls whenever the filter or its choices change.
                Layout.preferredWidth: 260
                onActivated: root.applyFilter()
            }
            ComboBox {
                id: statusBox
                objectName: "statusFilter"
                textRole: "text"
                valueRole: "value"
                model: [{ text: qsTr("Any status"), value: "" }, { text: qsTr("Announced"), value: "announced" },
                        { text: qsTr("Building"), value: "building" }, { text: qsTr("Operating"), value: "operating" }]
                onActivated: root.applyFilter()
            }
            Label { text: qsTr("Investment, US$ million") }
            TextField {
                id: minField
                objectName: "minInvestment"
                placeholderText: qsTr("from")
                validator: DoubleValidator { bottom: 0 }
                Layout.preferredWidth: 80
                onEditingFinished: root.applyFilter()
            }
            TextField {
                id: maxField
                placeholderText: qsTr("to")
                validator: DoubleValidator { bottom: 0 }
                Layout.preferredWidth: 80
                onEditingFinished: root.applyFilter()
            }
            Button { text: qsTr("Clear"); onClicked: root.clearFilter() }
            Label {
                visible: minField.text !== "" || maxField.text !== ""
                text: qsTr("Sites without a sourced amount are hidden while a range is set.")
                color: "#666666"
                font.pixelSize: 11
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        HorizontalHeaderView {
            id: header
            syncView: tableView
            clip: true
            Layout.fillWidth: true
            property int sortColumn: -1
            property bool ascending: true
            delegate: ItemDelegate {
                id: headerCell
                required property int index
                required property var model
                implicitHeight: 26
                text: model.display + (header.sortColumn === index ? (header.ascending ? " ▲" : " ▼") : "")
                font.bold: true
                onClicked: {
                    header.ascending = header.sortColumn === index ? !header.ascending : true;
                    header.sortColumn = index;
                    table.sort(index, header.ascending ? Qt.AscendingOrder : Qt.DescendingOrder);
                }
            }
        }
        TableView {
            id: tableView
            objectName: "attributeTable"
            model: table
            clip: true
            columnSpacing: 1
            rowSpacing: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.horizontal: ScrollBar {}
            ScrollBar.vertical: ScrollBar {}
            columnWidthProvider: column => Math.min(320, Math.max(80, explicitColumnWidth(column) > 0 ? explicitColumnWidth(column) : 140))
            selectionModel: ItemSelectionModel {}
            delegate: Rectangle {
                id: cell
                required property string display
                required property int row
                required property bool selected
                implicitHeight: 24
                color: cell.selected ? "#deebf7" : (cell.row % 2 ? "#f4f4f4" : "#ffffff")
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 4
                    verticalAlignment: Text.AlignVCenter
                    text: cell.display
                    elide: Text.ElideRight
                    color: cell.display === qsTr("no data") ? "#888888" : "#1a1a1a"
                }
                TapHandler {
                    onTapped: {
                        AtlasSession.selectFeature(root.layerId, table.featureRowOf(cell.row));
                        const c = table.coordinateOf(cell.row);
                        if (c.isValid)
                            root.locate(c);
                    }
                }
            }
        }
    }
}
