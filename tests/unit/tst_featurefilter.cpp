// SPDX-License-Identifier: GPL-3.0-or-later
// Filters: all conditions hold together, and a missing value never passes a condition on its field.
#include "featurefilter.h"

#include <QTest>

#include <cmath>

using namespace atlas;

class TestFeatureFilter : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<VectorLayer> m_sites;

private Q_SLOTS:
    void initTestCase()
    {
        VectorLayerBuilder builder({{QStringLiteral("company"), Column::Type::Text},
                                    {QStringLiteral("status"), Column::Type::Text},
                                    {QStringLiteral("investment_usd"), Column::Type::Real}});
        const struct { const char *company, *status; double usd; } rows[] = {
            {"Foxconn", "operating", 26.5e6}, {"Foxconn", "announced", std::nan("")}, {"Pegatron", "building", 400e6},
            {"Wistron", nullptr, 1e9},        {"Pegatron", "operating", 100e6}};
        for (const auto &r : rows) {
            builder.beginFeature(-1);
            const QPointF p(0, 0);
            builder.addPart(GeometryKind::Point, std::span<const QPointF>(&p, 1));
            builder.setValue(0, QString::fromLatin1(r.company));
            builder.setValue(1, r.status ? QVariant(QString::fromLatin1(r.status)) : QVariant());
            builder.setNumber(2, r.usd);
            builder.endFeature();
        }
        m_sites = builder.finish();
    }

    void emptyFilterShowsAll()
    {
        const FeatureFilter none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.mask(*m_sites), (std::vector<uint8_t>{1, 1, 1, 1, 1}));
    }

    void companyAndStatusTogether()
    {
        FeatureFilter f;
        f.oneOf = {{QStringLiteral("company"), {QStringLiteral("Pegatron")}}, {QStringLiteral("status"), {QStringLiteral("operating")}}};
        QCOMPARE(f.mask(*m_sites), (std::vector<uint8_t>{0, 0, 0, 0, 1}));
    }

    void missingStatusDoesNotPass()
    {
        FeatureFilter f;
        f.oneOf = {{QStringLiteral("status"), {QStringLiteral("operating"), QStringLiteral("building")}}};
        QCOMPARE(f.mask(*m_sites), (std::vector<uint8_t>{1, 0, 1, 0, 1}));
    }

    void rangeIsInclusiveAndSkipsUnknownAmounts()
    {
        FeatureFilter f;
        f.ranges = {{QStringLiteral("investment_usd"), 100e6, 400e6}};
        QCOMPARE(f.mask(*m_sites), (std::vector<uint8_t>{0, 0, 1, 0, 1}));
        f.ranges = {{QStringLiteral("investment_usd"), std::nullopt, 50e6}};
        QCOMPARE(f.mask(*m_sites), (std::vector<uint8_t>{1, 0, 0, 0, 0}));
    }

    void unknownFieldHidesEverything()
    {
        FeatureFilter f;
        f.oneOf = {{QStringLiteral("no_such_field"), {QStringLiteral("x")}}};
        QCOMPARE(f.mask(*m_sites), (std::vector<uint8_t>{0, 0, 0, 0, 0}));
    }

    void jsonRoundTripKeepsConditionsThatMatter()
    {
        FeatureFilter f;
        f.oneOf = {{QStringLiteral("company"), {QStringLiteral("Foxconn"), QStringLiteral("Quanta")}},
                   {QStringLiteral("status"), {}}}; // no condition: not written
        f.ranges = {{QStringLiteral("investment_usd"), 1e8, std::nullopt}, {QStringLiteral("year"), std::nullopt, std::nullopt}};
        const QJsonObject json = featureFilterToJson(f);
        FeatureFilter back;
        QString error;
        QVERIFY2(featureFilterFromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.oneOf.size(), size_t(1));
        QCOMPARE(back.ranges.size(), size_t(1));
        QCOMPARE(back.mask(*m_sites), f.mask(*m_sites));
        QVERIFY(!back.ranges.front().max);
        QVERIFY(featureFilterFromJson({}, &back, &error));
        QVERIFY(back.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeatureFilter)
#include "tst_featurefilter.moc"
