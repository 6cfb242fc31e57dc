// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointdisplacement.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace atlas;

namespace {

// Eight sites on one city point (Ciudad Juárez), of mixed sizes and companies, plus one far away.
std::vector<PointSymbol> juarez()
{
    const QPointF city(400, 300);
    std::vector<PointSymbol> s = {
        {0, city, 18, QStringLiteral("Foxconn"), 241.2},   {1, city, 6, QStringLiteral("Foxconn"), NAN},
        {2, city, 5, QStringLiteral("Wistron"), 16.8},     {3, city, 6, QStringLiteral("Wistron"), NAN},
        {4, city, 6, QStringLiteral("Wistron"), NAN},      {5, city, 6, QStringLiteral("Pegatron"), NAN},
        {6, city, 16, QStringLiteral("Inventec"), 200.0},  {7, city + QPointF(2, 1), 6, QStringLiteral("Compal"), NAN},
        {8, QPointF(40, 40), 10, QStringLiteral("Quanta"), 130.0},
    };
    return s;
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

void verifyNoOverlap(const PointLayout &layout, double gap)
{
    for (size_t i = 0; i < layout.symbols.size(); ++i) {
        for (size_t j = i + 1; j < layout.symbols.size(); ++j) {
            const PlacedSymbol &a = layout.symbols[i], &b = layout.symbols[j];
            if (!layout.isDisplaced(a) || !layout.isDisplaced(b))
                continue;
            QVERIFY2(distance(a.drawnAt, b.drawnAt) >= (a.diameter + b.diameter) / 2 + gap - 1e-6,
                     qPrintable(QStringLiteral("features %1 and %2 overlap").arg(a.feature).arg(b.feature)));
        }
    }
}

} // namespace

class TestPointDisplacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMemberOfAGroupGetsItsOwnPlace()
    {
        const PointLayout layout = displacePoints(juarez(), {});
        QCOMPARE(layout.groups.size(), size_t(1));
        const PointGroup &group = layout.groups.front();
        QCOMPARE(group.members.size(), size_t(8));
        QVERIFY(!group.collapsed);
        for (const int m : group.members) {
            const PlacedSymbol &s = layout.symbols[size_t(m)];
            QVERIFY(layout.isDisplaced(s));
            // Off the true place, which stays visible (the centre mark), and within the group's reach.
            QVERIFY(distance(s.drawnAt, group.centre) > s.diameter / 2);
            QVERIFY(distance(s.drawnAt, group.centre) + s.diameter / 2 <= group.outerRadius + 1e-6);
        }
        // The far site is alone, at its true place.
        QCOMPARE(layout.symbols[8].group, -1);
        QCOMPARE(layout.symbols[8].drawnAt, QPointF(40, 40));
        verifyNoOverlap(layout, DisplacementRules{}.gapPx);
    }

    void crowdedGroupsUseConcentricRingsWithoutOverlap()
    {
        std::vector<PointSymbol> many;
        for (int i = 0; i < 30; ++i)
            many.push_back({i, QPointF(500, 500) + QPointF(i % 3, i % 2), double(5 + (i * 7) % 20),
                            QStringLiteral("C%1").arg(i % 4), double(i)});
        const PointLayout layout = displacePoints(many, {});
        QCOMPARE(layout.groups.size(), size_t(1));
        verifyNoOverlap(layout, DisplacementRules{}.gapPx);
        // More than one ring: the members do not all stand at one distance from the centre.
        double nearest = 1e9, farthest = 0;
        for (const PlacedSymbol &s : layout.symbols) {
            nearest = std::min(nearest, distance(s.drawnAt, layout.groups[0].centre));
            farthest = std::max(farthest, distance(s.drawnAt, layout.groups[0].centre));
        }
        QVERIFY(farthest > nearest * 1.5);
    }

    void orderIsStableAndIndependentOfTheInput()
    {
        const std::vector<PointSymbol> input = juarez();
        const PointLayout first = displacePoints(input, {});
        // Company first, then the figure, larger first (no figure last), then the feature.
        std::vector<int> order;
        for (const int m : first.groups[0].members)
            order.push_back(first.symbols[size_t(m)].feature);
        QCOMPARE(order, (std::vector<int>{7, 0, 1, 6, 5, 2, 3, 4}));

        std::vector<PointSymbol> shuffled = input;
        std::mt19937 random(14);
        for (int round = 0; round < 5; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            const PointLayout again = displacePoints(shuffled, {});
            for (const PlacedSymbol &s : again.symbols) {
                const auto same = std::find_if(first.symbols.begin(), first.symbols.end(),
                                               [&](const PlacedSymbol &f) { return f.feature == s.feature; });
                QVERIFY(distance(same->drawnAt, s.drawnAt) < 1e-9);
            }
        }
    }

    void groupsFormByScreenDistanceNotByIdenticalCoordinates()
    {
        // 5 px apart: one group at a 6 px tolerance; 7 px apart: two symbols alone.
        const std::vector<PointSymbol> close = {{0, QPointF(0, 0), 6, {}, 1}, {1, QPointF(5, 0), 6, {}, 2}};
        QCOMPARE(displacePoints(close, {}).groups.size(), size_t(1));
        const std::vector<PointSymbol> apart = {{0, QPointF(0, 0), 6, {}, 1}, {1, QPointF(7, 0), 6, {}, 2}};
        QCOMPARE(displacePoints(apart, {}).groups.size(), size_t(0));
    }

    // Reynosa's Compal plant stands alone on the town's point, under the hub's marker: it moves aside with a
    // leader, as a group's members do; a site elsewhere stays, and where no ring fits it stays too (no "1").
    void aSymbolAloneOnAnotherLayersSymbolMovesAside()
    {
        DisplacementRules rules;
        rules.occupied = {QPointF(100, 100)};
        const std::vector<PointSymbol> sites = {{0, QPointF(101, 100), 6, {}, 1}, {1, QPointF(200, 100), 6, {}, 2}};
        PointLayout layout = displacePoints(sites, rules);
        QCOMPARE(layout.groups.size(), size_t(1));
        QVERIFY(layout.isDisplaced(layout.symbols[0]));
        const QPointF moved = layout.symbols[0].drawnAt - QPointF(100, 100);
        QVERIFY(std::hypot(moved.x(), moved.y()) >= 10); // clear of a hub marker's radius
        QCOMPARE(layout.symbols[1].drawnAt, QPointF(200, 100));
        QCOMPARE(layout.symbols[1].group, -1);
        rules.maxOuterRadiusPx = 5;
        layout = displacePoints(sites, rules);
        QVERIFY(layout.groups.empty());
        QCOMPARE(layout.symbols[0].drawnAt, QPointF(101, 100));
    }

    // Two collapsed groups a few pixels apart (Juárez's city point and its plants with an address, at country
    // scale) show one count of them all, not one badge half under the other; groups far apart keep their own.
    void countsThatWouldOverlapBecomeOne()
    {
        DisplacementRules rules;
        rules.maxOuterRadiusPx = 5;
        std::vector<PointSymbol> sites;
        for (int i = 0; i < 7; ++i)
            sites.push_back({i, QPointF(100, 100), 6, {}, double(i)});
        for (int i = 7; i < 10; ++i)
            sites.push_back({i, QPointF(110, 104), 6, {}, double(i)});
        for (int i = 10; i < 12; ++i)
            sites.push_back({i, QPointF(300, 100), 6, {}, double(i)});
        const PointLayout layout = displacePoints(sites, rules);
        QCOMPARE(layout.groups.size(), size_t(2));
        QCOMPARE(layout.groups[0].members.size(), size_t(10));
        QCOMPARE(layout.groups[1].members.size(), size_t(2));
        for (size_t g = 0; g < layout.groups.size(); ++g) {
            QVERIFY(layout.groups[g].collapsed);
            for (const int m : layout.groups[g].members)
                QCOMPARE(layout.symbols[size_t(m)].group, int(g));
        }
    }

    void aRingThatDoesNotFitCollapsesIntoACount()
    {
        DisplacementRules rules;
        rules.maxOuterRadiusPx = 10; // country scale: the ring would stand far from the place it stands for
        const PointLayout layout = displacePoints(juarez(), rules);
        QCOMPARE(layout.groups.size(), size_t(1));
        QVERIFY(layout.groups[0].collapsed);
        QVERIFY(layout.groups[0].countDiameter > 0);
        for (const int m : layout.groups[0].members) {
            QVERIFY(layout.isHidden(layout.symbols[size_t(m)]));
            QCOMPARE(layout.symbols[size_t(m)].drawnAt, layout.symbols[size_t(m)].truePlace);
        }
        QVERIFY(!layout.isHidden(layout.symbols[8]));
    }
};

QTEST_GUILESS_MAIN(TestPointDisplacement)
#include "tst_pointdisplacement.moc"
