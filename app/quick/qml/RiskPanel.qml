// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NearshoreAtlas

/**
 * Crime, water, electricity and skilled-labour risk of the states: one theme at a time, or a composite index whose
 * weights the planner sets. Each theme offers one or more indicators; the chosen one feeds the map and the index.
 * How the index is computed is written under the controls and in the legend.
 */
ScrollView {
    id: root
    contentWidth: availableWidth
    clip: true

    readonly property var indicators: AtlasSession.riskIndicators()
    readonly property var shows: ["index", "crime", "water", "electricity", "skills"]
    readonly property var themes: ["crime", "water", "electricity", "skills"]
    /** Weights of crime, water, electricity and skilled labour in the composite index (0–100). */
    property list<real> weightValues: [50, 50, 0, 50]
    /** The chosen indicator (state_indicators column) of each theme, in theme order; "" = its default. */
    property list<string> indicatorFields: ["", "", "", ""]

    function indicatorsMap(): var {
        const map = {};
        for (let i = 0; i < themes.length; ++i)
            map[themes[i]] = indicatorFields[i];
        return map;
    }

    function apply(): void {
        AtlasSession.setRiskOverlay({
            enabled: overlaySwitch.checked,
            show: shows[showBox.currentIndex],
            normalisation: normalisationBox.currentIndex === 1 ? "rank" : "minmax",
            weights: Array.from(weightValues),
            indicators: indicatorsMap()
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
        indicatorFields = themes.map(theme => risk.indicators[theme] ?? "");
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
            model: [qsTr("Composite risk index"), qsTr("Crime"), qsTr("Water"), qsTr("Electricity"),
                    qsTr("Skilled labour")]
            onActivated: root.apply()
        }

        Label { text: qsTr("Weights and indicators of the composite index"); font.bold: true }
        Repeater {
            model: 4
            delegate: ColumnLayout {
                id: weight
                required property int index
                readonly property var theme: root.indicators[weight.index] ?? ({ choices: [], caveat: "" })
                readonly property int choiceIndex: Math.max(0, (theme.choices ?? []).findIndex(
                                                                c => c.field === root.indicatorFields[weight.index]))
                readonly property var indicator: (theme.choices ?? [])[choiceIndex] ?? ({ title: "", source: "", statesWithData: 0 })
                spacing: 0
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: [qsTr("Crime"), qsTr("Water"), qsTr("Electricity"), qsTr("Skilled labour")][weight.index]
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
                ComboBox {
                    objectName: "riskIndicator" + weight.index
                    visible: (weight.theme.choices ?? []).length > 1
                    enabled: overlaySwitch.checked
                    Layout.fillWidth: true
                    model: (weight.theme.choices ?? []).map(c => c.title)
                    currentIndex: weight.choiceIndex
                    onActivated: choice => {
                        const fields = Array.from(root.indicatorFields);
                        fields[weight.index] = weight.theme.choices[choice].field;
                        root.indicatorFields = fields;
                        root.apply();
                    }
                }
                Label {
                    text: qsTr("%1 · %2 · data for %3 of 32 states").arg(weight.indicator.title)
                              .arg(weight.indicator.source).arg(weight.indicator.statesWithData)
                    color: "#666666"
                    font.pixelSize: 11
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text !== ""
                    text: weight.theme.caveat ?? ""
                    color: "#8a4b00"
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
            text: qsTr("Each indicator is put on a 0–100 scale over the states that have a value, higher meaning riskier. The index is the weighted mean of the indicators whose weight is above zero; a state missing one of them shows “no data”, never zero. For skilled labour a high value is a low risk, so its score is turned round. Electricity has no state-level reliability series in the sourced data: the 2021 blackout share is one event, for 7 states, so its weight starts at 0.")
            wrapMode: Text.Wrap
            color: "#444444"
            font.pixelSize: 11
            Layout.fillWidth: true
        }
    }
}
