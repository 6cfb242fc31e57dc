// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import NearshoreAtlas

/**
 * The slide export, beside the map: choose a size, texts and elements; the frame on the map shows what the slide
 * holds (pan and zoom to adjust it) and the preview shows the slide itself, drawn by the exporter.
 */
Pane {
    id: root

    /** The map whose frame is exported. */
    required property var atlasMap
    /** Slide language, shared with the project. */
    property string language: "en"
    signal closed()
    signal languageRequested(string language)

    readonly property alias controller: exporter
    readonly property list<string> formats: ["png", "jpg", "pdf", "svg", "tif"]

    padding: 12
    background: Rectangle { color: "#fafafa"; border.color: "#d0d0d0" }

    ExportController {
        id: exporter
        session: AtlasSession
        onFinished: (ok, message, detail, path) => {
            status.text = ok ? qsTr("Saved %1").arg(path) : message;
            status.color = ok ? "#1b7837" : "#a50f15";
            status.detail = detail;
        }
        onCopied: {
            status.text = qsTr("The slide is on the clipboard.");
            status.color = "#1b7837";
            status.detail = "";
        }
    }

    function options(): exportOptions {
        return {
            width: widthBox.value, height: heightBox.value, dpi: dpiBox.value,
            format: formats[formatBox.currentIndex], title: titleField.text, subtitle: subtitleField.text,
            language: root.language, legend: legendBox.checked, scaleBar: scaleBox.checked,
            northArrow: northBox.checked, sourceLine: sourceBox.checked, locator: locatorBox.checked,
            worldFile: worldBox.checked && worldBox.enabled, sidecar: sidecarBox.checked,
            crs: crsBox.editText,
            extent: atlasMap.frameAspect > 0 ? atlasMap.frameExtent() : []
        };
    }

    /** Something changed: the frame takes the new shape and the preview follows once things settle. */
    function refresh(): void {
        if (!visible)
            return;
        atlasMap.frameAspect = exporter.mapFrameAspect(options());
        previewTimer.restart();
    }

    onVisibleChanged: {
        atlasMap.frameRightInset = visible ? width : 0;
        if (visible) {
            atlasMap.map.bearing = 0; // slides and world files are north-up
            // What the planner was looking at goes into the frame: zoom out by the frame's share of the map.
            const center = atlasMap.map.toCoordinate(Qt.point(atlasMap.width / 2, atlasMap.height / 2), false);
            const before = Qt.size(atlasMap.width, atlasMap.height);
            refresh();
            const r = atlasMap.frameRect;
            if (r.width > 0 && center.isValid) {
                atlasMap.map.zoomLevel += Math.log2(Math.min(r.width / before.width, r.height / before.height));
                atlasMap.map.alignCoordinateToPoint(center, Qt.point(r.x + r.width / 2, r.y + r.height / 2));
                atlasMap.userMoved = true;
            }
        } else {
            atlasMap.frameAspect = 0;
        }
    }

    Timer {
        id: previewTimer
        interval: 350
        onTriggered: exporter.updatePreview(root.options())
    }
    Connections {
        target: root.atlasMap.map
        function onCenterChanged(): void { if (root.visible) previewTimer.restart(); }
        function onZoomLevelChanged(): void { if (root.visible) previewTimer.restart(); }
    }
    Connections {
        target: AtlasSession
        function onMapChanged(): void { root.refresh(); }
    }
    onLanguageChanged: refresh()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Export a slide"); font.bold: true; font.pixelSize: 15; Layout.fillWidth: true }
                ToolButton { text: "✕"; onClicked: root.closed(); Accessible.name: qsTr("Close") }
            }

            SlidePreview {
                objectName: "slidePreview"
                controller: exporter
                Layout.fillWidth: true
                Layout.preferredHeight: width * heightBox.value / Math.max(1, widthBox.value)
                Layout.maximumHeight: 300
                BusyIndicator {
                    anchors.centerIn: parent
                    running: exporter.previewBusy
                    visible: running
                }
            }

            Label { text: qsTr("Size"); font.bold: true }
            ComboBox {
                id: presetBox
                objectName: "presetBox"
                Layout.fillWidth: true
                model: exporter.presets.map(p => p.name).concat([qsTr("Custom size")])
                onActivated: index => {
                    if (index < exporter.presets.length) {
                        const p = exporter.presets[index];
                        widthBox.value = p.width;
                        heightBox.value = p.height;
                        dpiBox.value = p.dpi;
                    }
                    root.refresh();
                }
            }
            GridLayout {
                columns: 3
                Layout.fillWidth: true
                Label { text: qsTr("Width") }
                Label { text: qsTr("Height") }
                Label { text: qsTr("DPI") }
                SpinBox {
                    id: widthBox; objectName: "exportWidth"; editable: true
                    from: exporter.defaults.minSide; to: exporter.defaults.maxSide; value: exporter.defaults.width
                    Layout.fillWidth: true
                    onValueModified: { presetBox.currentIndex = exporter.presets.length; root.refresh(); }
                }
                SpinBox {
                    id: heightBox; editable: true
                    from: exporter.defaults.minSide; to: exporter.defaults.maxSide; value: exporter.defaults.height
                    Layout.fillWidth: true
                    onValueModified: { presetBox.currentIndex = exporter.presets.length; root.refresh(); }
                }
                SpinBox {
                    id: dpiBox; editable: true
                    from: exporter.defaults.minDpi; to: exporter.defaults.maxDpi; value: exporter.defaults.dpi
                    Layout.fillWidth: true
                    onValueModified: root.refresh()
                }
            }
            Label {
                objectName: "largeExportNote"
                // PDF and SVG (2, 3) are vector pages of any size; the image formats are not.
                visible: Math.max(widthBox.value, heightBox.value) > exporter.defaults.maxJpegSide && formatBox.currentIndex !== 2
                         && formatBox.currentIndex !== 3
                text: formatBox.currentIndex === 1
                      ? qsTr("JPEG stops at 32,767 pixels a side: choose PNG for this size.")
                      : qsTr("Larger than 32,767 pixels: PNG and GeoTIFF are drawn in strips, which can take minutes.")
                color: formatBox.currentIndex === 1 ? "#b2182b" : "#666666"
                font.pixelSize: 11
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label { text: qsTr("Format"); font.bold: true }
            ComboBox {
                id: formatBox
                Layout.fillWidth: true
                model: [qsTr("PNG image"), qsTr("JPEG image"), qsTr("PDF (vector)"), qsTr("SVG (vector)"),
                        qsTr("GeoTIFF (map only, georeferenced)")]
                onActivated: root.refresh()
            }

            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("CRS") }
                ComboBox {
                    id: crsBox
                    objectName: "exportCrs"
                    editable: true
                    model: ["EPSG:3857", "EPSG:6372", "EPSG:4326"]
                    Layout.fillWidth: true
                    onActivated: root.refresh()
                    onAccepted: root.refresh()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("EPSG:3857 is Web Mercator, as on screen; EPSG:6372 is INEGI's Mexico LCC (ITRF2008); any code GDAL knows works")
                }
            }
            Label {
                visible: crsBox.editText.trim() !== "" && crsBox.editText.trim().toUpperCase() !== "EPSG:3857"
                text: qsTr("The slide shows the frame's area as this projection draws it; the preview shows the result.")
                color: "#666666"
                font.pixelSize: 11
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            TextField {
                id: titleField
                objectName: "exportTitle"
                placeholderText: qsTr("Title")
                Layout.fillWidth: true
                onTextEdited: root.refresh()
            }
            TextField {
                id: subtitleField
                placeholderText: qsTr("Subtitle")
                Layout.fillWidth: true
                onTextEdited: root.refresh()
            }

            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Slide language") }
                ComboBox {
                    objectName: "slideLanguage"
                    model: ["English", "Español (México)"]
                    currentIndex: root.language === "es" ? 1 : 0
                    Layout.fillWidth: true
                    onActivated: index => root.languageRequested(index === 1 ? "es" : "en")
                }
            }

            GridLayout {
                columns: 2
                Layout.fillWidth: true
                enabled: formatBox.currentIndex !== 4
                CheckBox { id: legendBox; text: qsTr("Legend"); checked: exporter.defaults.legend; onToggled: root.refresh() }
                CheckBox { id: scaleBox; text: qsTr("Scale bar"); checked: exporter.defaults.scaleBar; onToggled: root.refresh() }
                CheckBox { id: northBox; text: qsTr("North arrow"); checked: exporter.defaults.northArrow; onToggled: root.refresh() }
                CheckBox { id: locatorBox; text: qsTr("Locator map"); checked: exporter.defaults.locator; onToggled: root.refresh() }
                CheckBox { id: sourceBox; text: qsTr("Sources and date"); checked: exporter.defaults.sourceLine; onToggled: root.refresh() }
            }
            CheckBox {
                id: worldBox
                text: qsTr("World file (.pgw / .jgw)")
                checked: exporter.defaults.worldFile
                enabled: formatBox.currentIndex <= 1
            }
            CheckBox {
                id: sidecarBox
                text: qsTr("Save a project beside it, to make the slide again")
                checked: exporter.defaults.sidecar
            }

            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "exportButton"
                    text: qsTr("Export…")
                    highlighted: true
                    enabled: !exporter.busy
                    onClicked: saveDialog.open()
                }
                Button {
                    objectName: "copyButton"
                    text: qsTr("Copy")
                    enabled: !exporter.busy
                    onClicked: exporter.copyToClipboard(root.options()) // copied() or finished() tells how it went
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Copy the slide as an image, to paste into a presentation")
                }
            }
            Button {
                objectName: "deckButton"
                text: qsTr("Export every hub…")
                enabled: !exporter.busy
                Layout.fillWidth: true
                onClicked: deckDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("One slide per hub with these settings and the same legend, as numbered PNGs and one PDF")
            }
            RowLayout {
                visible: exporter.busy
                Layout.fillWidth: true
                ProgressBar {
                    indeterminate: exporter.progress < 0
                    value: Math.max(0, exporter.progress)
                    Layout.fillWidth: true
                }
                Button { text: qsTr("Cancel"); onClicked: exporter.cancel() }
            }
            Label {
                visible: exporter.busy && exporter.progressText !== ""
                text: exporter.progressText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                id: status
                objectName: "exportStatus"
                property string detail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                ToolTip.visible: detail !== "" && statusHover.hovered
                ToolTip.text: detail
                HoverHandler { id: statusHover }
            }
        }
    }

    FolderDialog {
        id: deckDialog
        title: qsTr("Folder for the hub deck")
        onAccepted: exporter.exportHubDeck(selectedFolder, root.options())
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Export the slide")
        fileMode: FileDialog.SaveFile
        defaultSuffix: root.formats[formatBox.currentIndex]
        nameFilters: [[qsTr("PNG image (*.png)"), qsTr("JPEG image (*.jpg)"), qsTr("PDF document (*.pdf)"),
                       qsTr("SVG drawing (*.svg)"), qsTr("GeoTIFF (*.tif)")][formatBox.currentIndex]]
        onAccepted: exporter.exportTo(selectedFile, root.options())
    }
}
