// SPDX-License-Identifier: GPL-3.0-or-later
// A hub's slide: framed on its metro (its points, its sites, a near port of entry), with a fact box of its sites,
// its state's indicators (with years; "no data" where none is sourced) and its nearest ports of entry.
#include "geodistance.h"
#include "hubdetails.h"
#include "hubslide.h"
#include "featurepainter.h"
#include "labelplacer.h"
#include "pointdisplacement.h"
#include "slidecomposer.h"

#include <QImage>
#include <QPainter>

#include <QTest>

using namespace atlas;

namespace {

bool contains(const LonLatBox &box, QPointF lonLat)
{
    return lonLat.x() >= box.west && lonLat.x() <= box.east && lonLat.y() >= box.south && lonLat.y() <= box.north;
}

QPointF lonLatOf(const MapLayer &layer, const QString &field, const QString &value)
{
    const VectorLayer &data = *layer.data;
    for (const Feature &f : data.features) {
        if (data.attribute(f, field).toString() == value && f.kind == GeometryKind::Point)
            return webmercator::toLonLat(data.points(f).front());
    }
    return {qQNaN(), qQNaN()};
}

// The labels a slide's map places, drawn on an image of the frame as the renderer's label pass draws them.
std::vector<PlacedLabel> labelsOf(const MapSettings &settings, QList<LayerError> &errors)
{
    QImage image((settings.camera.size * settings.devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio);
    QPainter painter(&image);
    return drawLabels(painter, settings, settings.camera.mercatorToScreen(), settings.camera.visibleMercatorBounds(),
                      errors);
}

} // namespace

class TestHubSlide : public QObject
{
    Q_OBJECT
private:
    DefaultMap m_map;
    std::vector<HubView> m_hubs;

    [[nodiscard]] HubView hub(const QString &name) const
    {
        for (const HubView &h : m_hubs) {
            if (h.name == name)
                return h;
        }
        return {};
    }

    [[nodiscard]] ExportRequest base() const
    {
        ExportRequest request;
        request.map.layers = m_map.layers;
        request.extent = m_map.homeExtent;
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_map = DefaultMap::load();
        QVERIFY(m_map.errors.isEmpty());
        m_hubs = hubViews(*m_map.layer(QLatin1StringView(DefaultMap::hubsLayerId)));
        QVERIFY(m_hubs.size() > 20);
    }

    void juarezFramesItsSitesAndItsBorderCrossing()
    {
        const HubView juarez = hub(QStringLiteral("Ciudad Juárez"));
        QVERIFY(juarez.featureIndex >= 0);
        const ExportRequest slide = hubSlide(m_map, juarez, base());
        QCOMPARE(slide.hub, juarez.name);
        QCOMPARE(slide.subtitle, QStringLiteral("Chihuahua"));
        const MapLayer &ports = *m_map.layer(QLatin1StringView(DefaultMap::portsLayerId));
        QVERIFY(contains(slide.extent, lonLatOf(ports, QStringLiteral("name"), QStringLiteral("El Paso"))));
        const MapLayer &hubs = *m_map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
        QVERIFY(contains(slide.extent, lonLatOf(hubs, QStringLiteral("name"), juarez.name)));
        // A metro, not a region: under 200 km across.
        const double km = geodesic::distanceMeters(slide.extent.west, slide.extent.south, slide.extent.east,
                                                   slide.extent.south) / 1000;
        QVERIFY2(km > 50 && km < 200, qPrintable(QString::number(km)));

        QCOMPARE(slide.factBox.sections.size(), size_t(3));
        const HubDetails details = hubDetails(m_map, juarez.featureIndex);
        const auto located = std::count_if(details.facilities.begin(), details.facilities.end(),
                                           [](const HubFacility &f) { return f.distanceKm >= 0; });
        const FactBox::Section &sites = slide.factBox.sections[0];
        QCOMPARE(qsizetype(sites.rows.size()), qsizetype(located));
        QVERIFY(located >= 8);
        for (const FactBox::Row &row : sites.rows) {
            QVERIFY(!row.label.isEmpty());
            QVERIFY2(row.noData ? row.value == QStringLiteral("no data") : row.value.startsWith(QStringLiteral("US$")),
                     qPrintable(row.value));
            QVERIFY(row.swatch.isValid()); // the map's symbol as the key
        }
        // Unlocated records of the state are counted, not drawn.
        if (located < qsizetype(details.facilities.size()))
            QVERIFY(sites.footnote.contains(QStringLiteral("without a location")));

        // Sites drawn at their town's point say so (the plant's location is not published).
        for (const HubFacility &f : details.facilities) {
            if (f.distanceKm < 0 || !isCoarseLocation(f.locationPrecision))
                continue;
            QVERIFY2(std::any_of(sites.rows.begin(), sites.rows.end(),
                                 [](const FactBox::Row &r) { return r.note.contains(QStringLiteral("town's point")); }),
                     qPrintable(f.id));
            QVERIFY(sites.footnote.contains(QStringLiteral("not published")));
        }

        // The state's risk figures: the population, each theme's indicator (the default here), cargo theft beside
        // crime; each with its year, or "no data" without one.
        const FactBox::Section &indicators = slide.factBox.sections[1];
        const auto themes = riskIndicators(*m_map.stateIndicators);
        const QStringList expected{QStringLiteral("population_conapo_2024"), themes[0].field,
                                   QStringLiteral("cargo_theft_rate_2023"), themes[1].field, themes[2].field,
                                   themes[3].field};
        QCOMPARE(qsizetype(indicators.rows.size()), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto indicator = std::find_if(details.indicators.begin(), details.indicators.end(),
                                                [&](const StateIndicator &d) { return d.field == expected[i]; });
            QVERIFY2(indicator != details.indicators.end(), qPrintable(expected[i]));
            const FactBox::Row &row = indicators.rows[size_t(i)];
            QCOMPARE(row.label, indicatorLabel(expected[i]));
            QCOMPARE(row.noData, indicator->value.isNull());
            QCOMPARE(row.note, indicator->value.isNull() ? QString() : indicator->year);
        }
        // Chihuahua has a sourced crime, cargo-theft, water and skilled-labour figure.
        for (const size_t i : {size_t(1), size_t(2), size_t(3), size_t(5)})
            QVERIFY2(!indicators.rows[i].noData, qPrintable(indicators.rows[i].label));
        QVERIFY(indicators.footnote.contains(QStringLiteral("Sources: ")));
        QVERIFY(indicators.footnote.contains(riskThemeCaveat(2))); // why electricity has no weight

        const FactBox::Section &nearest = slide.factBox.sections[2];
        QCOMPARE(nearest.rows.size(), size_t(3));
        QVERIFY(nearest.rows[0].label.startsWith(QStringLiteral("El Paso")));
        double previous = 0;
        for (const FactBox::Row &row : nearest.rows) {
            const double portKm = QString(row.value).remove(QStringLiteral(" km")).remove(QLatin1Char(',')).toDouble();
            QVERIFY(portKm >= previous);
            previous = portKm;
        }
    }

    // The source line credits what the slide shows: Juárez's hub point is INEGI's, the Bajío's come from GeoNames.
    void theSourceLineNamesOnlyTheSourcesShown()
    {
        const auto sourcesOf = [&](const QString &name) {
            const ExportRequest request = hubSlide(m_map, hub(name), base());
            return SlideComposer(request).shownSources().join(QStringLiteral(" | "));
        };
        const QString juarez = sourcesOf(QStringLiteral("Ciudad Juárez"));
        QVERIFY2(juarez.contains(QStringLiteral("INEGI AGEEML")), qPrintable(juarez));
        QVERIFY2(!juarez.contains(QStringLiteral("GeoNames")), qPrintable(juarez));
        QVERIFY2(juarez.contains(QStringLiteral("BTS")), qPrintable(juarez)); // its border crossings are on it
        const QString irapuato = sourcesOf(QStringLiteral("Irapuato"));
        QVERIFY2(irapuato.contains(QStringLiteral("GeoNames")), qPrintable(irapuato));
        QVERIFY2(!irapuato.contains(QStringLiteral("BTS")), qPrintable(irapuato)); // no crossing near the Bajío
    }

    void theSlideShowsTheIndicatorThePlannerChose()
    {
        RiskSettings risk;
        risk.indicators[1] = QStringLiteral("aquifers_deficit_pct_2023");
        const ExportRequest slide = hubSlide(m_map, hub(QStringLiteral("Monterrey")), base(), risk);
        const FactBox::Section &indicators = slide.factBox.sections[1];
        const auto has = [&](const char *field) {
            return std::any_of(indicators.rows.begin(), indicators.rows.end(), [&](const FactBox::Row &r) {
                return r.label == indicatorLabel(QString::fromLatin1(field));
            });
        };
        QVERIFY(has("aquifers_deficit_pct_2023"));
        QVERIFY(!has(qPrintable(riskIndicators(*m_map.stateIndicators)[1].field))); // the default water figure
    }

    void aMetroIsFramedButNotAFarMemberOfItsGroup()
    {
        // Monterrey frames Apodaca and General Escobedo (same metro); Hermosillo does not frame Nogales (~250 km).
        const ExportRequest monterrey = hubSlide(m_map, hub(QStringLiteral("Monterrey")), base());
        const MapLayer &hubs = *m_map.layer(QLatin1StringView(DefaultMap::hubsLayerId));
        QVERIFY(contains(monterrey.extent, lonLatOf(hubs, QStringLiteral("name"), QStringLiteral("Apodaca"))));
        QVERIFY(contains(monterrey.extent, lonLatOf(hubs, QStringLiteral("name"), QStringLiteral("General Escobedo"))));
        const HubView hermosillo = hub(QStringLiteral("Hermosillo"));
        QVERIFY(hermosillo.featureIndex >= 0);
        const ExportRequest slide = hubSlide(m_map, hermosillo, base());
        int others = 0;
        for (const Feature &f : hubs.data->features) {
            if (hubs.data->attribute(f, QStringLiteral("hub")).toString() != hermosillo.group ||
                hubs.data->attribute(f, QStringLiteral("name")).toString() == hermosillo.name)
                continue;
            QVERIFY(!contains(slide.extent, webmercator::toLonLat(hubs.data->points(f).front())));
            ++others;
        }
        QVERIFY(others > 0); // the group has a far member to leave out
    }

    void everyHubHasASlide()
    {
        const VectorLayer &hubs = *m_map.layer(QLatin1StringView(DefaultMap::hubsLayerId))->data;
        for (const HubView &h : m_hubs) {
            const ExportRequest slide = hubSlide(m_map, h, base());
            QVERIFY2(slide.extent.isValid(), qPrintable(h.name));
            QVERIFY2(!slide.factBox.isEmpty(), qPrintable(h.name));
            const QPointF point = webmercator::toLonLat(hubs.points(hubs.features[size_t(h.featureIndex)]).front());
            QVERIFY2(contains(slide.extent, point), qPrintable(h.name));
        }
    }

    // The legend band under the map holds every legend of the slide at the sizes a deck is made at (Celaya's once
    // spilled over the source line: the shorter frame brought a site, and the investment key, into view).
    void everyHubsLegendFitsItsBand()
    {
        for (const QSize pixels : {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
            for (const HubView &h : m_hubs) {
                ExportRequest request = base();
                request.pixels = pixels;
                request = hubSlide(m_map, h, request);
                const SlideComposer composer(request);
                const QRectF band = composer.legendBand();
                const QSizeF legend = composer.legendSizeInBand();
                const QByteArray what = (h.name + QStringLiteral(" at %1x%2").arg(pixels.width()).arg(pixels.height())).toUtf8();
                QVERIFY2(!band.isEmpty(), what.constData());
                QVERIFY2(legend.height() <= band.height() + 0.5, what.constData());
                QVERIFY2(legend.width() <= band.width() + 0.5, what.constData());
                QVERIFY2(band.bottom() <= request.pixels.height(), what.constData());
            }
        }
    }

    // A town is named once: Natural Earth's Irapuato lies 15 km from the hub's GeoNames point, and its León and
    // Querétaro are the hubs' "León (León de los Aldama)" and "Querétaro (Santiago de Querétaro)". No label is cut
    // by the frame's edge or hidden under the locator inset.
    void aTownIsNamedOnceAndNoLabelLeavesTheMap()
    {
        for (const QString &name : {QStringLiteral("Irapuato"), QStringLiteral("León (León de los Aldama)"),
                                    QStringLiteral("Querétaro (Santiago de Querétaro)"), QStringLiteral("Celaya")}) {
            ExportRequest request = base();
            request.pixels = QSize(1280, 720);
            request = hubSlide(m_map, hub(name), request);
            const SlideComposer composer(request);
            const MapSettings &settings = composer.mapSettings();
            QList<LayerError> errors;
            const std::vector<PlacedLabel> labels = labelsOf(settings, errors);
            QVERIFY(errors.isEmpty());
            const QRectF frame(QPointF(0, 0), settings.camera.size);
            QVERIFY(!settings.labelKeepOut.empty());
            const QString town = name.section(QLatin1Char(' '), 0, 0);
            int named = 0;
            for (const PlacedLabel &l : labels) {
                if (l.text != hub(name).state) // the state's own name, an area's label, may read the same
                    named += l.text == town || l.text.startsWith(town + QStringLiteral(" ("));
                QVERIFY2(frame.contains(l.box), qPrintable(name + QStringLiteral(": ") + l.text));
                for (const QRectF &furniture : settings.labelKeepOut)
                    QVERIFY2(!furniture.intersects(l.box), qPrintable(name + QStringLiteral(": ") + l.text));
            }
            QVERIFY2(named == 1, qPrintable(name + QStringLiteral(" named %1 times").arg(named)));
        }
    }

    // The two golden hub slides: no label overlaps another or any site symbol, and every Juárez site is drawn at a
    // place of its own (spread around the city point), none hidden under another.
    void labelsAndSitesStayApart_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QSize>("pixels");
        for (const QString &name : {QStringLiteral("Ciudad Juárez"), QStringLiteral("Monterrey")}) {
            QTest::newRow(qPrintable(name + QStringLiteral(" 1280x720"))) << name << QSize(1280, 720);
            QTest::newRow(qPrintable(name + QStringLiteral(" 3840x2160"))) << name << QSize(3840, 2160);
        }
    }
    void labelsAndSitesStayApart()
    {
        QFETCH(QString, hub);
        QFETCH(QSize, pixels);
        ExportRequest request = base();
        request.pixels = pixels;
        request = hubSlide(m_map, this->hub(hub), request);
        const SlideComposer composer(request);
        const MapSettings &settings = composer.mapSettings();
        QList<LayerError> errors;
        const QTransform toScreen = settings.camera.mercatorToScreen();
        const QRectF visible = settings.camera.visibleMercatorBounds();
        const std::vector<PlacedLabel> labels = labelsOf(settings, errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(labels.size() >= 5);
        for (size_t i = 0; i < labels.size(); ++i) {
            for (size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].box.intersects(labels[j].box),
                         qPrintable(labels[i].text + QStringLiteral(" / ") + labels[j].text));
        }

        const MapLayer *sites = nullptr;
        for (const MapLayer &layer : settings.layers) {
            if (layer.id == QLatin1String(DefaultMap::facilitiesLayerId))
                sites = &layer;
        }
        QVERIFY(sites && sites->style.displacement.enabled);
        const PointLayout layout = layoutLayerPoints(*sites, toScreen, drawOrder(*sites, visible, settings.camera.zoom));
        int drawn = 0;
        for (size_t i = 0; i < layout.symbols.size(); ++i) {
            const PlacedSymbol &a = layout.symbols[i];
            QVERIFY2(!layout.isHidden(a), "at hub scale every site is spread, none folded into a count");
            ++drawn;
            for (const PlacedLabel &label : labels) {
                const QPointF nearest(std::clamp(a.drawnAt.x(), label.box.left(), label.box.right()),
                                      std::clamp(a.drawnAt.y(), label.box.top(), label.box.bottom()));
                QVERIFY2(QLineF(nearest, a.drawnAt).length() >= a.diameter / 2 - 0.5, qPrintable(label.text));
            }
            for (size_t j = i + 1; j < layout.symbols.size(); ++j) {
                const PlacedSymbol &b = layout.symbols[j];
                if (a.group >= 0 && a.group == b.group) // spread members: each at its own place, not overlapping
                    QVERIFY(QLineF(a.drawnAt, b.drawnAt).length() >= (a.diameter + b.diameter) / 2 - 0.5);
            }
        }
        if (hub == QStringLiteral("Ciudad Juárez"))
            QVERIFY(drawn >= 8); // the eight sites on the city point, each drawn

        // Every spread site carries its company's name beside it, also where two sites share the name (two
        // Foxconn plants around Juárez's point are two sites, not a duplicate label).
        const int nameColumn = sites->data->fieldIndex(sites->style.labelField);
        QVERIFY(nameColumn >= 0);
        std::vector<bool> used(labels.size(), false);
        for (const PlacedSymbol &s : layout.symbols) {
            if (!layout.isDisplaced(s))
                continue;
            const QString name = sites->data->value(sites->data->features[size_t(s.feature)], nameColumn).toString();
            const double reach = s.diameter / 2 + 3 + 40 + 4; // the farthest candidate position labelplacer tries
            bool found = false;
            for (size_t i = 0; i < labels.size() && !found; ++i) {
                const QRectF &box = labels[i].box;
                const QPointF nearest(std::clamp(s.drawnAt.x(), box.left(), box.right()),
                                      std::clamp(s.drawnAt.y(), box.top(), box.bottom()));
                if (!used[i] && labels[i].text == name && QLineF(nearest, s.drawnAt).length() <= reach)
                    used[i] = found = true;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1: no label beside the spread site %2").arg(hub, name)));
        }
    }

    void amountsReadAsOnASlide()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatUsd(26.52e6, english), QStringLiteral("US$26.5 million"));
        QCOMPARE(formatUsd(241.2e6, english), QStringLiteral("US$241 million"));
        QCOMPARE(formatUsd(1e9, english), QStringLiteral("US$1 billion"));
        QCOMPARE(formatUsd(2.5e9, english), QStringLiteral("US$2.5 billion"));
        QCOMPARE(formatUsd(800e3, english), QStringLiteral("US$800,000"));
        // Spanish counts in millions ("billion" is a false friend there).
        QVERIFY(!formatUsd(1e9, QLocale(QLocale::Spanish, QLocale::Mexico)).contains(QStringLiteral("billion")));
    }
};

QTEST_MAIN(TestHubSlide)
#include "tst_hubslide.moc"
