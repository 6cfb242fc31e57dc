// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "attributejoin.h"

#include <QTest>

using namespace atlas;

// An attribute table joined onto the states, by state code or by name, with what did not match counted.
class TestJoin : public QObject
{
    Q_OBJECT
private:
    // A table without geometry, as an attribute-only GeoPackage or CSV opens: (key, value) rows.
    static std::shared_ptr<VectorLayer> table(const QString &keyName, Column::Type keyType,
                                              const std::vector<std::pair<QVariant, double>> &rows)
    {
        VectorLayerBuilder builder({{keyName, keyType}, {QStringLiteral("valor"), Column::Type::Real}});
        qint64 fid = 0;
        for (const auto &[key, value] : rows) {
            builder.beginFeature(++fid);
            builder.setValue(0, key);
            builder.setNumber(1, value);
            builder.endFeature();
        }
        return builder.finish();
    }

    static const Feature *stateWithCode(const VectorLayer &layer, const QString &code)
    {
        for (const Feature &f : layer.features) {
            if (layer.attribute(f, QStringLiteral("cve_ent")).toString() == code)
                return &f;
        }
        return nullptr;
    }

private Q_SLOTS:
    void keysCompareAsPlannersMeanThem()
    {
        QCOMPARE(joinKey(QStringLiteral("09")), joinKey(9));
        QCOMPARE(joinKey(QStringLiteral(" 9.0 ")), joinKey(QStringLiteral("09")));
        QCOMPARE(joinKey(QStringLiteral("Querétaro ")), joinKey(QStringLiteral("QUERETARO")));
        QCOMPARE(joinKey(QStringLiteral("Nuevo  León")), joinKey(QStringLiteral("nuevo leon")));
        QVERIFY(joinKey(QVariant()).isEmpty());
        QVERIFY(joinKey(QStringLiteral("01")) != joinKey(QStringLiteral("10")));
    }

    void joinByStateCodeCountsWhatDidNotMatch()
    {
        AtlasDocument document(DefaultMap::load());
        MapLayer rows{QStringLiteral("user:indicadores.gpkg"), QStringLiteral("indicadores"),
                      table(QStringLiteral("CVE_ENT"), Column::Type::Text,
                            {{QStringLiteral("01"), 1.5}, {QStringLiteral("9"), 2.0}, {QStringLiteral("99"), 7.0},
                             {QStringLiteral("01"), 3.0}, {QVariant(), 4.0}}),
                      {}, true};
        rows.source = QStringLiteral("/data/indicadores.gpkg");
        const QString tableId = document.add(rows);
        const int before = int(document.layers().size());

        QString id;
        const AttributeJoin join = document.joinToStates(tableId, QStringLiteral("CVE_ENT"), AtlasDocument::JoinBy::StateCode, &id);
        QVERIFY2(!join.error, qPrintable(join.error.message));
        QCOMPARE(join.matchedFeatures, 2);
        QCOMPARE(join.unmatchedRows, 1);
        QCOMPARE(join.unmatchedKeys, QStringList{QStringLiteral("99")});
        QCOMPARE(join.duplicateRows, 1); // the second "01": the first row wins

        QCOMPARE(int(document.layers().size()), before + 1);
        const MapLayer *joined = document.layer(id);
        QVERIFY(joined && joined->data);
        const MapLayer *states = findRole(document.layers(), LayerRole::States);
        QCOMPARE(document.indexOf(id), document.indexOf(states->id) + 1); // just above the states
        QCOMPARE(joined->data->features.size(), states->data->features.size()); // every state, with its geometry
        const int valor = joined->data->fieldIndex(QStringLiteral("valor"));
        QVERIFY(valor >= 0);
        QCOMPARE(joined->data->number(*stateWithCode(*joined->data, QStringLiteral("01")), valor), 1.5);
        QCOMPARE(joined->data->number(*stateWithCode(*joined->data, QStringLiteral("09")), valor), 2.0);
        QVERIFY(std::isnan(joined->data->number(*stateWithCode(*joined->data, QStringLiteral("19")), valor)));
        QCOMPARE(stateWithCode(*joined->data, QStringLiteral("19"))->kind, GeometryKind::Polygon);
        QCOMPARE(joined->data->extent, states->data->extent);

        // Not stored in projects yet: a save must not write a layer it cannot open again.
        const Project project = document.capture(QDir::temp());
        for (const ProjectLayer &l : project.layers)
            QVERIFY(!l.id.startsWith(QLatin1String("join:")) && l.title != joined->title);
    }

    void joinByStateNameMatchesOfficialOrShortNames()
    {
        AtlasDocument document(DefaultMap::load());
        MapLayer rows{QStringLiteral("user:names.csv"), QStringLiteral("names"),
                      table(QStringLiteral("estado"), Column::Type::Text,
                            {{QStringLiteral("QUERETARO"), 10}, {QStringLiteral("Nuevo León"), 20},
                             {QStringLiteral("Coahuila"), 30}, {QStringLiteral("Atlantis"), 40}}),
                      {}, true};
        rows.source = QStringLiteral("/data/names.csv");
        const QString tableId = document.add(rows);
        QString id;
        const AttributeJoin join = document.joinToStates(tableId, QStringLiteral("estado"), AtlasDocument::JoinBy::StateName, &id);
        QVERIFY2(!join.error, qPrintable(join.error.message));
        QCOMPARE(join.matchedFeatures, 3);
        QCOMPARE(join.unmatchedKeys, QStringList{QStringLiteral("Atlantis")});
        const VectorLayer &data = *document.layer(id)->data;
        QCOMPARE(data.number(*stateWithCode(data, QStringLiteral("22")), data.fieldIndex(QStringLiteral("valor"))), 10.0);
        QCOMPARE(data.number(*stateWithCode(data, QStringLiteral("05")), data.fieldIndex(QStringLiteral("valor"))), 30.0);
    }

    void unknownColumnIsAnError()
    {
        AtlasDocument document(DefaultMap::load());
        MapLayer rows{QStringLiteral("user:t.csv"), QStringLiteral("t"),
                      table(QStringLiteral("k"), Column::Type::Text, {{QStringLiteral("01"), 1}}), {}, true};
        rows.source = QStringLiteral("/data/t.csv");
        const QString tableId = document.add(rows);
        const int before = int(document.layers().size());
        QString id;
        const AttributeJoin join = document.joinToStates(tableId, QStringLiteral("nope"), AtlasDocument::JoinBy::StateCode, &id);
        QVERIFY(join.error);
        QVERIFY(join.error.message.contains(QStringLiteral("nope")));
        QCOMPARE(int(document.layers().size()), before);
    }
};

QTEST_MAIN(TestJoin)
#include "tst_join.moc"
