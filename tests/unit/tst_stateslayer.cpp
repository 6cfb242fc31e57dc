// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedgeodata.h"
#include "vectorlayer.h"

#include <QSet>
#include <QTest>

using namespace atlas;

// The embedded states layer, read through GDAL exactly as the app reads it.
class TestStatesLayer : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const VectorLayer> m_states;

private Q_SLOTS:
    void initTestCase()
    {
        const VectorLoadResult result = loadVectorLayer(embedded::path(QStringLiteral("mx_states.geojson")));
        QVERIFY2(!result.error, qPrintable(result.error.message + QLatin1Char('\n') + result.error.detail));
        m_states = result.layer;
    }

    void has32StatesWithUniqueCodes()
    {
        QCOMPARE(m_states->features.size(), size_t(32));
        QSet<QString> codes;
        for (const Feature &f : m_states->features)
            codes.insert(m_states->attribute(f, QStringLiteral("cve_ent")).toString());
        QCOMPARE(codes.size(), 32);
        for (int i = 1; i <= 32; ++i)
            QVERIFY2(codes.contains(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'))), qPrintable(QString::number(i)));
    }

    void officialNamesWithAccents_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("iso");
        QTest::newRow("09") << "09" << "Ciudad de México" << "MX-CMX";
        QTest::newRow("05") << "05" << "Coahuila de Zaragoza" << "MX-COA";
        QTest::newRow("16") << "16" << "Michoacán de Ocampo" << "MX-MIC";
        QTest::newRow("30") << "30" << "Veracruz de Ignacio de la Llave" << "MX-VER";
        QTest::newRow("19") << "19" << "Nuevo León" << "MX-NLE";
        QTest::newRow("08") << "08" << "Chihuahua" << "MX-CHH";
    }
    void officialNamesWithAccents()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, iso);
        for (const Feature &f : m_states->features) {
            if (m_states->attribute(f, QStringLiteral("cve_ent")).toString() != code)
                continue;
            QCOMPARE(m_states->attribute(f, QStringLiteral("nom_ent")).toString(), name);
            QCOMPARE(m_states->attribute(f, QStringLiteral("iso_3166_2")).toString(), iso);
            QVERIFY(!m_states->attribute(f, QStringLiteral("short_name")).toString().isEmpty());
            return;
        }
        QFAIL("state code not found");
    }

    void everyStateHasPolygonsAndLiesInMexico()
    {
        for (const Feature &f : m_states->features) {
            QCOMPARE(f.kind, GeometryKind::Polygon);
            QVERIFY(!m_states->path(f).isEmpty());
        }
        // Mexico spans roughly 118.4°W..86.7°W and 14.5°N..32.7°N.
        const LonLatBox box = m_states->extentLonLat;
        QVERIFY(box.west > -119 && box.west < -117);
        QVERIFY(box.east > -87.5 && box.east < -86);
        QVERIFY(box.south > 14 && box.south < 15);
        QVERIFY(box.north > 32.5 && box.north < 33);
    }

    void identifyFindsTheStateUnderACity_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("code");
        QTest::newRow("Ciudad Juárez") << -106.45 << 31.70 << "08";
        QTest::newRow("Monterrey") << -100.31 << 25.67 << "19";
        QTest::newRow("Guadalajara") << -103.35 << 20.67 << "14";
        QTest::newRow("Querétaro") << -100.39 << 20.59 << "22";
    }
    void identifyFindsTheStateUnderACity()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, code);
        const auto hits = m_states->featuresAt(webmercator::fromLonLat(lon, lat), 0.0);
        QCOMPARE(hits.size(), size_t(1));
        QCOMPARE(m_states->attribute(m_states->features[size_t(hits.front())], QStringLiteral("cve_ent")).toString(),
                 code);
    }

    void theSeaIsNoState()
    {
        QVERIFY(m_states->featuresAt(webmercator::fromLonLat(-110.0, 17.0), 0.0).empty());
    }
};

QTEST_GUILESS_MAIN(TestStatesLayer)
#include "tst_stateslayer.moc"
