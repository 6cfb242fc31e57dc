// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedgeodata.h"
#include "mapcamera.h"
#include "vectorlayer.h"
#include "gdalsetup.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace atlas;
using namespace Qt::StringLiterals;

// The embedded point and indicator layers (built by geodata/tools/build-points.py), read through GDAL exactly as
// the app reads them: points lie in the state they claim, ids are unique, and every number carries a year and a source.
class TestGeodata : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const VectorLayer> m_states;
    std::shared_ptr<const VectorLayer> m_hubs;
    std::shared_ptr<const VectorLayer> m_facilities;
    std::shared_ptr<const VectorLayer> m_indicators;
    std::shared_ptr<const VectorLayer> m_ports;
    std::shared_ptr<const VectorLayer> m_usStates;

    static std::shared_ptr<const VectorLayer> load(const QString &file, const VectorLoadOptions &options = {})
    {
        const VectorLoadResult result = loadVectorLayer(embedded::path(file), options);
        if (result.error)
            qWarning("%s: %s\n%s", qPrintable(file), qPrintable(result.error.message),
                     qPrintable(result.error.detail));
        return result.layer;
    }

    static bool isEmpty(const QVariant &value)
    {
        return value.isNull() || !value.isValid() || value.toString().trimmed().isEmpty();
    }

    /** True when the state with code `cve` contains `p`, or a point 5 km away from it in one of 8 directions. */
    bool inState(QPointF p, const QString &cve) const
    {
        const auto hits = [&](QPointF q) {
            for (const int index : m_states->featuresAt(q, 0)) {
                if (m_states->attribute(m_states->features.at(size_t(index)), QStringLiteral("cve_ent")).toString()
                    == cve)
                    return true;
            }
            return false;
        };
        if (hits(p))
            return true;
        // Coastal and border cities: their reference point may fall just outside the 1:10m outline. Web Mercator
        // stretches distances by 1/cos(latitude), so 5 km on the ground is 5 km / cos(lat) in map metres.
        const double lat = webmercator::toLonLat(p).y();
        const double step = 5000.0 / std::cos(lat * std::numbers::pi / 180.0);
        const double diagonal = step / std::sqrt(2.0);
        const QPointF offsets[] = {{step, 0},          {-step, 0},         {0, step},           {0, -step},
                                   {diagonal, diagonal}, {diagonal, -diagonal}, {-diagonal, diagonal}, {-diagonal, -diagonal}};
        for (const QPointF &offset : offsets) {
            if (hits(p + offset))
                return true;
        }
        return false;
    }

    QStringList pointsOutsideTheirState(const VectorLayer &layer, const QString &nameField, int *checked) const
    {
        QStringList failures;
        for (const Feature &f : layer.features) {
            if (f.kind == GeometryKind::None)
                continue; // rows without coordinates (null geometry) claim no place on the map
            const QString id = layer.attribute(f, QStringLiteral("id")).toString();
            const QString name = layer.attribute(f, nameField).toString();
            const QString cve = layer.attribute(f, QStringLiteral("cve_ent")).toString();
            const QString state = layer.attribute(f, QStringLiteral("state")).toString();
            if (f.kind != GeometryKind::Point || layer.points(f).size() != 1) {
                failures.append(QStringLiteral("%1 (%2): not a single point").arg(id, name));
                continue;
            }
            ++*checked;
            if (!inState(layer.points(f).front(), cve))
                failures.append(QStringLiteral("%1 (%2) claims %3 [%4] but lies outside it")
                                    .arg(id, name, state, cve));
        }
        return failures;
    }

    /** Web Mercator metres for `meters` on the ground at latitude `lat` (the projection stretches by 1/cos(lat)). */
    static double mercatorMeters(double meters, double lat)
    {
        return meters / std::cos(lat * std::numbers::pi / 180.0);
    }

    /** True when `p` or a point `meters` away from it in one of 8 directions satisfies `hit`. */
    template<typename Hit>
    static bool nearby(QPointF p, double meters, Hit hit)
    {
        if (hit(p))
            return true;
        const double step = mercatorMeters(meters, webmercator::toLonLat(p).y());
        const double diagonal = step / std::sqrt(2.0);
        const QPointF offsets[] = {{step, 0},          {-step, 0},         {0, step},           {0, -step},
                                   {diagonal, diagonal}, {diagonal, -diagonal}, {-diagonal, diagonal}, {-diagonal, -diagonal}};
        for (const QPointF &offset : offsets) {
            if (hit(p + offset))
                return true;
        }
        return false;
    }

    bool inMexico(QPointF p) const { return !m_states->featuresAt(p, 0.0).empty(); }

    static QStringList duplicateIds(const VectorLayer &layer, const QString &field)
    {
        QSet<QString> seen;
        QStringList duplicates;
        for (const Feature &f : layer.features) {
            const QString id = layer.attribute(f, field).toString();
            if (id.isEmpty() || seen.contains(id))
                duplicates.append(id.isEmpty() ? QStringLiteral("(empty)") : id);
            seen.insert(id);
        }
        return duplicates;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_states = load(QStringLiteral("mx_states.geojson"));
        m_hubs = load(QStringLiteral("hubs.geojson"));
        m_facilities = load(QStringLiteral("facilities.geojson"));
        // A CSV without geometry declares no CRS; the loader needs one to be named, though none is used.
        VectorLoadOptions table{{}, QStringLiteral("EPSG:4326")};
        table.tableOnly = true; // attributes only, by design
        m_indicators = load(QStringLiteral("state_indicators.csv"), table);
        m_ports = load(QStringLiteral("ports_of_entry.geojson"));
        m_usStates = load(QStringLiteral("context/us_states.geojson"));
        QVERIFY(m_states && m_hubs && m_facilities && m_indicators && m_ports && m_usStates);
        QCOMPARE(m_states->features.size(), size_t(32));
    }

    void layersHaveTheirRows()
    {
        QCOMPARE(m_hubs->features.size(), size_t(25));
        QCOMPARE(m_facilities->features.size(), size_t(41)); // 32 fact-base rows + 9 of facilities_supplement.csv
        QCOMPARE(m_indicators->features.size(), size_t(32));
        for (const Feature &f : m_hubs->features)
            QCOMPARE(f.kind, GeometryKind::Point);
        for (const QString &field : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("hub"),
                                     QStringLiteral("cve_ent"), QStringLiteral("coord_source"),
                                     QStringLiteral("population_year"), QStringLiteral("population_source")})
            QVERIFY2(m_hubs->fieldNames.contains(field), qPrintable(field));
        for (const QString &field : {QStringLiteral("investment_usd"), QStringLiteral("investment_year"),
                                     QStringLiteral("source_url"), QStringLiteral("status"),
                                     QStringLiteral("announced_or_built"), QStringLiteral("verification_status"),
                                     QStringLiteral("location_precision"), QStringLiteral("location_source"),
                                     QStringLiteral("location_note"), QStringLiteral("coord_precision")})
            QVERIFY2(m_facilities->fieldNames.contains(field), qPrintable(field));
        QCOMPARE(m_ports->features.size(), size_t(26));
        for (const Feature &f : m_ports->features) {
            QCOMPARE(f.kind, GeometryKind::Point);
            QCOMPARE(m_ports->points(f).size(), size_t(1));
        }
        for (const QString &field : {QStringLiteral("id"), QStringLiteral("port_code"), QStringLiteral("name"),
                                     QStringLiteral("us_state"), QStringLiteral("border"),
                                     QStringLiteral("coord_source"), QStringLiteral("coord_year"),
                                     QStringLiteral("notes")})
            QVERIFY2(m_ports->fieldNames.contains(field), qPrintable(field));
    }

    // The context basemap (geodata/context, from tools/build-context.py): each file loads with its features, the
    // fields the map draws with, and its source and licence on every feature.
    void contextLayersLoadWithTheirSource_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("railways") << QStringLiteral("context/railways.geojson") << 313
                                  << QStringLiteral("Natural Earth 1:10m railroads") << QStringList{u"scalerank"_s};
        QTest::newRow("sea ports") << QStringLiteral("context/sea_ports.geojson") << 48
                                   << QStringLiteral("Natural Earth 1:10m ports")
                                   << QStringList{u"name"_s, u"scalerank"_s};
        QTest::newRow("airports") << QStringLiteral("context/airports.geojson") << 86
                                  << QStringLiteral("Natural Earth 1:10m airports")
                                  << QStringList{u"name"_s, u"iata_code"_s, u"scalerank"_s};
        QTest::newRow("places") << QStringLiteral("context/places.geojson") << 471
                                << QStringLiteral("Natural Earth 1:10m populated places")
                                << QStringList{u"name"_s, u"min_zoom"_s, u"labelrank"_s, u"scalerank"_s,
                                               u"pop_max"_s, u"pop_max_note"_s};
        QTest::newRow("urban areas") << QStringLiteral("context/urban_areas.geojson") << 115
                                     << QStringLiteral("Natural Earth 1:50m urban areas") << QStringList{u"min_zoom"_s};
        QTest::newRow("rivers") << QStringLiteral("context/rivers.geojson") << 700
                                << QStringLiteral("Natural Earth 1:10m rivers")
                                << QStringList{u"name"_s, u"min_zoom"_s, u"min_label"_s};
        QTest::newRow("lakes") << QStringLiteral("context/lakes.geojson") << 136
                               << QStringLiteral("Natural Earth 1:10m lakes")
                               << QStringList{u"name"_s, u"min_zoom"_s, u"min_label"_s};
    }
    void contextLayersLoadWithTheirSource()
    {
        QFETCH(QString, file);
        QFETCH(int, features);
        QFETCH(QString, source);
        QFETCH(QStringList, fields);
        const auto layer = load(file);
        QVERIFY(layer);
        QCOMPARE(layer->features.size(), size_t(features));
        for (const QString &field : fields)
            QVERIFY2(layer->fieldNames.contains(field), qPrintable(field));
        for (const Feature &f : layer->features) {
            const QString text = layer->attribute(f, QStringLiteral("geom_source")).toString();
            QVERIFY2(text.startsWith(source) && text.contains(QLatin1String("public domain")), qPrintable(text));
        }
        if (fields.contains(QLatin1String("pop_max"))) { // an estimate, and said to be one on every feature
            for (const Feature &f : layer->features)
                QVERIFY(layer->attribute(f, QStringLiteral("pop_max_note")).toString().contains(QLatin1String("estimate")));
        }
    }

    void stateCodesAreTwoCharacterStrings()
    {
        // The leading zero must survive GDAL's type detection ("08", not 8).
        const auto check = [](const VectorLayer &layer, bool required) {
            QStringList bad;
            for (const Feature &f : layer.features) {
                const QVariant v = layer.attribute(f, QStringLiteral("cve_ent"));
                if (isEmpty(v) && !required)
                    continue;
                const QString s = v.toString();
                bool ok = false;
                const int code = s.toInt(&ok);
                if (v.typeId() != QMetaType::QString || s.size() != 2 || !ok || code < 1 || code > 32)
                    bad.append(layer.name + QLatin1Char(':') + s);
            }
            return bad;
        };
        const QStringList bad = check(*m_hubs, true) + check(*m_facilities, false) + check(*m_indicators, true);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
    }

    void pointsLieInTheStateTheyClaim()
    {
        int checked = 0;
        const QStringList failures = pointsOutsideTheirState(*m_hubs, QStringLiteral("name"), &checked)
                                     + pointsOutsideTheirState(*m_facilities, QStringLiteral("company"), &checked);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
        QVERIFY(checked > 21); // all hubs and the located facilities were actually tested
    }

    // Where each site is (geodata/README.md, Facilities): location_precision is plant, industrial_park, municipality or
    // state, null only for a row whose sources name neither a place nor a state. A plant or park position was moved
    // from the town point to where a source puts the establishment: it cites that source and is not a city point.
    void facilitiesSayHowPreciseTheirPlaceIs()
    {
        const QStringList valid{u"plant"_s, u"industrial_park"_s, u"municipality"_s, u"state"_s};
        QStringList bad;
        int moved = 0;
        for (const Feature &f : m_facilities->features) {
            const QString id = m_facilities->attribute(f, u"id"_s).toString();
            const QVariant precisionValue = m_facilities->attribute(f, u"location_precision"_s);
            const QString precision = precisionValue.toString();
            const bool located = f.kind != GeometryKind::None;
            const bool hasState = !isEmpty(m_facilities->attribute(f, u"cve_ent"_s));
            if (isEmpty(precisionValue)) {
                if (located || hasState)
                    bad.append(id + u": no location_precision although it has a point or a state"_s);
                continue;
            }
            if (!valid.contains(precision)) {
                bad.append(id + u": location_precision "_s + precision);
                continue;
            }
            const QString coordPrecision = m_facilities->attribute(f, u"coord_precision"_s).toString();
            if (precision == u"plant"_s || precision == u"industrial_park"_s) {
                ++moved;
                if (!located)
                    bad.append(id + u": "_s + precision + u" without a point"_s);
                if (isEmpty(m_facilities->attribute(f, u"location_source"_s)))
                    bad.append(id + u": moved to its "_s + precision + u" but no location_source"_s);
                if (coordPrecision != u"establishment"_s)
                    bad.append(id + u": "_s + precision + u" position with coord_precision "_s + coordPrecision);
            } else if (precision == u"municipality"_s && located && coordPrecision != u"city"_s) {
                bad.append(id + u": municipality-level point with coord_precision "_s + coordPrecision);
            } else if (precision == u"state"_s && located) {
                bad.append(id + u": state-level site with a point"_s);
            }
            if (located && (isEmpty(m_facilities->attribute(f, u"coord_source"_s))
                            || isEmpty(m_facilities->attribute(f, u"coord_year"_s))))
                bad.append(id + u": point without coord_source or coord_year"_s);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"\n"_s)));
        QVERIFY(moved > 0); // some sites were placed at their plant or park
    }

    void idsAreUnique()
    {
        QStringList dup = duplicateIds(*m_hubs, QStringLiteral("id"));
        QVERIFY2(dup.isEmpty(), qPrintable(QStringLiteral("hubs: ") + dup.join(QStringLiteral(", "))));
        dup = duplicateIds(*m_facilities, QStringLiteral("id"));
        QVERIFY2(dup.isEmpty(), qPrintable(QStringLiteral("facilities: ") + dup.join(QStringLiteral(", "))));
        dup = duplicateIds(*m_indicators, QStringLiteral("cve_ent"));
        QVERIFY2(dup.isEmpty(), qPrintable(QStringLiteral("state_indicators: ") + dup.join(QStringLiteral(", "))));
        dup = duplicateIds(*m_ports, QStringLiteral("id")) + duplicateIds(*m_ports, QStringLiteral("port_code"));
        QVERIFY2(dup.isEmpty(), qPrintable(QStringLiteral("ports_of_entry: ") + dup.join(QStringLiteral(", "))));
    }

    void portsHaveRangeSourceAndYear()
    {
        QStringList bad;
        QSet<QString> names;
        QHash<QString, QString> portAtPoint; // rounded lon/lat -> id: two ports on one point means a copying error
        for (const Feature &f : m_ports->features) {
            const QString id = m_ports->attribute(f, QStringLiteral("id")).toString();
            const QString code = m_ports->attribute(f, QStringLiteral("port_code")).toString();
            names.insert(m_ports->attribute(f, QStringLiteral("name")).toString());
            if (id != QStringLiteral("P") + code)
                bad.append(QStringLiteral("%1: id does not match port_code %2").arg(id, code));
            if (m_ports->attribute(f, QStringLiteral("border")).toString() != QStringLiteral("US-Mexico"))
                bad.append(id + QStringLiteral(": border is not US-Mexico"));
            const QPointF ll = webmercator::toLonLat(m_ports->points(f).front());
            if (ll.y() < 25.0 || ll.y() > 33.5 || ll.x() < -118.0 || ll.x() > -97.0)
                bad.append(QStringLiteral("%1: lon/lat %2,%3 outside lat 25..33.5 / lon -118..-97")
                               .arg(id).arg(ll.x(), 0, 'f', 6).arg(ll.y(), 0, 'f', 6));
            const QString key = QString::number(ll.x(), 'f', 5) + QLatin1Char(',') + QString::number(ll.y(), 'f', 5);
            if (portAtPoint.contains(key))
                bad.append(QStringLiteral("%1: same point as %2").arg(id, portAtPoint.value(key)));
            portAtPoint.insert(key, id);
            if (isEmpty(m_ports->attribute(f, QStringLiteral("coord_source"))))
                bad.append(id + QStringLiteral(": no coord_source"));
            bool ok = false;
            const int year = m_ports->attribute(f, QStringLiteral("coord_year")).toInt(&ok);
            if (!ok || year < 1990 || year > 2100)
                bad.append(id + QStringLiteral(": no coord_year"));
        }
        for (const char *name : {"San Ysidro", "Otay Mesa", "Calexico East", "Nogales", "Santa Teresa", "El Paso",
                                 "Presidio", "Del Rio", "Eagle Pass", "Laredo", "Hidalgo", "Brownsville"}) {
            if (!names.contains(QString::fromLatin1(name)))
                bad.append(QStringLiteral("missing port ") + QString::fromLatin1(name));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("\n"))));
    }

    void portsLieOnTheUsSide()
    {
        // A port inside Mexico means swapped or wrong coordinates. mx_states is Natural Earth 1:10m, whose border
        // along the Rio Grande and in Sonora departs from the true line by up to about 1.8 km at the BTS points
        // (measured when the layer was added): 9 of the 26 ports, all on the US bank, fall just inside the outline.
        // So a port fails only when it lies more than 3 km inside Mexico; the ones within that margin are listed.
        constexpr double borderMarginMeters = 3000.0;
        QStringList failures, nearBorder;
        for (const Feature &f : m_ports->features) {
            const QString id = m_ports->attribute(f, QStringLiteral("id")).toString();
            const QString name = m_ports->attribute(f, QStringLiteral("name")).toString();
            const QPointF p = m_ports->points(f).front();
            if (!inMexico(p))
                continue;
            nearBorder.append(QStringLiteral("%1 (%2)").arg(id, name));
            if (!nearby(p, borderMarginMeters, [this](QPointF q) { return !inMexico(q); }))
                failures.append(QStringLiteral("%1 (%2) lies more than 3 km inside Mexico").arg(id, name));
        }
        if (!nearBorder.isEmpty())
            qInfo("ports inside the 1:10m Mexico outline but within 3 km of its edge: %s",
                  qPrintable(nearBorder.join(QStringLiteral(", "))));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    void portsLieInTheirUsState()
    {
        // The named US state (context layer, US Census 2017 via us-atlas) contains the port or a point 3 km from it.
        QStringList failures;
        for (const Feature &f : m_ports->features) {
            const QString id = m_ports->attribute(f, QStringLiteral("id")).toString();
            const QString state = m_ports->attribute(f, QStringLiteral("us_state")).toString();
            const auto inState = [&](QPointF q) {
                for (const int index : m_usStates->featuresAt(q, 0.0)) {
                    if (m_usStates->attribute(m_usStates->features.at(size_t(index)), QStringLiteral("name")).toString()
                        == state)
                        return true;
                }
                return false;
            };
            if (!nearby(m_ports->points(f).front(), 3000.0, inState))
                failures.append(QStringLiteral("%1 claims %2 but lies more than 3 km outside it").arg(id, state));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    // Every boundary polygon of the embedded data is valid for GEOS (through GDAL), as the conversion promises.
    void boundariesAreValidGeometries_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"mx_states.geojson", "context/us_states.geojson", "context/countries.geojson",
                              "context/land.geojson"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void boundariesAreValidGeometries()
    {
        QFETCH(QString, file);
        ensureGdalReady();
        GDALDatasetUniquePtr dataset(GDALDataset::Open(embedded::path(file).toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(dataset);
        QStringList invalid;
        int count = 0;
        for (const auto &feature : *dataset->GetLayer(0)) {
            ++count;
            const OGRGeometry *g = feature->GetGeometryRef();
            if (!g || !g->IsValid())
                invalid.append(QString::number(feature->GetFID()));
        }
        QVERIFY(count > 0);
        QVERIFY2(invalid.isEmpty(), qPrintable(QStringLiteral("invalid features: ") + invalid.join(QStringLiteral(", "))));
    }

    void everyNumberHasAYearAndASource()
    {
        QStringList missing;
        // Facilities: an investment amount names its year and the page it comes from.
        int amounts = 0;
        for (const Feature &f : m_facilities->features) {
            if (isEmpty(m_facilities->attribute(f, QStringLiteral("investment_usd"))))
                continue;
            ++amounts;
            if (isEmpty(m_facilities->attribute(f, QStringLiteral("investment_year")))
                || isEmpty(m_facilities->attribute(f, QStringLiteral("source_url"))))
                missing.append(QStringLiteral("facilities %1 investment_usd")
                                   .arg(m_facilities->attribute(f, QStringLiteral("id")).toString()));
        }
        QVERIFY(amounts > 0);

        // State indicators: every value column <v> is followed by <v>_year and <v>_source.
        QStringList valueColumns;
        for (const QString &field : m_indicators->fieldNames) {
            if (field.endsWith(QStringLiteral("_year")) || field.endsWith(QStringLiteral("_source")))
                continue;
            if (m_indicators->fieldNames.contains(field + QStringLiteral("_year"))
                && m_indicators->fieldNames.contains(field + QStringLiteral("_source")))
                valueColumns.append(field);
        }
        QVERIFY2(valueColumns.contains(QStringLiteral("population_2020")), qPrintable(valueColumns.join(u',')));
        QVERIFY(valueColumns.size() >= 8);
        int values = 0;
        for (const Feature &f : m_indicators->features) {
            const QString cve = m_indicators->attribute(f, QStringLiteral("cve_ent")).toString();
            for (const QString &column : std::as_const(valueColumns)) {
                const QVariant v = m_indicators->attribute(f, column);
                if (isEmpty(v))
                    continue;
                ++values;
                bool numeric = false;
                v.toString().toDouble(&numeric);
                if (!numeric)
                    missing.append(QStringLiteral("state_indicators %1 %2 is not a number").arg(cve, column));
                if (isEmpty(m_indicators->attribute(f, column + QStringLiteral("_year")))
                    || isEmpty(m_indicators->attribute(f, column + QStringLiteral("_source"))))
                    missing.append(QStringLiteral("state_indicators %1 %2").arg(cve, column));
            }
        }
        QVERIFY(values >= 32); // at least the census population of every state
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestGeodata)
#include "tst_geodata.moc"
