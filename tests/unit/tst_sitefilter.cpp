// SPDX-License-Identifier: GPL-3.0-or-later
// The attribute table's site filters: what the controls' texts mean as a layer filter, and the layer's filter
// read back into the controls' form (a project opened, a company the data no longer has).
#include "atlassession.h"
#include "sitefilter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace atlas;

class TestSiteFilter : public QObject
{
    Q_OBJECT
private:
    AtlasSession *m_session = nullptr;

    [[nodiscard]] int shown() const
    {
        return m_session->featureCounts(QStringLiteral("facilities")).value(QStringLiteral("shown")).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_session = new AtlasSession(this);
        QVERIFY(m_session->errors().isEmpty());
    }

    void amountsInMillions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("usd"); // -1: no bound
        QTest::newRow("empty") << QString() << -1.0;
        QTest::newRow("blank") << QStringLiteral("  ") << -1.0;
        QTest::newRow("whole") << QStringLiteral("200") << 200e6;
        QTest::newRow("fraction") << QStringLiteral("0.5") << 0.5e6;
        QTest::newRow("thousands") << QStringLiteral("1,200.5") << 1200.5e6;
        QTest::newRow("negative") << QStringLiteral("-3") << -1.0;
        QTest::newRow("words") << QStringLiteral("lots") << -1.0;
        QTest::newRow("infinite") << QStringLiteral("1e400") << -1.0;
    }
    void amountsInMillions()
    {
        QFETCH(QString, text);
        QFETCH(double, usd);
        const std::optional<double> read = SiteFilter::millionsToUsd(text);
        if (usd < 0)
            QVERIFY(!read);
        else
            QCOMPARE(read.value_or(-1), usd);
    }

    void controlsMakeTheLayerFilter()
    {
        QVERIFY(SiteFilter::filterFor({}, {}, {}, {}).isEmpty());
        const FeatureFilter f = SiteFilter::filterFor(QStringLiteral("Foxconn"), QStringLiteral("operating"),
                                                      QStringLiteral("100"), QString());
        QCOMPARE(f.oneOf.size(), size_t(2));
        QCOMPARE(f.oneOf[0].field, SiteFilter::companyField);
        QCOMPARE(f.oneOf[0].values, QStringList{QStringLiteral("Foxconn")});
        QCOMPARE(f.oneOf[1].values, QStringList{QStringLiteral("operating")});
        QCOMPARE(f.ranges.size(), size_t(1));
        QCOMPARE(f.ranges[0].min.value_or(-1), 100e6);
        QVERIFY(!f.ranges[0].max);
        // An unreadable bound is no bound, not a zero.
        QVERIFY(SiteFilter::filterFor({}, {}, QStringLiteral("abc"), QString()).isEmpty());
    }

    void appliedFilterComesBackIntoTheControls()
    {
        SiteFilter filter;
        filter.setSession(m_session);
        filter.setLayerId(QStringLiteral("facilities"));
        QVERIFY(filter.isApplicable());
        const int all = shown();
        const QStringList companies = filter.companies();
        QVERIFY(companies.size() > 3);
        QVERIFY(std::is_sorted(companies.begin(), companies.end(),
                               [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; }));

        filter.apply(companies.first(), QString(), QStringLiteral("1.5"), QStringLiteral("2,000"));
        QCOMPARE(filter.company(), companies.first());
        QCOMPARE(filter.status(), QString());
        QCOMPARE(filter.minimum(), QStringLiteral("1.5"));
        QCOMPARE(filter.maximum(), QStringLiteral("2000"));
        QVERIFY(shown() < all);

        // Another control of the same layer reads the layer's filter: one filter, wherever it is shown.
        SiteFilter other;
        other.setSession(m_session);
        QCOMPARE(other.company(), companies.first());
        QCOMPARE(other.minimum(), QStringLiteral("1.5"));

        // A change elsewhere on the map leaves the controls alone; a document replaced refreshes them.
        QSignalSpy shownChanged(&other, &SiteFilter::shownChanged);
        const int states = m_session->layerIndex(QStringLiteral("mx_states"));
        QVERIFY(m_session->setLayerVisible(states, !m_session->layers()[size_t(states)].visible));
        QCOMPARE(shownChanged.size(), 0);
        QVERIFY(m_session->setLayerVisible(states, !m_session->layers()[size_t(states)].visible));
        m_session->document().setFilter(QStringLiteral("facilities"),
                                        SiteFilter::filterFor(companies.last(), {}, {}, {}));
        m_session->documentReplaced(); // as a project being opened does
        QCOMPARE(other.company(), companies.last());
        QCOMPARE(other.minimum(), QString());

        filter.clear();
        QCOMPARE(shown(), all);
        QCOMPARE(filter.company(), QString());
        QCOMPARE(filter.minimum(), QString());
        other.reload();
        QCOMPARE(other.company(), QString());
    }

    void aCompanyTheDataLacksIsNamed()
    {
        SiteFilter filter;
        filter.setSession(m_session);
        const QString gone = QStringLiteral("Nonexistent Assembly Co");
        m_session->setLayerFilter(QStringLiteral("facilities"),
                                  QVariantMap{{QStringLiteral("oneOf"),
                                               QVariantList{QVariantMap{{QStringLiteral("field"), SiteFilter::companyField},
                                                                        {QStringLiteral("values"), QStringList{gone}}}}}});
        filter.reload();
        QCOMPARE(filter.company(), gone);
        QCOMPARE(filter.companies().last(), gone);
        QCOMPARE(shown(), 0);
        filter.clear();
        QVERIFY(!filter.companies().contains(gone));
    }

    void otherLayersHaveNoSiteFilters()
    {
        SiteFilter filter;
        filter.setSession(m_session);
        filter.setLayerId(QStringLiteral("hubs"));
        QVERIFY(!filter.isApplicable());
        filter.apply(QStringLiteral("x"), {}, {}, {});
        QVERIFY(m_session->layerFilter(QStringLiteral("hubs")).isEmpty());
        filter.setLayerId(QStringLiteral("no such layer"));
        QVERIFY(!filter.isApplicable());
        QVERIFY(filter.companies().isEmpty());
    }
};

QTEST_MAIN(TestSiteFilter)
#include "tst_sitefilter.moc"
