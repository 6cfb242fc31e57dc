// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs
import NearshoreAtlas

/**
 * Opening data: the file dialog, and the questions GDAL's answer may raise (which CRS, which coordinate columns).
 * Failures go to `failed` for the window's error dialog.
 */
Item {
    id: root

    /** Data is on its way to the layer list (show it). */
    signal opening
    signal failed(string message, string detail)
    /** Show this layer in the attribute table. */
    signal tableRequested(string layerId)

    function openData(): void { openDialog.open(); }
    function openUrls(urls: list<url>): void {
        for (const url of urls)
            AtlasSession.openDataset(url);
        root.opening();
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a GIS dataset")
        nameFilters: [qsTr("GIS data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.tif *.tiff)"), qsTr("All files (*)")]
        onAccepted: root.openUrls([selectedFile])
    }

    CoordinateColumnsDialog { id: columnsDialog }
    CrsDialog { id: crsDialog }
    DataNoticeDialog {
        id: noticeDialog
        onTableRequested: layerId => root.tableRequested(layerId)
        onJoinRequested: layerId => joinDialog.start(layerId)
        onOtherCrsRequested: (layerId, source) => {
            // The assumption was wrong: this layer goes, and the file opens again with the planner's CRS.
            AtlasSession.removeLayerById(layerId);
            crsDialog.source = source;
            crsDialog.open();
        }
    }
    JoinDialog {
        id: joinDialog
        onJoined: (layerId, message) => {
            noticeDialog.layerId = layerId;
            noticeDialog.message = message;
            noticeDialog.attributeOnly = false;
            noticeDialog.crsAssumed = false;
            noticeDialog.open();
        }
    }

    Connections {
        target: AtlasSession
        function onOpenFailed(message: string, detail: string): void { root.failed(message, detail); }
        function onColumnsNeeded(source: url, columns: list<string>): void {
            columnsDialog.source = source;
            columnsDialog.columns = columns;
            columnsDialog.open();
        }
        function onDataNotice(layerId: string, source: url, message: string, attributeOnly: bool, crsAssumed: bool): void {
            noticeDialog.layerId = layerId;
            noticeDialog.source = source;
            noticeDialog.message = message;
            noticeDialog.attributeOnly = attributeOnly;
            noticeDialog.crsAssumed = crsAssumed;
            noticeDialog.open();
        }
        function onCrsNeeded(source: url): void {
            crsDialog.source = source;
            crsDialog.open();
        }
    }
}
