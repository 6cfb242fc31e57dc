// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcamera.h"

#include <QTest>

using namespace atlas;

class TestMapCamera : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void centreIsInTheMiddle()
    {
        MapCamera camera{-102.5, 23.6, 5.25, 0, QSizeF(1920, 1080)};
        const QPointF p = camera.lonLatToScreen(-102.5, 23.6);
        QCOMPARE_LT(std::abs(p.x() - 960), 1e-9);
        QCOMPARE_LT(std::abs(p.y() - 540), 1e-9);
    }

    // Published Web Mercator tile arithmetic: at zoom z the world is 256 * 2^z pixels wide, so one degree of
    // longitude at zoom 0 is 256/360 px, and the slippy-map tile x of a longitude is floor((lon+180)/360 * 2^z).
    void scaleMatchesTheTileGrid()
    {
        MapCamera camera{0, 0, 0, 0, QSizeF(256, 256)};
        const QPointF east = camera.lonLatToScreen(90, 0);
        QVERIFY(qAbs(east.x() - (128 + 64)) < 1e-9);
        camera.zoom = 3;
        const QPointF p = camera.lonLatToScreen(-106.42, 31.69); // Ciudad Juárez
        const double worldX = p.x() - 128 + 256 * 8 / 2.0;    // pixel x in the whole zoom-3 world
        QCOMPARE(int(worldX / 256), 1);                         // tile x 1 of 0..7 at zoom 3
        const double worldY = p.y() - 128 + 256 * 8 / 2.0;
        QCOMPARE(int(worldY / 256), 3);                         // tile y 3 at zoom 3 (northern mid latitudes)
    }

    void bearingTurnsTheMap()
    {
        // Bearing 90: the camera faces east, so a place east of the centre appears above it.
        MapCamera camera{-100, 25, 6, 90, QSizeF(800, 600)};
        const QPointF east = camera.lonLatToScreen(-99, 25);
        QVERIFY(east.y() < 300 - 40); // one degree of longitude is 45.5 px at zoom 6
        QVERIFY(qAbs(east.x() - 400) < 1e-6);
    }

    void roundTripThroughTheScreen_data()
    {
        QTest::addColumn<double>("bearing");
        QTest::newRow("north up") << 0.0;
        QTest::newRow("rotated") << 33.3;
    }
    void roundTripThroughTheScreen()
    {
        QFETCH(double, bearing);
        MapCamera camera{-103.35, 20.67, 8.4, bearing, QSizeF(1366, 768)};
        const QPointF lonLat = camera.screenToLonLat(camera.lonLatToScreen(-100.31, 25.67));
        QVERIFY(qAbs(lonLat.x() + 100.31) < 1e-9);
        QVERIFY(qAbs(lonLat.y() - 25.67) < 1e-9);
    }

    void fittingShowsTheWholeBox()
    {
        const LonLatBox mexico{-118.4, 14.5, -86.7, 32.7};
        const MapCamera camera = MapCamera::fitting(mexico, QSizeF(1920, 1080), 20);
        const QPointF sw = camera.lonLatToScreen(mexico.west, mexico.south);
        const QPointF ne = camera.lonLatToScreen(mexico.east, mexico.north);
        QVERIFY(sw.x() >= 20 - 1e-6 && ne.x() <= 1900 + 1e-6);
        QVERIFY(ne.y() >= 20 - 1e-6 && sw.y() <= 1060 + 1e-6);
        // ...and as large as possible: one of the two axes touches its margins.
        const bool widthBound = qAbs(sw.x() - 20) < 1e-6 && qAbs(ne.x() - 1900) < 1e-6;
        const bool heightBound = qAbs(ne.y() - 20) < 1e-6 && qAbs(sw.y() - 1060) < 1e-6;
        QVERIFY(widthBound || heightBound);
    }

    void visibleBoundsCoverTheViewport()
    {
        MapCamera camera{-102, 23, 5, 30, QSizeF(1000, 500)};
        const QRectF bounds = camera.visibleMercatorBounds();
        for (const QPointF corner : {QPointF(0, 0), QPointF(1000, 0), QPointF(0, 500), QPointF(1000, 500)}) {
            const QPointF m = camera.mercatorToScreen().inverted().map(corner);
            QVERIFY(bounds.adjusted(-1e-3, -1e-3, 1e-3, 1e-3).contains(m));
        }
    }
};

QTEST_GUILESS_MAIN(TestMapCamera)
#include "tst_mapcamera.moc"
