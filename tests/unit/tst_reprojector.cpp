// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcamera.h"
#include "reprojector.h"

#include <QTest>

#include <vector>

using namespace atlas;

class TestReprojector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Independently computed: x = R·λ, y = R·ln(tan(π/4 + φ/2)) for R = 6378137 m at (-100°, 25°).
    void lonLatToWebMercator()
    {
        Reprojector toMercator(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
        QVERIFY2(toMercator.isValid(), qPrintable(toMercator.errorDetail()));
        std::vector<double> x{-100.0}, y{25.0};
        QVERIFY(toMercator.transform(x, y));
        QVERIFY(qAbs(x[0] - (-11131949.079327357)) < 1e-3);
        QVERIFY(qAbs(y[0] - 2875744.6243522423) < 1e-3);
        // The camera's own spherical formula agrees with PROJ.
        const QPointF own = webmercator::fromLonLat(-100.0, 25.0);
        QVERIFY(qAbs(own.x() - x[0]) < 1e-6 && qAbs(own.y() - y[0]) < 1e-6);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::newRow("Web Mercator") << QStringLiteral("EPSG:3857");
        QTest::newRow("INEGI Mexico ITRF2008 / LCC") << QStringLiteral("EPSG:6372");
        QTest::newRow("UTM 13N") << QStringLiteral("EPSG:32613");
    }
    void roundTrip()
    {
        QFETCH(QString, crs);
        Reprojector forward(QStringLiteral("EPSG:4326"), crs);
        Reprojector back(crs, QStringLiteral("EPSG:4326"));
        QVERIFY2(forward.isValid() && back.isValid(), qPrintable(forward.errorDetail() + back.errorDetail()));
        const std::vector<double> lon0{-106.42, -100.31, -103.35, -117.04, -86.85};
        const std::vector<double> lat0{31.69, 25.67, 20.67, 32.53, 21.16};
        std::vector<double> lon = lon0, lat = lat0;
        QVERIFY(forward.transform(lon, lat));
        QVERIFY(lon != lon0); // it really moved into projected metres
        QVERIFY(back.transform(lon, lat));
        for (size_t i = 0; i < lon0.size(); ++i) {
            QVERIFY2(qAbs(lon[i] - lon0[i]) < 1e-9 && qAbs(lat[i] - lat0[i]) < 1e-9,
                     qPrintable(QStringLiteral("point %1 drifted to %2, %3").arg(i).arg(lon[i]).arg(lat[i])));
        }
    }

    void unknownCrsIsReportedNotThrown()
    {
        Reprojector broken(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:999999"));
        QVERIFY(!broken.isValid());
        QVERIFY(!broken.errorDetail().isEmpty());
        std::vector<double> x{1}, y{2};
        QVERIFY(!broken.transform(x, y));
    }
};

QTEST_GUILESS_MAIN(TestReprojector)
#include "tst_reprojector.moc"
