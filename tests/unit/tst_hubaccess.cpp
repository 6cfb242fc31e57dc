// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultmap.h"
#include "geodistance.h"
#include "hubaccess.h"
#include "hubdetails.h"

#include <QTest>

using namespace atlas;

// Each hub's nearest US port of entry, computed from the embedded hubs and ports with PROJ geodesics.
class TestHubAccess : public QObject
{
    Q_OBJECT
private:
    DefaultMap m_map;
    std::vector<HubAccess> m_access;

    const HubAccess *hub(const QString &name) const
    {
        for (const HubAccess &a : m_access) {
            if (a.hubName == name)
                return &a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_map = DefaultMap::load();
        QVERIFY2(m_map.errors.isEmpty(), qPrintable(m_map.errors.value(0).detail));
        const MapLayer *hubs = m_map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
        const MapLayer *ports = m_map.layer(QLatin1StringView(DefaultMap::portsLayerId));
        QVERIFY(hubs && ports);
        m_access = nearestPorts(*hubs->data, *ports->data);
        QCOMPARE(m_access.size(), hubs->data->features.size()); // every hub has a location and a port
    }

    void borderCitiesFaceTheirOwnPort_data()
    {
        QTest::addColumn<QString>("hubName");
        QTest::addColumn<QStringList>("ports");
        QTest::addColumn<double>("maxKm");
        QTest::newRow("Ciudad Juárez") << "Ciudad Juárez" << QStringList{"El Paso"} << 5.0;
        QTest::newRow("Nuevo Laredo") << "Nuevo Laredo" << QStringList{"Laredo"} << 5.0;
        QTest::newRow("Tijuana") << "Tijuana" << QStringList{"San Ysidro", "Cross Border Xpress", "Otay Mesa"} << 15.0;
    }
    void borderCitiesFaceTheirOwnPort()
    {
        QFETCH(QString, hubName);
        QFETCH(QStringList, ports);
        QFETCH(double, maxKm);
        const HubAccess *a = hub(hubName);
        QVERIFY2(a, qPrintable(hubName));
        QVERIFY2(ports.contains(a->portName), qPrintable(a->portName));
        QVERIFY(a->distanceKm < maxKm);
    }

    void nearestReallyIsTheMinimum()
    {
        const MapLayer *hubs = m_map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
        const MapLayer *ports = m_map.layer(QLatin1StringView(DefaultMap::portsLayerId));
        for (size_t h = 0; h < m_access.size(); ++h) {
            const QPointF hubLonLat = webmercator::toLonLat(hubs->data->points(hubs->data->features[h]).front());
            for (const Feature &port : ports->data->features) {
                const QPointF p = webmercator::toLonLat(ports->data->points(port).front());
                const double km = geodesic::distanceMeters(hubLonLat.x(), hubLonLat.y(), p.x(), p.y()) / 1000.0;
                QVERIFY2(km >= m_access[h].distanceKm - 1e-9, qPrintable(m_access[h].hubName));
            }
        }
    }

    void interiorHubsAreFarFromTheBorder()
    {
        const HubAccess *guadalajara = nullptr;
        for (const HubAccess &a : m_access) {
            if (a.hubName.startsWith(QStringLiteral("Guadalajara")))
                guadalajara = &a;
        }
        QVERIFY(guadalajara);
        QVERIFY(guadalajara->distanceKm > 700); // Guadalajara is far inland: the border is a long truck ride away
    }

    void indicatorsHaveReadableLabels()
    {
        QVERIFY(indicatorLabel(QStringLiteral("homicide_rate_2024_prelim")).contains(QStringLiteral("100,000")));
        QVERIFY(indicatorLabel(QStringLiteral("wri_aqueduct30_bws_score_2019")).contains(QStringLiteral("0–5")));
        QCOMPARE(indicatorLabel(QStringLiteral("some_new_column")), QStringLiteral("some_new_column"));
        // Every indicator the hub details list has a label, not a raw column name.
        const DefaultMap map = DefaultMap::load();
        const HubDetails details = hubDetails(map, 0);
        QVERIFY(!details.indicators.empty());
        for (const StateIndicator &i : details.indicators)
            QVERIFY2(i.label != i.field, qPrintable(i.field));
    }
};

QTEST_GUILESS_MAIN(TestHubAccess)
#include "tst_hubaccess.moc"
