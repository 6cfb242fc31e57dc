// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "attributejoin.h"
#include "projectjson.h"
#include "projectmap.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QTemporaryDir>
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

        // A project stores the join by its table's stored id and makes it again on opening, at the same place.
        const Project project = document.capture(QDir::temp());
        const auto storedJoin = std::find_if(project.layers.begin(), project.layers.end(),
                                             [](const ProjectLayer &l) { return l.isJoin(); });
        QVERIFY(storedJoin != project.layers.end());
        QCOMPARE(storedJoin->joinField, QStringLiteral("CVE_ENT"));
        QVERIFY(!storedJoin->joinByName);
        QVERIFY(storedJoin->source.isEmpty());
        const auto storedTable = std::find_if(project.layers.begin(), project.layers.end(),
                                              [&](const ProjectLayer &l) { return l.id == storedJoin->joinTable; });
        QVERIFY(storedTable != project.layers.end() && storedTable->source.endsWith(QLatin1String("indicadores.gpkg")));
        QString problem;
        std::optional<Project> reread = Project{};
        QVERIFY2(projectFromJson(projectToJson(project), &*reread, &problem), qPrintable(problem));
        QCOMPARE(*reread, project);

        // Opening: the table's file does not exist here, so the join waits for it and says why; with the table
        // there (as buildProjectMap opens it), the join is made again just above the states.
        ProjectMap opened = buildProjectMap(*reread, document.builtinLayers(), QDir::temp(), {});
        const auto waiting = std::find_if(opened.unavailable.begin(), opened.unavailable.end(),
                                          [](const UnavailableLayer &u) { return u.stored.isJoin(); });
        QVERIFY(waiting != opened.unavailable.end());
        QVERIFY(waiting->message.contains(QStringLiteral("table")));
    }

    // The join made again from a project whose table opens: the same rows joined, above the states, restyled.
    void aSavedJoinIsMadeAgain()
    {
        QTemporaryDir dir;
        { // an attribute-only GeoPackage, as a planner's indicator table comes
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(driver->Create(dir.filePath(QStringLiteral("indicadores.gpkg")).toUtf8().constData(),
                                                   0, 0, 0, GDT_Unknown, nullptr));
            OGRLayer *rows = ds->CreateLayer("indicadores", nullptr, wkbNone, nullptr);
            OGRFieldDefn code("CVE_ENT", OFTString), value("valor", OFTReal);
            QVERIFY(rows->CreateField(&code) == OGRERR_NONE && rows->CreateField(&value) == OGRERR_NONE);
            for (const auto &[key, v] : {std::pair{"01", 1.5}, std::pair{"09", 2.0}}) {
                OGRFeature row(rows->GetLayerDefn());
                row.SetField(0, key);
                row.SetField(1, v);
                QVERIFY(rows->CreateFeature(&row) == OGRERR_NONE);
            }
        }
        Project project;
        ProjectLayer states;
        states.id = QStringLiteral("mx_states");
        states.builtin = true;
        ProjectLayer table;
        table.id = QStringLiteral("layer-1");
        table.source = QStringLiteral("indicadores.gpkg");
        table.title = QStringLiteral("indicadores");
        ProjectLayer join;
        join.id = QStringLiteral("layer-2");
        join.joinTable = QStringLiteral("layer-1");
        join.joinField = QStringLiteral("CVE_ENT");
        join.title = QStringLiteral("Estados + indicadores");
        join.opacity = 0.5;
        project.layers = {states, join, table};
        QString problem;
        std::optional<Project> reread = Project{};
        QVERIFY2(projectFromJson(projectToJson(project), &*reread, &problem), qPrintable(problem));
        const AtlasDocument document(DefaultMap::load());
        const ProjectMap opened = buildProjectMap(*reread, document.builtinLayers(), QDir(dir.path()), {});
        QVERIFY2(opened.unavailable.empty(), opened.unavailable.empty() ? "" : qPrintable(opened.unavailable.front().message));
        QCOMPARE(int(opened.layers.size()), 3);
        const MapLayer &made = opened.layers[1];
        QVERIFY(made.stateJoin.has_value());
        QCOMPARE(made.title, QStringLiteral("Estados + indicadores"));
        QCOMPARE(made.style.opacity, 0.5);
        QCOMPARE(made.stateJoin->tableId, opened.layers[2].id);
        const int valor = made.data->fieldIndex(QStringLiteral("valor"));
        QVERIFY(valor >= 0);
        QCOMPARE(made.data->number(*stateWithCode(*made.data, QStringLiteral("09")), valor), 2.0);

        // A join naming no dataset of the file is refused when the file is read, not half-opened.
        project.layers[1].joinTable = QStringLiteral("layer-9");
        Project refused;
        QVERIFY(!projectFromJson(projectToJson(project), &refused, &problem));
        QVERIFY(problem.contains(QStringLiteral("join.table")));
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
