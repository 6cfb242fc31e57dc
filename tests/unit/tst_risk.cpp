// SPDX-License-Identifier: GPL-3.0-or-later
// The risk overlay: normalisation as documented, the weighted index, and "no data" (never zero) for a state that
// misses a weighted indicator.
#include "defaultmap.h"
#include "riskindex.h"

#include <QGuiApplication>
#include <QTest>

#include <cmath>

using namespace atlas;

class TestRisk : public QObject
{
    Q_OBJECT
private:
    DefaultMap m_map;

    [[nodiscard]] const MapLayer &states() const { return *m_map.layer(QLatin1StringView(DefaultMap::statesLayerId)); }

    // The overlay's value of `field` for the state with INEGI code `code`.
    static double valueOf(const MapLayer &layer, const QString &code, const QString &field)
    {
        const VectorLayer &d = *layer.data;
        for (const Feature &f : d.features) {
            if (d.attribute(f, QStringLiteral("cve_ent")).toString() == code)
                return d.number(f, d.fieldIndex(field));
        }
        return -1;
    }

    // The state_indicators value, straight from the table.
    double indicator(const QString &code, const QString &field) const
    {
        const VectorLayer &t = *m_map.stateIndicators;
        for (const Feature &f : t.features) {
            if (t.attribute(f, QStringLiteral("cve_ent")).toString() == code)
                return t.number(f, t.fieldIndex(field));
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_map = DefaultMap::load();
        QVERIFY(m_map.stateIndicators);
    }

    void minMaxScores()
    {
        const double nan = std::nan("");
        const std::vector<double> scores = normalisedScores({10, nan, 30, 20}, RiskSettings::Normalisation::MinMax);
        QCOMPARE(scores[0], 0.0);
        QVERIFY(std::isnan(scores[1])); // missing stays missing
        QCOMPARE(scores[2], 100.0);
        QCOMPARE(scores[3], 50.0);
        // All alike: nobody is riskier than anybody.
        QCOMPARE(normalisedScores({5, 5}, RiskSettings::Normalisation::MinMax), (std::vector<double>{0, 0}));
    }

    void rankScoresShareTies()
    {
        const std::vector<double> scores = normalisedScores({7, 1, 7, 3, 9}, RiskSettings::Normalisation::Rank);
        // Sorted 1, 3, 7, 7, 9: ranks 0, 1, 2.5, 2.5, 4 of 4.
        QCOMPARE(scores[1], 0.0);
        QCOMPARE(scores[3], 25.0);
        QCOMPARE(scores[0], 62.5);
        QCOMPARE(scores[2], 62.5);
        QCOMPARE(scores[4], 100.0);
    }

    void indexIsTheWeightedMeanOfScores()
    {
        RiskSettings settings;
        settings.weights = {75, 25, 0};
        const MapLayer layer = riskLayer(states(), *m_map.stateIndicators, settings);
        QCOMPARE(layer.data->features.size(), states().data->features.size());
        const auto indicators = riskIndicators(*m_map.stateIndicators);
        int withIndex = 0;
        for (const Feature &f : layer.data->features) {
            const QString code = layer.data->attribute(f, QStringLiteral("cve_ent")).toString();
            const double crime = valueOf(layer, code, QStringLiteral("crime_score"));
            const double water = valueOf(layer, code, QStringLiteral("water_score"));
            const double index = valueOf(layer, code, QStringLiteral("risk_index"));
            // The raw values are the table's, joined by state code.
            const double raw = indicator(code, indicators[0].field);
            QVERIFY(std::isnan(raw) ? std::isnan(valueOf(layer, code, indicators[0].field))
                                    : raw == valueOf(layer, code, indicators[0].field));
            if (std::isnan(crime) || std::isnan(water)) {
                QVERIFY2(std::isnan(index), qPrintable(code)); // no data, never zero
                continue;
            }
            ++withIndex;
            QVERIFY(std::abs(index - (0.75 * crime + 0.25 * water)) < 1e-9);
        }
        QCOMPARE(withIndex, indicators[0].statesWithData); // water covers all 32: crime decides
    }

    void zeroWeightExcludesAnIndicator()
    {
        RiskSettings settings;
        settings.weights = {0, 100, 0};
        const MapLayer layer = riskLayer(states(), *m_map.stateIndicators, settings);
        for (const Feature &f : layer.data->features) {
            const QString code = layer.data->attribute(f, QStringLiteral("cve_ent")).toString();
            QCOMPARE(valueOf(layer, code, QStringLiteral("risk_index")), valueOf(layer, code, QStringLiteral("water_score")));
        }
        settings.weights = {0, 0, 0};
        const MapLayer none = riskLayer(states(), *m_map.stateIndicators, settings);
        for (const Feature &f : none.data->features)
            QVERIFY(std::isnan(none.data->number(f, none.data->fieldIndex(QStringLiteral("risk_index")))));
    }

    void legendSaysWeightsAndMethod()
    {
        RiskSettings settings;
        settings.weights = {30, 60, 10};
        settings.normalisation = RiskSettings::Normalisation::Rank;
        const MapLayer layer = riskLayer(states(), *m_map.stateIndicators, settings);
        QVERIFY(layer.style.legendNote.contains(QStringLiteral("crime 30 %")));
        QVERIFY(layer.style.legendNote.contains(QStringLiteral("water 60 %")));
        QVERIFY(layer.style.legendNote.contains(QStringLiteral("rank")));
        QCOMPARE(layer.style.kind, LayerStyle::Kind::Graduated);
        QCOMPARE(layer.style.classification.breaks, (std::vector<double>{0, 20, 40, 60, 80, 100}));
    }

    void settingsRoundTripThroughJson()
    {
        RiskSettings settings;
        settings.show = RiskSettings::Show::Water;
        settings.normalisation = RiskSettings::Normalisation::Rank;
        settings.weights = {10, 20, 30};
        RiskSettings read;
        QString error;
        QVERIFY(riskSettingsFromJson(riskSettingsToJson(settings), &read, &error));
        QCOMPARE(read, settings);
        QJsonObject bad = riskSettingsToJson(settings);
        bad.insert(QStringLiteral("weights"), QJsonObject{{QStringLiteral("crime"), -5}});
        QVERIFY(!riskSettingsFromJson(bad, &read, &error));
        QVERIFY(error.contains(QStringLiteral("crime")));
    }

    void overlaySitsAboveTheStates()
    {
        std::vector<MapLayer> layers = m_map.layers;
        placeRiskLayer(layers, riskLayer(states(), *m_map.stateIndicators, {}));
        const auto at = [&](const char *id) {
            return std::find_if(layers.begin(), layers.end(), [&](const MapLayer &l) { return l.id == QLatin1String(id); }) - layers.begin();
        };
        QCOMPARE(at(riskLayerId), at("mx_states") + 1);
        layers[size_t(at(riskLayerId))].visible = false;
        placeRiskLayer(layers, riskLayer(states(), *m_map.stateIndicators, {}));
        QCOMPARE(layers.size(), m_map.layers.size() + 1); // replaced, not added twice
        QVERIFY(!layers[size_t(at(riskLayerId))].visible); // the planner's choice survives a weight change
    }
};

QTEST_MAIN(TestRisk)
#include "tst_risk.moc"
