// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * How a layer is drawn: one symbol, categories, graduated colours with a classification (and a histogram of the
 * values with the breaks), or proportional symbols; and its labels. Apply shows it on the map and in the legend.
 */
Dialog {
    id: root

    /** Opens the editor on a layer (bottom-first index into the session's layers). */
    function edit(layerIndex: int): void {
        editor.layer = layerIndex;
        const s = editor.current();
        info = s;
        kindBox.currentIndex = Math.max(0, kinds.indexOf(s.kind));
        fieldBox.currentIndex = Math.max(0, fieldBox.find(s.field));
        methodBox.currentIndex = Math.max(0, methods.indexOf(s.method));
        classesBox.value = s.classes;
        breaksField.text = s.breaks;
        rampBox.currentIndex = Math.max(0, rampBox.find(s.ramp));
        sizeBox.value = Math.round(s.sizeMaxPx);
        labelBox.currentIndex = Math.max(0, labelBox.find(s.labelField));
        hexagonsBox.checked = s.hexagons;
        hexagonsZoomBox.value = Math.round(s.hexagonsBelowZoom);
        status.text = "";
        refresh();
        open();
    }

    /** Switches the editor to `kind` on `field` (without applying), as a planner would. */
    function show(kind: string, field: string): void {
        kindBox.currentIndex = Math.max(0, kinds.indexOf(kind));
        fieldBox.currentIndex = Math.max(0, fieldBox.find(field));
        refresh();
    }

    property var info: ({})
    property var histogram: ({})
    readonly property var kinds: ["single", "categorized", "graduated", "proportional"]
    readonly property var methods: ["equal", "quantile", "jenks", "pretty", "manual"]
    readonly property bool numeric: kindBox.currentIndex >= 2

    function choice(): var {
        return {
            kind: kinds[kindBox.currentIndex], field: fieldBox.currentText, method: methods[methodBox.currentIndex],
            classes: classesBox.value, breaks: breaksField.text, ramp: rampBox.currentText, sizeMaxPx: sizeBox.value,
            labelField: labelBox.currentIndex > 0 ? labelBox.currentText : "",
            hexagons: hexagonsBox.checked, hexagonsBelowZoom: hexagonsZoomBox.value
        };
    }

    function refresh(): void {
        histogram = kindBox.currentIndex === 2 ? editor.histogram(choice()) : ({});
        bars.requestPaint();
    }

    title: qsTr("Style of “%1”").arg(info.title ?? "")
    anchors.centerIn: parent
    modal: true
    width: Math.min(620, parent ? parent.width - 40 : 620)
    standardButtons: Dialog.Apply | Dialog.Close

    StyleEditor {
        id: editor
        session: AtlasSession
    }

    onApplied: {
        status.text = editor.apply(choice()) ? qsTr("Applied.") : editor.lastError();
        status.color = status.text === qsTr("Applied.") ? "#1b7837" : "#a50f15";
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 10
        rowSpacing: 6

        Label { text: qsTr("Draw as") }
        ComboBox {
            id: kindBox
            objectName: "styleKind"
            Layout.fillWidth: true
            model: [qsTr("One symbol"), qsTr("Categories"), qsTr("Graduated colours"), qsTr("Proportional symbols")]
            onActivated: root.refresh()
        }

        Label { text: qsTr("Field"); visible: kindBox.currentIndex > 0 }
        ComboBox {
            id: fieldBox
            objectName: "styleField"
            visible: kindBox.currentIndex > 0
            Layout.fillWidth: true
            model: (root.info.fields ?? []).filter(f => !root.numeric || f.numeric).map(f => f.name)
            onActivated: root.refresh()
        }

        Label { text: qsTr("Classes"); visible: kindBox.currentIndex === 2 }
        RowLayout {
            visible: kindBox.currentIndex === 2
            Layout.fillWidth: true
            ComboBox {
                id: methodBox
                objectName: "styleMethod"
                Layout.fillWidth: true
                model: [qsTr("Equal intervals"), qsTr("Quantiles"), qsTr("Natural breaks (Jenks)"),
                        qsTr("Rounded (pretty) breaks"), qsTr("Manual breaks")]
                onActivated: root.refresh()
            }
            SpinBox {
                id: classesBox
                objectName: "styleClasses"
                from: 2
                to: 9
                value: 5
                enabled: methodBox.currentIndex !== 4
                onValueModified: root.refresh()
            }
        }
        Label { text: qsTr("Breaks"); visible: kindBox.currentIndex === 2 && methodBox.currentIndex === 4 }
        TextField {
            id: breaksField
            objectName: "styleBreaks"
            visible: kindBox.currentIndex === 2 && methodBox.currentIndex === 4
            placeholderText: qsTr("e.g. 0, 10, 25, 50, 100")
            Layout.fillWidth: true
            onEditingFinished: root.refresh()
        }

        Label { text: qsTr("Colours"); visible: kindBox.currentIndex === 1 || kindBox.currentIndex === 2 }
        ComboBox {
            id: rampBox
            visible: kindBox.currentIndex === 1 || kindBox.currentIndex === 2
            Layout.fillWidth: true
            model: kindBox.currentIndex === 1 ? (root.info.qualitative ?? []) : (root.info.ramps ?? [])
            onActivated: root.refresh()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("ColorBrewer schemes; the colour-blind-safe ones are listed first")
        }

        Label { text: qsTr("Largest symbol"); visible: kindBox.currentIndex === 3 }
        RowLayout {
            visible: kindBox.currentIndex === 3
            SpinBox { id: sizeBox; from: 4; to: 200; value: 40 }
            Label { text: qsTr("pixels across; a symbol's area follows its value") }
        }

        Label { text: qsTr("Labels") }
        ComboBox {
            id: labelBox
            Layout.fillWidth: true
            model: [qsTr("No labels")].concat((root.info.fields ?? []).map(f => f.name))
        }

        // Large point layers: counts per hexagon at small scales, the symbols above closer in.
        Label { text: qsTr("Many points"); visible: root.info.points ?? false }
        RowLayout {
            visible: root.info.points ?? false
            CheckBox {
                id: hexagonsBox
                objectName: "styleHexagons"
                text: qsTr("Hexagons counting the points below zoom")
            }
            SpinBox { id: hexagonsZoomBox; from: 1; to: 18; value: 8; enabled: hexagonsBox.checked }
        }

        // The distribution of the values and where the classes break.
        Canvas {
            id: bars
            objectName: "styleHistogram"
            visible: kindBox.currentIndex === 2
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.preferredHeight: 150
            onPaint: {
                const ctx = getContext("2d");
                ctx.reset();
                const h = root.histogram;
                if (!h.counts || h.counts.length === 0)
                    return;
                const top = 8, bottom = height - 22, left = 4, right = width - 4;
                const peak = Math.max(...h.counts, 1);
                const bw = (right - left) / h.counts.length;
                ctx.fillStyle = "#9ecae1";
                for (let i = 0; i < h.counts.length; ++i) {
                    const bh = (bottom - top) * h.counts[i] / peak;
                    ctx.fillRect(left + i * bw + 1, bottom - bh, bw - 2, bh);
                }
                const span = h.max > h.min ? h.max - h.min : 1;
                ctx.strokeStyle = "#cb181d";
                ctx.fillStyle = "#333333";
                ctx.font = "10px sans-serif";
                for (const b of h.breaks ?? []) {
                    const x = left + (right - left) * (b - h.min) / span;
                    ctx.beginPath();
                    ctx.moveTo(x, top);
                    ctx.lineTo(x, bottom);
                    ctx.stroke();
                    ctx.fillText(Number(b).toLocaleString(Qt.locale(), "f", Math.abs(b) < 10 ? 2 : 0), Math.min(x + 2, right - 40), bottom + 14);
                }
            }
        }
        Label {
            visible: kindBox.currentIndex === 2
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#555555"
            font.pixelSize: 11
            text: root.histogram.error ? root.histogram.error
                  : qsTr("Features per class: %1. Without a value (no data): %2. A value on a break belongs to the class below it.")
                        .arg((root.histogram.perClass ?? []).join(" · ")).arg(root.histogram.missing ?? 0)
        }
        Label {
            id: status
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
}
