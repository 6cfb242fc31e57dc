// SPDX-License-Identifier: GPL-3.0-or-later
#include "geodistance.h"

#include <QTest>

using namespace atlas;

class TestGeodesic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // On WGS 84 one degree of longitude along the equator is a·π/180 = 111 319.490 793 m exactly, and one degree of
    // latitude from the equator is the meridian arc 110 574.389 m (Karney's GeographicLib reference values).
    void ellipsoidReferenceDistances()
    {
        QVERIFY(qAbs(geodesic::distanceMeters(0, 0, 1, 0) - 111319.49079327357) < 1e-6);
        QVERIFY(qAbs(geodesic::distanceMeters(0, 0, 0, 1) - 110574.38855779878) < 1e-3);
    }

    void azimuthPointsTheWay()
    {
        QVERIFY(qAbs(geodesic::inverse(-100, 25, -100, 26).azimuthDegrees - 0) < 1e-9);  // due north
        QVERIFY(qAbs(geodesic::inverse(-100, 0, -99, 0).azimuthDegrees - 90) < 1e-9);   // due east on the equator
    }

    void symmetricAndZero()
    {
        const double there = geodesic::distanceMeters(-106.42, 31.69, -100.31, 25.67);
        const double back = geodesic::distanceMeters(-100.31, 25.67, -106.42, 31.69);
        QVERIFY(qAbs(there - back) < 1e-6);
        QCOMPARE(geodesic::distanceMeters(-103.35, 20.67, -103.35, 20.67), 0.0);
        // Ciudad Juárez to Monterrey is about 900 km as the crow flies (896 km on a 6371 km sphere).
        QVERIFY(there > 880e3 && there < 910e3);
    }
};

QTEST_GUILESS_MAIN(TestGeodesic)
#include "tst_geodesic.moc"
