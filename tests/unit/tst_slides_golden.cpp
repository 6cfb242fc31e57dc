// SPDX-License-Identifier: GPL-3.0-or-later
// The default map's slide and two hub slides of the shipped data, the hub slides drawn by the hub deck (as
// `export --all-hubs` and the window's deck do), against their reviewed images in tests/data/golden. ATLAS_UPDATE_GOLDEN=1 rewrites them (review them before
// committing): ATLAS_UPDATE_GOLDEN=1 ./atlas test -R tst_slides_golden
#include "atlasdocument.h"
#include "imagecompare.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using atlas::test::differingPixels;
using atlas::test::matchesGolden;

namespace {

// Channel difference forgiven per pixel, and a neighbour within one pixel may match instead: glyphs antialiased a
// little differently (another FreeType) pass. A missing layer, a wrong colour or a line of small text moved by a few
// pixels changes well over a hundred pixels (comparisonCatchesRealChanges shows it), several times what is allowed.
constexpr int channelTolerance = 24;
constexpr int neighbourRadius = 1;
constexpr int allowedPixels = 40;

} // namespace

class TestSlidesGolden : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<AtlasDocument> m_document;

    // The deck's slide of one hub at 960x540, from `document` (the shipped one unless a test changed a copy).
    QImage slide(const AtlasDocument &document, const QString &hubName, const QString &subtitlePrefix = {})
    {
        SlideOptions options;
        options.pixels = QSize(960, 540);
        ExportRequest base = document.exportRequest(options, QStringLiteral("en"));
        base.date = QDate(2025, 6, 2); // the source line's date, which would otherwise change every day
        if (hubName.isEmpty()) { // the default map, as the export panel and `export` make it
            base.title = QStringLiteral("AI-server factory sites in Mexico");
            base.path = m_dir.filePath(QStringLiteral("default-map.png"));
            if (const UserError error = exportMap(base)) {
                qWarning("export failed: %s (%s)", qPrintable(error.message), qPrintable(error.detail));
                return {};
            }
            return QImage(base.path).convertToFormat(QImage::Format_ARGB32);
        }
        const std::optional<HubView> hub = document.findHub(hubName);
        if (!hub)
            return {};
        if (!subtitlePrefix.isEmpty()) { // as the deck words it, moved along by the prefix
            const bool city = hub->group == hub->name;
            base.subtitle = subtitlePrefix + (city ? hub->state : QStringLiteral("%1 · %2").arg(hub->group, hub->state));
        }
        const QString test = QString::fromLatin1(QTest::currentTestFunction());
        const QString dir = m_dir.filePath(test + QLatin1Char('-') + fileSlug(hubName));
        const DeckResult deck = exportHubDeck(document.shipped(), base, {}, {*hub}, dir, {});
        if (deck.error || deck.files.size() != 2) {
            qWarning("deck failed: %s (%s)", qPrintable(deck.error.message), qPrintable(deck.error.detail));
            return {};
        }
        return QImage(deck.files.front()).convertToFormat(QImage::Format_ARGB32);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_document.emplace(DefaultMap::load());
        QVERIFY(m_document->shipped().errors.isEmpty());
    }

    void matchesTheGoldenSlide_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("golden");
        QTest::newRow("default map") << QString() << QStringLiteral("slide-default-map");
        QTest::newRow("Ciudad Juárez") << QStringLiteral("Ciudad Juárez") << QStringLiteral("slide-ciudad-juarez");
        QTest::newRow("Monterrey") << QStringLiteral("Monterrey") << QStringLiteral("slide-monterrey");
    }

    void matchesTheGoldenSlide()
    {
        QFETCH(QString, hub);
        QFETCH(QString, golden);
        const QImage actual = slide(*m_document, hub);
        QCOMPARE(actual.size(), QSize(960, 540));
        QVERIFY(matchesGolden(actual, QStringLiteral(ATLAS_GOLDEN_DIR), golden, channelTolerance, allowedPixels,
                              neighbourRadius));
        if (qEnvironmentVariableIntValue("ATLAS_UPDATE_GOLDEN"))
            QSKIP("golden image rewritten");
    }

    // The tolerance is no blindfold: a hidden layer, a layer in another colour and a line of text moved by two
    // spaces each differ from the slide in at least twice the pixels matchesTheGoldenSlide allows.
    void comparisonCatchesRealChanges()
    {
        const QImage reference = slide(*m_document, QStringLiteral("Monterrey"));
        QVERIFY(!reference.isNull());
        QCOMPARE(differingPixels(slide(*m_document, QStringLiteral("Monterrey")), reference, channelTolerance, nullptr,
                                 neighbourRadius),
                 0);

        AtlasDocument withoutHubs = *m_document;
        QVERIFY(withoutHubs.setVisible(QString::fromLatin1(DefaultMap::hubsLayerId), false));
        AtlasDocument recoloured = *m_document;
        LayerStyle sites = m_document->layer(QString::fromLatin1(DefaultMap::facilitiesLayerId))->style;
        sites.fill = QColor(0x2c, 0x7f, 0xb8);
        // The sites' colours come from their company (colourBy): recolour those too.
        for (Category &company : sites.colourBy.categories)
            company.colour = QColor(0x2c, 0x7f, 0xb8);
        sites.otherColour = QColor(0x2c, 0x7f, 0xb8);
        QVERIFY(recoloured.setStyle(QString::fromLatin1(DefaultMap::facilitiesLayerId), sites));
        const QImage changed[] = {slide(withoutHubs, QStringLiteral("Monterrey")),
                                  slide(recoloured, QStringLiteral("Monterrey")),
                                  slide(*m_document, QStringLiteral("Monterrey"), QStringLiteral("  "))};
        const char *what[] = {"hubs hidden", "sites recoloured", "subtitle moved"};
        for (int i = 0; i < 3; ++i) {
            const int different = differingPixels(changed[i], reference, channelTolerance, nullptr, neighbourRadius);
            qInfo("%s: %d pixels differ", what[i], different);
            QVERIFY2(different > 2 * allowedPixels, what[i]);
        }
    }
};

QTEST_MAIN(TestSlidesGolden)
#include "tst_slides_golden.moc"
