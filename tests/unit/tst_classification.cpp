// SPDX-License-Identifier: GPL-3.0-or-later
#include "classification.h"

#include <QTest>

#include <cmath>

using namespace atlas;

namespace {
// Employment density of 58 California counties: the example data set of PySAL's mapclassify ("calemp"), with
// breaks published in mapclassify's README and in riatelab/statsbreaks' test suite (test/test-data.js,
// test/jenks.test.js, test/quantile.test.js).
const std::vector<double> calemp{
    329.92, 0.42,  5.9,    14.03, 2.78,   1.34,  181.27, 1.65,   10.03,  16.7,  1.32,  3.99,  3.16,   0.22, 8.7,
    6.56,   3.27,  0.33,   370.5, 4.51,   75.29, 0.99,   2.74,   8.68,   0.14,  0.92,  12.63, 28.7,   12.02, 722.85,
    36.68,  0.74,  29.82,  192.05, 3.38,  11.15, 110.74, 4111.45, 49.47, 10.33, 317.11, 20.47, 264.93, 66.26, 5.39,
    0.13,   0.61,  50.65,  40.48, 36.67,  13.09, 1.81,   0.2,    7.6,    2.51,  57.26, 24.32, 6.97};

void compareBreaks(const std::vector<double> &actual, const std::vector<double> &expected, double tolerance)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) <= tolerance,
                 qPrintable(QStringLiteral("break %1: %2, expected %3").arg(i).arg(actual[i]).arg(expected[i])));
}
} // namespace

class TestClassification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datasetIsComplete() { QCOMPARE(calemp.size(), size_t(58)); }

    void naturalBreaksMatchMapclassify()
    {
        const Classification c = Classification::compute(calemp, ClassificationMethod::NaturalBreaks, 5);
        compareBreaks(c.breaks, {0.13, 75.29, 192.05, 370.50, 722.85, 4111.45}, 1e-9);
        QCOMPARE(c.counts(calemp), (std::vector<int>{49, 3, 4, 1, 1}));
    }

    void equalIntervalMatchesMapclassify()
    {
        const Classification c = Classification::compute(calemp, ClassificationMethod::EqualInterval, 5);
        compareBreaks(c.breaks, {0.13, 822.394, 1644.658, 2466.922, 3289.186, 4111.45}, 1e-9);
        QCOMPARE(c.counts(calemp), (std::vector<int>{57, 0, 0, 0, 1}));
    }

    void quantilesMatchMapclassify()
    {
        const Classification c = Classification::compute(calemp, ClassificationMethod::Quantile, 5);
        compareBreaks(c.breaks, {0.13, 1.464, 5.798, 13.278, 54.616, 4111.45}, 1e-9);
        QCOMPARE(c.counts(calemp), (std::vector<int>{12, 11, 12, 11, 12}));
    }

    // Reference values from R: pretty(c(0, 97)), pretty(0:10), pretty(c(0, 1)), pretty(range(calemp)).
    void prettyBreaksMatchR()
    {
        compareBreaks(breaks::pretty(0, 97, 5), {0, 20, 40, 60, 80, 100}, 1e-12);
        compareBreaks(breaks::pretty(0, 10, 5), {0, 2, 4, 6, 8, 10}, 1e-12);
        compareBreaks(breaks::pretty(0, 1, 5), {0, 0.2, 0.4, 0.6, 0.8, 1.0}, 1e-12);
        compareBreaks(breaks::pretty(0.13, 4111.45, 5), {0, 1000, 2000, 3000, 4000, 5000}, 1e-9);
    }

    void valueOnABreakGoesToTheLowerClass()
    {
        Classification c;
        c.breaks = {0, 10, 20, 30};
        QCOMPARE(c.classOf(0), 0);   // the lowest value opens the first class
        QCOMPARE(c.classOf(10), 0);  // upper bounds are inclusive
        QCOMPARE(c.classOf(10.000001), 1);
        QCOMPARE(c.classOf(20), 1);
        QCOMPARE(c.classOf(30), 2);
        QCOMPARE(c.classOf(-0.1), -1); // outside the breaks: no class
        QCOMPARE(c.classOf(30.1), -1);
        QCOMPARE(c.classOf(std::nan("")), -1); // missing values are "no data", never zero
    }

    void missingValuesAreIgnoredNotZero()
    {
        std::vector<double> withGaps = calemp;
        withGaps.push_back(std::nan(""));
        withGaps.push_back(std::nan(""));
        const Classification c = Classification::compute(withGaps, ClassificationMethod::Quantile, 5);
        QCOMPARE(c.breaks.front(), 0.13);
        QCOMPARE(c.counts(withGaps), (std::vector<int>{12, 11, 12, 11, 12}));
    }

    void manualBreaksAreSortedAndDeduplicated()
    {
        const Classification c = Classification::compute({}, ClassificationMethod::Manual, 0, {50, 0, 10, 10, 100});
        compareBreaks(c.breaks, {0, 10, 50, 100}, 0);
        QCOMPARE(c.classCount(), 3);
    }

    void degenerateInputs()
    {
        QVERIFY(Classification::compute({}, ClassificationMethod::Quantile, 5).breaks.empty());
        const std::vector<double> same{7, 7, 7};
        const Classification c = Classification::compute(same, ClassificationMethod::NaturalBreaks, 5);
        QCOMPARE(c.classCount(), 1);
        QCOMPARE(c.classOf(7), 0);
        // Two values, five classes asked: two classes, [1, 1] and (1, 2].
        const std::vector<double> two{1, 2};
        const Classification pair = Classification::compute(two, ClassificationMethod::NaturalBreaks, 5);
        QCOMPARE(pair.classCount(), 2);
        QCOMPARE(pair.classOf(1), 0);
        QCOMPARE(pair.classOf(2), 1);
    }

    void naturalBreaksOnALargeSampleStayOrdered()
    {
        std::vector<double> many;
        for (int i = 0; i < 20000; ++i)
            many.push_back(std::pow(double(i % 997), 1.7) + (i % 3));
        const Classification c = Classification::compute(many, ClassificationMethod::NaturalBreaks, 7);
        QCOMPARE(c.classCount(), 7);
        QVERIFY(std::is_sorted(c.breaks.begin(), c.breaks.end()));
        int total = 0;
        for (const int n : c.counts(many))
            total += n;
        QCOMPARE(total, int(many.size())); // every value lands in a class, extremes included
    }

    void methodIdsRoundTrip()
    {
        for (const auto m : {ClassificationMethod::EqualInterval, ClassificationMethod::Quantile,
                             ClassificationMethod::NaturalBreaks, ClassificationMethod::Pretty,
                             ClassificationMethod::Manual}) {
            ClassificationMethod back{};
            QVERIFY(methodFromId(methodId(m), &back));
            QCOMPARE(back, m);
        }
        ClassificationMethod unused{};
        QVERIFY(!methodFromId(QStringLiteral("jenks-ish"), &unused));
    }
};

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
