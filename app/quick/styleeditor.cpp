// SPDX-License-Identifier: GPL-3.0-or-later
#include "styleeditor.h"

#include "atlassession.h"
#include "colorbrewer.h"

#include <QColor>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

const MapLayer *vectorLayer(const AtlasSession *session, int index)
{
    if (!session || index < 0 || index >= int(session->layers().size()))
        return nullptr;
    const MapLayer &layer = session->layers()[size_t(index)];
    return layer.data ? &layer : nullptr;
}

const std::pair<const char *, ClassificationMethod> methods[] = {
    {"equal", ClassificationMethod::EqualInterval}, {"quantile", ClassificationMethod::Quantile},
    {"jenks", ClassificationMethod::NaturalBreaks}, {"pretty", ClassificationMethod::Pretty},
    {"manual", ClassificationMethod::Manual}};

ClassificationMethod methodOf(const QString &id)
{
    for (const auto &[name, method] : methods) {
        if (id == QLatin1String(name))
            return method;
    }
    return ClassificationMethod::Quantile;
}

QString idOf(ClassificationMethod method)
{
    for (const auto &[name, m] : methods) {
        if (m == method)
            return QLatin1String(name);
    }
    return QStringLiteral("quantile");
}

// "0, 10, 25.5" → sorted numbers; a word that is not a number makes the list empty (the editor says so).
std::vector<double> parseBreaks(const QString &text)
{
    std::vector<double> breaks;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok)
            return {};
        breaks.push_back(v);
    }
    std::sort(breaks.begin(), breaks.end());
    return breaks;
}

} // namespace

StyleEditor::StyleEditor(QObject *parent)
    : QObject(parent)
{
}

void StyleEditor::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void StyleEditor::setLayer(int layer)
{
    if (m_layer == layer)
        return;
    m_layer = layer;
    Q_EMIT layerChanged();
}

QVariantMap StyleEditor::current() const
{
    const MapLayer *layer = vectorLayer(m_session, m_layer);
    if (!layer)
        return {};
    const LayerStyle &s = layer->style;
    static const char *kinds[] = {"single", "categorized", "graduated", "proportional"};
    QVariantList fields;
    for (size_t i = 0; i < layer->data->columns.size(); ++i)
        fields.append(QVariantMap{{QStringLiteral("name"), layer->data->fieldNames.at(qsizetype(i))},
                                  {QStringLiteral("numeric"), layer->data->columns[i].type != Column::Type::Text}});
    QStringList breaks;
    for (const double b : s.classification.breaks)
        breaks.append(QString::number(b, 'g', 10));
    return {{QStringLiteral("title"), layer->title},
            {QStringLiteral("kind"), QLatin1String(kinds[int(s.kind)])},
            {QStringLiteral("field"), s.field},
            {QStringLiteral("method"), idOf(s.classification.method)},
            {QStringLiteral("classes"), std::max(s.classification.classCount(), 5)},
            {QStringLiteral("breaks"), breaks.join(QStringLiteral(", "))},
            {QStringLiteral("ramp"), s.rampName.isEmpty() ? QLatin1String(colorbrewer::defaultSequential) : s.rampName},
            {QStringLiteral("sizeMaxPx"), s.sizeMaxPx},
            {QStringLiteral("labelField"), s.labelField},
            {QStringLiteral("fill"), s.fill},
            {QStringLiteral("points"), !layer->data->features.empty()
                                           && layer->data->features.front().kind == GeometryKind::Point},
            {QStringLiteral("hexagons"), s.aggregation.enabled},
            {QStringLiteral("hexagonsBelowZoom"), s.aggregation.belowZoom},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("ramps"), colorbrewer::names(colorbrewer::Kind::Sequential)
                                          + colorbrewer::names(colorbrewer::Kind::Diverging)},
            {QStringLiteral("qualitative"), colorbrewer::names(colorbrewer::Kind::Qualitative)}};
}

QVariantMap StyleEditor::histogram(const QVariantMap &choice, int bins) const
{
    const MapLayer *layer = vectorLayer(m_session, m_layer);
    if (!layer || bins < 1)
        return {};
    const std::vector<double> values = numericValues(*layer->data, choice.value(QStringLiteral("field")).toString());
    std::vector<double> present;
    for (const double v : values) {
        if (!std::isnan(v))
            present.push_back(v);
    }
    const int missing = int(values.size() - present.size());
    if (present.empty())
        return {{QStringLiteral("counts"), QVariantList()}, {QStringLiteral("missing"), missing},
                {QStringLiteral("error"), tr("This field has no numbers.")}};
    const auto [lo, hi] = std::minmax_element(present.begin(), present.end());
    const double low = *lo, high = *hi, width = high > low ? (high - low) / bins : 1.0;
    QVariantList counts;
    std::vector<int> c(size_t(bins), 0);
    for (const double v : present)
        ++c[size_t(std::clamp(int((v - low) / width), 0, bins - 1))];
    for (const int n : c)
        counts.append(n);
    const ClassificationMethod method = methodOf(choice.value(QStringLiteral("method")).toString());
    const Classification classification = Classification::compute(
        values, method, choice.value(QStringLiteral("classes"), 5).toInt(), parseBreaks(choice.value(QStringLiteral("breaks")).toString()));
    QVariantList breaks;
    for (const double b : classification.breaks)
        breaks.append(b);
    QVariantList perClass;
    for (const int n : classification.counts(values))
        perClass.append(n);
    return {{QStringLiteral("counts"), counts}, {QStringLiteral("min"), low}, {QStringLiteral("max"), high},
            {QStringLiteral("breaks"), breaks}, {QStringLiteral("perClass"), perClass},
            {QStringLiteral("missing"), missing}, {QStringLiteral("error"), QString()}};
}

bool StyleEditor::apply(const QVariantMap &choice)
{
    m_error.clear();
    const MapLayer *layer = vectorLayer(m_session, m_layer);
    if (!layer) {
        m_error = tr("This layer has no features to style.");
        return false;
    }
    const VectorLayer &data = *layer->data;
    const QString kind = choice.value(QStringLiteral("kind")).toString();
    const QString field = choice.value(QStringLiteral("field")).toString();
    const bool needsField = kind != QLatin1String("single");
    if (needsField && data.fieldIndex(field) < 0) {
        m_error = tr("Choose a field.");
        return false;
    }
    LayerStyle style;
    if (kind == QLatin1String("categorized")) {
        style = LayerStyle::categorized(data, field, choice.value(QStringLiteral("ramp"), QStringLiteral("Set3")).toString());
    } else if (kind == QLatin1String("graduated")) {
        const ClassificationMethod method = methodOf(choice.value(QStringLiteral("method")).toString());
        const std::vector<double> manual = parseBreaks(choice.value(QStringLiteral("breaks")).toString());
        if (method == ClassificationMethod::Manual && manual.size() < 2) {
            m_error = tr("Manual breaks need at least two numbers, such as “0, 10, 20”.");
            return false;
        }
        const int classes = method == ClassificationMethod::Manual ? int(manual.size()) - 1
                                                                   : choice.value(QStringLiteral("classes"), 5).toInt();
        const QString ramp = choice.value(QStringLiteral("ramp"), QLatin1String(colorbrewer::defaultSequential)).toString();
        style = LayerStyle::graduated(data, field, method, classes, ramp, manual);
        if (style.classification.classCount() == 0) {
            m_error = tr("This field has no numbers to classify.");
            return false;
        }
    } else if (kind == QLatin1String("proportional")) {
        style = LayerStyle::proportional(data, field, std::clamp(choice.value(QStringLiteral("sizeMaxPx"), 40).toDouble(), 4.0, 200.0));
        style.fill = layer->style.fill;
        style.stroke = layer->style.stroke;
        // Colour and fill by other fields (the factory sites' company and figure kind) are not edited here: they
        // stay, as does how the legend names and scales the same field.
        style.colourBy = layer->style.colourBy;
        style.hollowBy = layer->style.hollowBy;
        style.otherColour = layer->style.otherColour;
        if (field == layer->style.field) {
            style.fieldLabel = layer->style.fieldLabel;
            style.legendValueDivisor = layer->style.legendValueDivisor;
        }
    } else {
        style = layer->style;
        style.kind = LayerStyle::Kind::SingleSymbol;
        // One symbol means one colour: a colour by another field would override the fill the planner picks.
        style.colourBy = {};
        style.hollowBy = {};
        const QColor fill = choice.value(QStringLiteral("fill")).value<QColor>();
        if (fill.isValid())
            style.fill = fill;
    }
    style.displacement = layer->style.displacement; // not edited here
    style.aggregation = layer->style.aggregation;
    if (choice.contains(QStringLiteral("hexagons"))) {
        style.aggregation.enabled = choice.value(QStringLiteral("hexagons")).toBool();
        style.aggregation.belowZoom = std::clamp(
            choice.value(QStringLiteral("hexagonsBelowZoom"), style.aggregation.belowZoom).toDouble(), 1.0, 18.0);
    }
    // Outline, marker and label settings the planner did not touch stay as they were.
    if (kind != QLatin1String("single")) {
        style.stroke = layer->style.stroke;
        style.strokeWidthPx = layer->style.strokeWidthPx;
        style.marker = layer->style.marker;
        style.pointSizePx = layer->style.pointSizePx;
    }
    style.labelField = choice.value(QStringLiteral("labelField")).toString();
    style.labelColour = layer->style.labelColour;
    style.labelPointSize = layer->style.labelPointSize;
    style.labelBold = layer->style.labelBold;
    style.labelPriority = layer->style.labelPriority;
    style.labelExcluded = layer->style.labelExcluded;
    return m_session->setLayerStyle(m_layer, style);
}

} // namespace atlas
