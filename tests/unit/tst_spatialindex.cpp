// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialindex.h"

#include <QTest>

#include <random>

using namespace atlas;

// The packed R-tree answers exactly what a scan of every box would, in data order.
class TestSpatialIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithABruteForceScan_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("a node") << 16;
        QTest::newRow("many") << 5000;
    }
    void agreesWithABruteForceScan()
    {
        QFETCH(int, count);
        std::mt19937 random(42);
        std::uniform_real_distribution<double> coordinate(-1000, 1000), size(0, 30);
        std::vector<QRectF> boxes;
        for (int i = 0; i < count; ++i) {
            // A third of them are points (zero-sized boxes), as point layers have.
            const QPointF corner(coordinate(random), coordinate(random));
            boxes.emplace_back(corner, i % 3 == 0 ? QSizeF(0, 0) : QSizeF(size(random), size(random)));
        }
        const SpatialIndex index(boxes);
        for (int q = 0; q < 200; ++q) {
            const QRectF query(QPointF(coordinate(random), coordinate(random)), QSizeF(size(random) * 8, size(random) * 8));
            std::vector<int> expected;
            for (int i = 0; i < count; ++i) {
                const QRectF &b = boxes[size_t(i)];
                if (b.right() >= query.left() && b.left() <= query.right() && b.bottom() >= query.top() &&
                    b.top() <= query.bottom())
                    expected.push_back(i);
            }
            std::vector<int> actual;
            index.query(query, actual);
            QCOMPARE(actual, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_spatialindex.moc"
