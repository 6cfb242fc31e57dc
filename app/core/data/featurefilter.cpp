// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurefilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace atlas {

bool FeatureFilter::isEmpty() const
{
    const bool anyOneOf = std::any_of(oneOf.begin(), oneOf.end(), [](const OneOf &c) { return !c.values.isEmpty(); });
    const bool anyRange = std::any_of(ranges.begin(), ranges.end(), [](const Range &r) { return r.min || r.max; });
    return !anyOneOf && !anyRange;
}

std::vector<uint8_t> FeatureFilter::mask(const VectorLayer &layer) const
{
    std::vector<uint8_t> pass(layer.features.size(), 1);
    for (const OneOf &condition : oneOf) {
        if (condition.values.isEmpty())
            continue;
        const int field = layer.fieldIndex(condition.field);
        const QSet<QString> wanted(condition.values.begin(), condition.values.end());
        for (size_t row = 0; row < pass.size(); ++row) {
            if (!pass[row])
                continue;
            const QVariant value = field < 0 ? QVariant() : layer.value(layer.features[row], field);
            pass[row] = !value.isNull() && wanted.contains(value.toString());
        }
    }
    for (const Range &range : ranges) {
        if (!range.min && !range.max)
            continue;
        const int field = layer.fieldIndex(range.field);
        for (size_t row = 0; row < pass.size(); ++row) {
            if (!pass[row])
                continue;
            const double v = field < 0 ? std::nan("") : layer.number(layer.features[row], field);
            pass[row] = !std::isnan(v) && (!range.min || v >= *range.min) && (!range.max || v <= *range.max);
        }
    }
    return pass;
}

namespace {
// Bounds no honest project reaches; they keep a hostile file from making us allocate without limit.
constexpr qsizetype maxConditions = 64;
constexpr qsizetype maxValues = 10000;
constexpr qsizetype maxText = 4096;

// lupdate files these texts under "ProjectFile" only when the calls name the class: ProjectFile::tr(…).
struct ProjectFile {
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

bool readField(const QJsonObject &o, const QString &where, QString *field, QString *error)
{
    const QJsonValue v = o.value(QLatin1String("field"));
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxText) {
        *error = ProjectFile::tr("%1.field must be a field name").arg(where);
        return false;
    }
    *field = v.toString();
    return true;
}

bool readBound(const QJsonObject &o, const char *key, const QString &where, std::optional<double> *bound, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *error = ProjectFile::tr("%1.%2 must be a number").arg(where, QLatin1String(key));
        return false;
    }
    *bound = v.toDouble();
    return true;
}

QJsonArray listOf(const QJsonObject &json, const char *key, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isArray() || v.toArray().size() > maxConditions) {
        *error = ProjectFile::tr("%1 must be a list of at most %2 conditions").arg(QLatin1String(key)).arg(maxConditions);
        return {};
    }
    return v.toArray();
}
} // namespace

QJsonObject featureFilterToJson(const FeatureFilter &filter)
{
    QJsonArray oneOf, ranges;
    for (const FeatureFilter::OneOf &c : filter.oneOf) {
        if (!c.values.isEmpty())
            oneOf.append(QJsonObject{{QStringLiteral("field"), c.field},
                                     {QStringLiteral("values"), QJsonArray::fromStringList(c.values)}});
    }
    for (const FeatureFilter::Range &r : filter.ranges) {
        if (!r.min && !r.max)
            continue;
        QJsonObject o{{QStringLiteral("field"), r.field}};
        if (r.min)
            o.insert(QStringLiteral("min"), *r.min);
        if (r.max)
            o.insert(QStringLiteral("max"), *r.max);
        ranges.append(o);
    }
    QJsonObject json;
    if (!oneOf.isEmpty())
        json.insert(QStringLiteral("oneOf"), oneOf);
    if (!ranges.isEmpty())
        json.insert(QStringLiteral("ranges"), ranges);
    return json;
}

bool featureFilterFromJson(const QJsonObject &json, FeatureFilter *filter, QString *error)
{
    FeatureFilter f;
    error->clear();
    const QJsonArray oneOf = listOf(json, "oneOf", error);
    for (qsizetype i = 0; error->isEmpty() && i < oneOf.size(); ++i) {
        const QString where = QStringLiteral("oneOf[%1]").arg(i);
        const QJsonObject o = oneOf.at(i).toObject();
        FeatureFilter::OneOf condition;
        if (!oneOf.at(i).isObject()) {
            *error = ProjectFile::tr("%1 must be an object").arg(where);
            break;
        }
        if (!readField(o, where, &condition.field, error))
            break;
        const QJsonValue values = o.value(QLatin1String("values"));
        if (!values.isArray() || values.toArray().size() > maxValues) {
            *error = ProjectFile::tr("%1.values must be a list of at most %2 texts").arg(where).arg(maxValues);
            break;
        }
        for (const QJsonValue &v : values.toArray()) {
            if (!v.isString() || v.toString().size() > maxText) {
                *error = ProjectFile::tr("%1.values must hold only texts").arg(where);
                break;
            }
            condition.values.append(v.toString());
        }
        f.oneOf.push_back(condition);
    }
    const QJsonArray ranges = error->isEmpty() ? listOf(json, "ranges", error) : QJsonArray();
    for (qsizetype i = 0; error->isEmpty() && i < ranges.size(); ++i) {
        const QString where = QStringLiteral("ranges[%1]").arg(i);
        if (!ranges.at(i).isObject()) {
            *error = ProjectFile::tr("%1 must be an object").arg(where);
            break;
        }
        const QJsonObject o = ranges.at(i).toObject();
        FeatureFilter::Range range;
        if (!readField(o, where, &range.field, error) || !readBound(o, "min", where, &range.min, error)
            || !readBound(o, "max", where, &range.max, error))
            break;
        if (range.min && range.max && *range.min > *range.max) {
            *error = ProjectFile::tr("%1.min must not be above its max").arg(where);
            break;
        }
        f.ranges.push_back(range);
    }
    if (!error->isEmpty())
        return false;
    *filter = std::move(f);
    return true;
}

} // namespace atlas
