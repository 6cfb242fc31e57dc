// SPDX-License-Identifier: GPL-3.0-or-later
// What the search box understands: names without accents, and coordinates as planners paste them.
#include "searchtext.h"

#include <QTest>

using namespace atlas;

class TestSearchText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folding()
    {
        QCOMPARE(foldedForSearch(QStringLiteral("Querétaro")), QStringLiteral("queretaro"));
        QCOMPARE(foldedForSearch(QStringLiteral("Ciudad JUÁREZ")), QStringLiteral("ciudad juarez"));
    }

    void coordinates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("web map copy") << "31.69, -106.42" << true << -106.42 << 31.69;
        QTest::newRow("space") << "25.67 -100.31" << true << -100.31 << 25.67;
        QTest::newRow("semicolon") << "20.59;-100.39" << true << -100.39 << 20.59;
        QTest::newRow("hemispheres") << "31.69° N, 106.42° W" << true << -106.42 << 31.69;
        QTest::newRow("oeste") << "20.67N 103.35O" << true << -103.35 << 20.67;
        QTest::newRow("southern") << "12.5 S, 77.0 W" << true << -77.0 << -12.5;
        QTest::newRow("longitude first") << "-106.42, 31.69" << true << -106.42 << 31.69;
        QTest::newRow("out of range") << "95, 200" << false << 0.0 << 0.0;
        QTest::newRow("hemisphere out of range") << "95 N, 10 W" << false << 0.0 << 0.0;
        QTest::newRow("a name") << "Monterrey" << false << 0.0 << 0.0;
        QTest::newRow("one number") << "31.69" << false << 0.0 << 0.0;
        QTest::newRow("three numbers") << "1, 2, 3" << false << 0.0 << 0.0;
    }
    void coordinates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, lon);
        QFETCH(double, lat);
        const std::optional<QPointF> parsed = parseCoordinate(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->x(), lon);
            QCOMPARE(parsed->y(), lat);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
