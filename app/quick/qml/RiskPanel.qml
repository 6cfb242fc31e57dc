// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * Crime, water and electricity risk of the states: one indicator at a time, or a composite index whose weights the
 * planner sets. How the index is computed is written under the controls and in the legend.
 */
ScrollView {
    id: root
    contentWidth: availableWidth
    clip: true

    readonly property var indicators: AtlasSession.riskIndicators()
    readonly property var shows: ["index", "crime", "water", "electricity"]
    /** Weights of crime, water and electricity in the composite index (0–100). */
    property list<real> weightValues: [50, 50, 0]

    function apply(): void {
        AtlasSession.setRiskOverlay({
            enabled: overlaySwitch.checked,
            show: shows[showBox.currentIndex],
            normalisation: normalisationBox.currentIndex === 1 ? "rank" : "minmax",
            weights: Array.from(weightValues)
        });
    }

    /** Shows the session's current settings (after a project was opened). */
    function load(): void {
        const risk = AtlasSession.riskOverlay();
        overlaySwitch.checked = risk.enabled;
        if (!risk.enabled)
            return;
        showBox.currentIndex = Math.max(0, shows.indexOf(risk.show));
        normalisationBox.currentIndex = risk.normalisation === "rank" ? 1 : 0;
        weightValues = risk.weights;
    }

    Connections {
        target: AtlasSession
        function onRiskOverlayChanged(): void { root.load(); } // a project opened, or the overlay's layer removed
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: 8

        Switch {
            id: overlaySwitch
            objectName: "riskEnabled"
            text: qsTr("Show state risk on the map")
            onToggled: root.apply()
        }

        Label { text: qsTr("Show"); font.bold: true }
        ComboBox {
            id: showBox
            objectName: "riskShow"
            enabled: overlaySwitch.checked
            Layout.fillWidth: true
            model: [qsTr("Composite risk index"), qsTr("Crime: homicide rate"), qsTr("Water: baseline water stress"),
                    qsTr("Electricity: 2021 blackout")]
            onActivated: root.apply()
        }

        Label { text: qsTr("Weights of the composite index"); font.bold: true }
        Repeater {
            model: 3
            delegate: ColumnLayout {
                id: weight
                required property int index
                spacing: 0
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: [qsTr("Crime"), qsTr("Water"), qsTr("Electricity")][weight.index]
                        Layout.fillWidth: true
                    }
                    Label { text: Math.round(slider.value) }
                }
                Slider {
                    id: slider
                    objectName: "riskWeight" + weight.index
                    enabled: overlaySwitch.checked && showBox.currentIndex === 0
                    from: 0
                    to: 100
                    stepSize: 5
                    value: root.weightValues[weight.index]
                    Layout.fillWidth: true
                    onMoved: {
                        const values = Array.from(root.weightValues);
                        values[weight.index] = value;
                        root.weightValues = values;
                        root.apply();
                    }
                }
                Label {
                    readonly property var indicator: root.indicators[weight.index] ?? ({ title: "", statesWithData: 0 })
                    text: qsTr("%1 · data for %2 of 32 states").arg(indicator.title).arg(indicator.statesWithData)
                    color: "#666666"
                    font.pixelSize: 11
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        Label { text: qsTr("Normalisation"); font.bold: true }
        ComboBox {
            id: normalisationBox
            enabled: overlaySwitch.checked
            Layout.fillWidth: true
            model: [qsTr("Min-max (0 = lowest state, 100 = highest)"), qsTr("Rank (position among the states)")]
            onActivated: root.apply()
        }

        Label {
            text: qsTr("Each indicator is put on a 0–100 scale over the states that have a value, higher meaning riskier. The index is the weighted mean of the indicators whose weight is above zero; a state missing one of them shows “no data”, never zero. Electricity has no state-level reliability series in the sourced data: the 2021 blackout share is one event, for few states.")
            wrapMode: Text.Wrap
            color: "#444444"
            font.pixelSize: 11
            Layout.fillWidth: true
        }
    }
}
