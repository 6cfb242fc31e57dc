// SPDX-License-Identifier: GPL-3.0-or-later
// The risk overlay: normalisation as documented, the weighted index, and "no data" (never zero) for a state that
// misses a weighted indicator.
#include "defaultmap.h"
#include "riskindex.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

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
        QCOMPARE(withIndex, 32); // the SESNSP homicide-victim rate covers all 32 (the INEGI rate it replaced, 16)
    }

    void zeroWeightExcludesAnIndicator()
    {
        RiskSettings settings;
        settings.weights = {0, 100, 0, 0};
        const MapLayer layer = riskLayer(states(), *m_map.stateIndicators, settings);
        for (const Feature &f : layer.data->features) {
            const QString code = layer.data->attribute(f, QStringLiteral("cve_ent")).toString();
            QCOMPARE(valueOf(layer, code, QStringLiteral("risk_index")), valueOf(layer, code, QStringLiteral("water_score")));
        }
        settings.weights = {0, 0, 0, 0};
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
        settings.weights = {10, 20, 30, 40};
        settings.indicators = {QStringLiteral("cargo_theft_rate_2023"), QString(), QString(), QStringLiteral("imco_higher_education_pct_2022")};
        RiskSettings read;
        QString error;
        QVERIFY(riskSettingsFromJson(riskSettingsToJson(settings), &read, &error));
        QCOMPARE(read, settings);
        QJsonObject bad = riskSettingsToJson(settings);
        bad.insert(QStringLiteral("weights"), QJsonObject{{QStringLiteral("crime"), -5}});
        QVERIFY(!riskSettingsFromJson(bad, &read, &error));
        QVERIFY(error.contains(QStringLiteral("crime")));
        // An indicator the theme does not offer is refused, naming the theme.
        QJsonObject unknown = riskSettingsToJson(settings);
        unknown.insert(QStringLiteral("indicators"), QJsonObject{{QStringLiteral("water"), QStringLiteral("population_2020")}});
        QVERIFY(!riskSettingsFromJson(unknown, &read, &error));
        QVERIFY(error.contains(QStringLiteral("water")));
    }

    void oldProjectsWithThreeWeightsLoad()
    {
        // Saved before skilled labour was a theme: three weights, no indicators. The mix stays (skills 0) and each
        // theme uses its default indicator.
        const QJsonObject old{{QStringLiteral("show"), QStringLiteral("index")},
                              {QStringLiteral("weights"), QJsonObject{{QStringLiteral("crime"), 60}, {QStringLiteral("water"), 40},
                                                                      {QStringLiteral("electricity"), 0}}}};
        RiskSettings read;
        QString error;
        QVERIFY2(riskSettingsFromJson(old, &read, &error), qPrintable(error));
        QCOMPARE(read.weights, (std::array<double, 4>{60, 40, 0, 0}));
        QCOMPARE(read.indicators, RiskSettings().indicators);
        // No weights at all: the defaults, electricity at 0.
        QVERIFY(riskSettingsFromJson(QJsonObject{}, &read, &error));
        QCOMPARE(read.weights, (std::array<double, 4>{50, 50, 0, 50}));
    }

    void ratesUseThePopulationOfTheCountsYear()
    {
        // geodata/README.md: a SESNSP count becomes a rate against CONAPO's mid-year population of the count's own
        // year; the aquifer share is the state's aquifers in deficit over its aquifers.
        const VectorLayer &t = *m_map.stateIndicators;
        const struct {
            const char *rate, *count, *population;
        } rates[] = {{"homicide_victims_rate_2024", "homicide_victims_2024", "population_conapo_2024"},
                     {"cargo_theft_rate_2023", "cargo_theft_2023", "population_conapo_2023"}};
        for (const Feature &f : t.features) {
            const QString cve = t.attribute(f, QStringLiteral("cve_ent")).toString();
            for (const auto &r : rates) {
                const double rate = indicator(cve, QLatin1String(r.rate));
                const double expected = 1e5 * indicator(cve, QLatin1String(r.count)) / indicator(cve, QLatin1String(r.population));
                QVERIFY2(std::abs(rate - expected) <= 0.005 + 1e-9, qPrintable(cve + QLatin1Char(' ') + QLatin1String(r.rate)));
                QCOMPARE(t.attribute(f, QLatin1String(r.rate) + QStringLiteral("_year")).toString(),
                         t.attribute(f, QLatin1String(r.population) + QStringLiteral("_year")).toString());
            }
            const double aquifers = indicator(cve, QStringLiteral("aquifers_2023"));
            QVERIFY(aquifers >= 1);
            QVERIFY2(std::abs(indicator(cve, QStringLiteral("aquifers_deficit_pct_2023"))
                              - 100 * indicator(cve, QStringLiteral("aquifers_deficit_2023")) / aquifers) <= 0.05 + 1e-9,
                     qPrintable(cve));
        }
        QCOMPARE(indicator(QStringLiteral("09"), QStringLiteral("aquifers_deficit_pct_2023")), 100.0); // the one ZM Cd. de México aquifer
    }

    void defaultIndicatorsCoverAllStates()
    {
        // Crime, water and skilled labour have a default indicator with a value, a year and a source for every
        // state; electricity has none that covers them (it starts with weight 0 and says why).
        const VectorLayer &t = *m_map.stateIndicators;
        const auto chosen = riskIndicators(t);
        for (const int theme : {0, 1, 3}) {
            const RiskIndicator &i = chosen[size_t(theme)];
            QCOMPARE(i.field, riskIndicatorChoices(t, theme).front().field);
            QVERIFY2(t.fieldIndex(i.field) >= 0, qPrintable(i.field));
            QCOMPARE(i.statesWithData, 32);
            QCOMPARE(t.features.size(), size_t(32));
            for (const Feature &f : t.features) {
                QVERIFY2(!std::isnan(t.number(f, t.fieldIndex(i.field))), qPrintable(i.field));
                const QString year = t.attribute(f, i.field + QStringLiteral("_year")).toString();
                QVERIFY2(year.size() == 4 && year.toInt() >= 2019, qPrintable(i.field + QLatin1Char(' ') + year));
                QVERIFY2(!t.attribute(f, i.field + QStringLiteral("_source")).toString().isEmpty(), qPrintable(i.field));
            }
        }
        QCOMPARE(RiskSettings().weights[2], 0.0);
        QVERIFY(chosen[2].statesWithData < 32);
        QVERIFY(!riskThemeCaveat(2).isEmpty());
        // Every offered indicator is a column of the table.
        for (int theme = 0; theme < RiskSettings::themeCount; ++theme) {
            for (const RiskIndicator &i : riskIndicatorChoices(t, theme))
                QVERIFY2(t.fieldIndex(i.field) >= 0, qPrintable(i.field));
        }
    }

    void defaultIndexCoversAllStates()
    {
        const MapLayer layer = riskLayer(states(), *m_map.stateIndicators, RiskSettings());
        QCOMPARE(layer.data->features.size(), size_t(32));
        for (const Feature &f : layer.data->features)
            QVERIFY2(!std::isnan(layer.data->number(f, layer.data->fieldIndex(QStringLiteral("risk_index")))),
                     qPrintable(layer.data->attribute(f, QStringLiteral("name")).toString()));
        QVERIFY(layer.style.legendNote.contains(QStringLiteral("skilled labour 33 %")));
        QVERIFY(layer.style.legendNote.contains(QStringLiteral("electricity 0 %")));
        QVERIFY(layer.attribution.contains(QStringLiteral("SESNSP")));
    }

    void skillsScoreIsTurnedRound()
    {
        // More schooling is less risk: the state with the most years scores 0, the one with the fewest 100.
        RiskSettings settings;
        settings.show = RiskSettings::Show::Skills;
        const MapLayer layer = riskLayer(states(), *m_map.stateIndicators, settings);
        QCOMPARE(valueOf(layer, QStringLiteral("09"), QStringLiteral("skills_score")), 0.0);   // Ciudad de México, 11.48
        QCOMPARE(valueOf(layer, QStringLiteral("07"), QStringLiteral("skills_score")), 100.0); // Chiapas, 7.78
        QVERIFY(layer.title.contains(QStringLiteral("schooling")));
    }

    void goldenLegendTexts()
    {
        // Title, note and source line of the overlay for the index and each theme, in English and Spanish, against
        // tests/data/golden/risk-legends.json (ATLAS_UPDATE_GOLDEN=1 rewrites it; read the diff before committing).
        QJsonObject all;
        for (const char *language : {"en", "es"}) {
            QTranslator translator;
            if (QLatin1String(language) == QLatin1String("es")) {
                QVERIFY(translator.load(QStringLiteral("nearshore-atlas_es"), QStringLiteral(ATLAS_QM_DIR)));
                QCoreApplication::installTranslator(&translator);
            }
            QJsonArray legends;
            for (int show = 0; show <= RiskSettings::themeCount; ++show) {
                RiskSettings settings;
                settings.show = RiskSettings::Show(show);
                const MapLayer layer = riskLayer(states(), *m_map.stateIndicators, settings);
                legends.append(QJsonObject{{QStringLiteral("show"), riskSettingsToJson(settings).value(QStringLiteral("show"))},
                                           {QStringLiteral("title"), layer.title},
                                           {QStringLiteral("note"), layer.style.legendNote},
                                           {QStringLiteral("attribution"), layer.attribution}});
            }
            all.insert(QLatin1String(language), legends);
            QCoreApplication::removeTranslator(&translator);
        }
        const QByteArray actual = QJsonDocument(all).toJson(QJsonDocument::Indented);
        const QString golden = QStringLiteral(ATLAS_GOLDEN_DIR "/risk-legends.json");
        if (qEnvironmentVariableIntValue("ATLAS_UPDATE_GOLDEN") == 1) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            return;
        }
        QFile expected(golden);
        QVERIFY2(expected.open(QIODevice::ReadOnly), "missing tests/data/golden/risk-legends.json; run with ATLAS_UPDATE_GOLDEN=1");
        const QByteArray want = expected.readAll();
        if (want != actual) {
            QFile fail(QStringLiteral("risk-legends.json.fail"));
            if (fail.open(QIODevice::WriteOnly))
                fail.write(actual);
        }
        QCOMPARE(actual, want);
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
