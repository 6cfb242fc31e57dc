// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributejoin.h"

#include "searchtext.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <cmath>

namespace atlas {

QString joinKey(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString().trimmed();
    bool number = false;
    const double n = text.toDouble(&number);
    if (number && std::isfinite(n))
        return QString::number(n, 'g', 15); // "09" → "9", "9.0" → "9"
    return foldedForSearch(text).simplified();
}

AttributeJoin joinAttributes(const VectorLayer &target, const QString &targetField, const VectorLayer &table,
                             const QString &tableField, const QString &tableName)
{
    AttributeJoin join;
    const int targetKey = target.fieldIndex(targetField);
    const int tableKey = table.fieldIndex(tableField);
    if (targetKey < 0 || tableKey < 0) {
        join.error = {QObject::tr("There is no column “%1” to join by.").arg(targetKey < 0 ? targetField : tableField), {}};
        return join;
    }

    // The table's rows by key; a repeated key keeps its first row (and is counted, so the planner knows).
    QHash<QString, int> rowByKey;
    for (int row = 0; row < int(table.features.size()); ++row) {
        const QString key = joinKey(table.value(table.features[size_t(row)], tableKey));
        if (key.isEmpty())
            continue;
        if (rowByKey.contains(key))
            ++join.duplicateRows;
        else
            rowByKey.insert(key, row);
    }

    std::vector<std::pair<QString, Column::Type>> fields;
    for (const Column &column : target.columns)
        fields.emplace_back(column.name, column.type);
    std::vector<int> tableColumns; // the table's columns carried over, by index
    for (int i = 0; i < int(table.columns.size()); ++i) {
        if (i == tableKey)
            continue;
        const Column &column = table.columns[size_t(i)];
        const QString name = target.fieldIndex(column.name) >= 0 ? tableName + QLatin1Char('_') + column.name : column.name;
        fields.emplace_back(name, column.type);
        tableColumns.push_back(i);
    }

    VectorLayerBuilder builder(fields);
    QSet<int> usedRows;
    const int targetCount = int(target.columns.size());
    for (const Feature &feature : target.features) {
        builder.beginFeature(feature.fid);
        for (uint32_t p = 0; p < feature.partCount; ++p)
            builder.addPart(feature.kind, target.part(feature, p));
        if (feature.kind != GeometryKind::None)
            builder.setLabelPoint(target.labelPoint(feature));
        for (int i = 0; i < targetCount; ++i)
            builder.setValue(i, target.value(feature, i));
        const auto row = rowByKey.constFind(joinKey(target.value(feature, targetKey)));
        if (row != rowByKey.cend()) {
            ++join.matchedFeatures;
            usedRows.insert(*row);
            const Feature &tableRow = table.features[size_t(*row)];
            for (int j = 0; j < int(tableColumns.size()); ++j)
                builder.setValue(targetCount + j, table.value(tableRow, tableColumns[size_t(j)]));
        }
        builder.endFeature();
    }
    QStringList unmatched;
    for (auto it = rowByKey.cbegin(); it != rowByKey.cend(); ++it) {
        if (!usedRows.contains(*it))
            unmatched.append(table.value(table.features[size_t(*it)], tableKey).toString());
    }
    unmatched.sort(); // the same few named on every run, whatever the hash order
    join.unmatchedRows = int(unmatched.size());
    join.unmatchedKeys = unmatched.mid(0, 5);
    join.layer = builder.finish();
    join.layer->name = target.name;
    join.layer->source = target.source;
    join.layer->sourceCrs = target.sourceCrs;
    return join;
}

} // namespace atlas
