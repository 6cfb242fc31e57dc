// SPDX-License-Identifier: GPL-3.0-or-later
#include "stylejson.h"

#include <QJsonArray>

namespace atlas {

namespace {

struct Named {
    int value;
    const char *name;
};
constexpr Named kinds[] = {{int(LayerStyle::Kind::SingleSymbol), "single"},
                           {int(LayerStyle::Kind::Categorized), "categorized"},
                           {int(LayerStyle::Kind::Graduated), "graduated"},
                           {int(LayerStyle::Kind::Proportional), "proportional"}};
constexpr Named markers[] = {{int(MarkerShape::Circle), "circle"},
                             {int(MarkerShape::Square), "square"},
                             {int(MarkerShape::Diamond), "diamond"},
                             {int(MarkerShape::Triangle), "triangle"},
                             {int(MarkerShape::Airport), "airport"}};

template <size_t N> QString nameOf(const Named (&table)[N], int value)
{
    for (const Named &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.name);
    }
    return {};
}

template <size_t N> bool valueOf(const Named (&table)[N], const QString &name, int *value)
{
    for (const Named &n : table) {
        if (name == QLatin1String(n.name)) {
            *value = n.value;
            return true;
        }
    }
    return false;
}

QString colour(const QColor &c)
{
    return c.name(QColor::HexArgb);
}

// Reads the JSON value into `out` if present; false (with the reason) when present with the wrong type.
class Reader
{
public:
    Reader(const QJsonObject &json, QString *error)
        : m_json(json)
        , m_error(error)
    {
    }
    bool ok() const { return m_ok; }

    // Sizes are bounded: a style can come from a project file written by anyone, and a 10⁹-pixel symbol or font
    // would stall the renderer.
    void number(const char *key, double *out, double low = -1e12, double high = 1e12)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high)
            return fail(key, "a number in range");
        *out = v.toDouble();
    }
    void boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(key, "true or false");
        *out = v.toBool();
    }
    void text(const char *key, QString *out)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(key, "text");
        *out = v.toString();
    }
    void colourValue(const char *key, QColor *out)
    {
        QString name;
        text(key, &name);
        if (name.isEmpty())
            return;
        const QColor c = QColor::fromString(name);
        if (!c.isValid())
            return fail(key, "a colour such as #ff336699");
        *out = c;
    }
    void fail(const char *key, const char *expected)
    {
        if (m_ok && m_error)
            *m_error = QStringLiteral("style: “%1” must be %2").arg(QLatin1String(key), QLatin1String(expected));
        m_ok = false;
    }

private:
    const QJsonObject &m_json;
    QString *m_error;
    bool m_ok = true;
};

QJsonArray categoriesJson(const QList<Category> &categories)
{
    QJsonArray json;
    for (const Category &c : categories)
        json.append(QJsonObject{{QStringLiteral("value"), QJsonValue::fromVariant(c.value)},
                                {QStringLiteral("colour"), colour(c.colour)},
                                {QStringLiteral("label"), c.label}});
    return json;
}

bool readCategories(const QJsonArray &json, QList<Category> *out, QString *error)
{
    for (const QJsonValue &v : json) {
        const QJsonObject c = v.toObject();
        Reader category(c, error);
        Category parsed{c.value(QLatin1String("value")).toVariant(), {}, {}};
        category.colourValue("colour", &parsed.colour);
        category.text("label", &parsed.label);
        if (!category.ok())
            return false;
        out->append(parsed);
    }
    return true;
}

// The optional point parts (colourBy, hollowBy, displacement); false with the reason on a wrong type.
bool readPointParts(const QJsonObject &json, LayerStyle &s, QString *error)
{
    if (json.contains(QLatin1String("colourBy"))) {
        const QJsonObject c = json.value(QLatin1String("colourBy")).toObject();
        Reader read(c, error);
        read.text("field", &s.colourBy.field);
        read.text("fieldLabel", &s.colourBy.fieldLabel);
        read.text("otherLabel", &s.colourBy.otherLabel);
        if (!read.ok() || !readCategories(c.value(QLatin1String("categories")).toArray(), &s.colourBy.categories, error))
            return false;
    }
    if (json.contains(QLatin1String("hollowBy"))) {
        const QJsonObject h = json.value(QLatin1String("hollowBy")).toObject();
        Reader read(h, error);
        read.text("field", &s.hollowBy.field);
        read.text("filledLabel", &s.hollowBy.filledLabel);
        read.text("hollowLabel", &s.hollowBy.hollowLabel);
        for (const QJsonValue &v : h.value(QLatin1String("values")).toArray()) {
            if (!v.isString())
                read.fail("values", "a list of texts");
            s.hollowBy.values.append(v.toString());
        }
        if (!read.ok())
            return false;
    }
    if (json.contains(QLatin1String("displacement"))) {
        const QJsonObject d = json.value(QLatin1String("displacement")).toObject();
        Reader read(d, error);
        s.displacement.enabled = true;
        read.number("tolerancePx", &s.displacement.tolerancePx, 0, 200);
        read.number("maxShiftMeters", &s.displacement.maxShiftMeters, 0, 1e8);
        if (!read.ok())
            return false;
    }
    if (json.contains(QLatin1String("aggregation"))) {
        const QJsonObject a = json.value(QLatin1String("aggregation")).toObject();
        Reader read(a, error);
        s.aggregation.enabled = true;
        read.number("belowZoom", &s.aggregation.belowZoom, 0, 30);
        read.number("cellPx", &s.aggregation.cellPx, 4, 400);
        if (!read.ok())
            return false;
    }
    return true;
}

} // namespace

QJsonObject styleToJson(const LayerStyle &s)
{
    QJsonObject json{
        {QStringLiteral("kind"), nameOf(kinds, int(s.kind))},
        {QStringLiteral("fill"), colour(s.fill)},
        {QStringLiteral("stroke"), colour(s.stroke)},
        {QStringLiteral("strokeWidthPx"), s.strokeWidthPx},
        {QStringLiteral("marker"), nameOf(markers, int(s.marker))},
        {QStringLiteral("pointSizePx"), s.pointSizePx},
        {QStringLiteral("opacity"), s.opacity},
        {QStringLiteral("field"), s.field},
        {QStringLiteral("fieldLabel"), s.fieldLabel},
        {QStringLiteral("legendNote"), s.legendNote},
        {QStringLiteral("otherColour"), colour(s.otherColour)},
        {QStringLiteral("noDataColour"), colour(s.noDataColour)},
        {QStringLiteral("labelField"), s.labelField},
        {QStringLiteral("labelExcluded"), QJsonArray::fromStringList(s.labelExcluded)},
        {QStringLiteral("labelColour"), colour(s.labelColour)},
        {QStringLiteral("labelHalo"), colour(s.labelHalo)},
        {QStringLiteral("labelPointSize"), s.labelPointSize},
        {QStringLiteral("labelBold"), s.labelBold},
        {QStringLiteral("markerWithLabel"), s.markerWithLabel},
        {QStringLiteral("labelPriority"), s.labelPriority},
        {QStringLiteral("labelRankField"), s.labelRankField},
        {QStringLiteral("labelItalic"), s.labelItalic},
        {QStringLiteral("lineDashColour"), colour(s.lineDashColour)},
        {QStringLiteral("lineDashPx"), s.lineDashPx},
        {QStringLiteral("minZoom"), s.minZoom},
        {QStringLiteral("minZoomField"), s.minZoomField},
        {QStringLiteral("labelMinZoom"), s.labelMinZoom},
        {QStringLiteral("labelMinZoomField"), s.labelMinZoomField},
    };
    if (s.kind == LayerStyle::Kind::Categorized)
        json.insert(QStringLiteral("categories"), categoriesJson(s.categories));
    if (s.kind == LayerStyle::Kind::Graduated) {
        QJsonArray breaks, colours;
        for (const double b : s.classification.breaks)
            breaks.append(b);
        for (const QColor &c : s.classColours)
            colours.append(colour(c));
        json.insert(QStringLiteral("method"), methodId(s.classification.method));
        json.insert(QStringLiteral("breaks"), breaks);
        json.insert(QStringLiteral("classColours"), colours);
        json.insert(QStringLiteral("ramp"), s.rampName);
    }
    if (s.kind == LayerStyle::Kind::Proportional) {
        json.insert(QStringLiteral("sizeMaxValue"), s.sizeMaxValue);
        json.insert(QStringLiteral("sizeMaxPx"), s.sizeMaxPx);
        if (s.legendValueDivisor != 1)
            json.insert(QStringLiteral("legendValueDivisor"), s.legendValueDivisor);
    }
    // The point parts are written only when used, so a style without them reads as it did before they existed.
    if (s.colourBy.isSet())
        json.insert(QStringLiteral("colourBy"), QJsonObject{{QStringLiteral("field"), s.colourBy.field},
                                                            {QStringLiteral("fieldLabel"), s.colourBy.fieldLabel},
                                                            {QStringLiteral("categories"), categoriesJson(s.colourBy.categories)},
                                                            {QStringLiteral("otherLabel"), s.colourBy.otherLabel}});
    if (s.hollowBy.isSet())
        json.insert(QStringLiteral("hollowBy"),
                    QJsonObject{{QStringLiteral("field"), s.hollowBy.field},
                                {QStringLiteral("values"), QJsonArray::fromStringList(s.hollowBy.values)},
                                {QStringLiteral("filledLabel"), s.hollowBy.filledLabel},
                                {QStringLiteral("hollowLabel"), s.hollowBy.hollowLabel}});
    if (s.displacement.enabled)
        json.insert(QStringLiteral("displacement"),
                    QJsonObject{{QStringLiteral("tolerancePx"), s.displacement.tolerancePx},
                                {QStringLiteral("maxShiftMeters"), s.displacement.maxShiftMeters}});
    if (s.aggregation.enabled)
        json.insert(QStringLiteral("aggregation"),
                    QJsonObject{{QStringLiteral("belowZoom"), s.aggregation.belowZoom},
                                {QStringLiteral("cellPx"), s.aggregation.cellPx}});
    return json;
}

bool styleFromJson(const QJsonObject &json, LayerStyle *style, QString *error)
{
    LayerStyle s;
    Reader read(json, error);
    int kind = 0;
    if (!valueOf(kinds, json.value(QLatin1String("kind")).toString(), &kind)) {
        if (error)
            *error = QStringLiteral("style: unknown kind “%1”").arg(json.value(QLatin1String("kind")).toString());
        return false;
    }
    s.kind = LayerStyle::Kind(kind);
    read.colourValue("fill", &s.fill);
    read.colourValue("stroke", &s.stroke);
    read.number("strokeWidthPx", &s.strokeWidthPx, 0, 50);
    int marker = int(MarkerShape::Circle);
    if (json.contains(QLatin1String("marker")) &&
        !valueOf(markers, json.value(QLatin1String("marker")).toString(), &marker))
        read.fail("marker", "circle, square, diamond, triangle or airport");
    s.marker = MarkerShape(marker);
    read.number("pointSizePx", &s.pointSizePx, 0, 200);
    read.number("opacity", &s.opacity, 0, 1);
    read.text("field", &s.field);
    read.text("fieldLabel", &s.fieldLabel);
    read.text("legendNote", &s.legendNote);
    read.colourValue("otherColour", &s.otherColour);
    read.colourValue("noDataColour", &s.noDataColour);
    read.text("labelField", &s.labelField);
    for (const QJsonValue &v : json.value(QLatin1String("labelExcluded")).toArray())
        s.labelExcluded.append(v.toString());
    read.colourValue("labelColour", &s.labelColour);
    read.colourValue("labelHalo", &s.labelHalo);
    read.number("labelPointSize", &s.labelPointSize, 1, 200);
    read.boolean("labelBold", &s.labelBold);
    read.boolean("markerWithLabel", &s.markerWithLabel);
    double priority = s.labelPriority;
    read.number("labelPriority", &priority, -1e6, 1e6);
    s.labelPriority = int(priority);
    // Styles saved before scale-dependent drawing have none of these: the defaults draw at every zoom, as they did.
    read.text("labelRankField", &s.labelRankField);
    read.boolean("labelItalic", &s.labelItalic);
    read.colourValue("lineDashColour", &s.lineDashColour);
    read.number("lineDashPx", &s.lineDashPx, 0.5, 100);
    read.number("minZoom", &s.minZoom, 0, 30);
    read.text("minZoomField", &s.minZoomField);
    read.number("labelMinZoom", &s.labelMinZoom, 0, 30);
    read.text("labelMinZoomField", &s.labelMinZoomField);
    if (!readCategories(json.value(QLatin1String("categories")).toArray(), &s.categories, error))
        return false;
    if (!readPointParts(json, s, error))
        return false;
    if (s.kind == LayerStyle::Kind::Graduated) {
        const QString method = json.value(QLatin1String("method")).toString();
        if (!methodFromId(method, &s.classification.method)) {
            if (error)
                *error = QStringLiteral("style: unknown classification method “%1”").arg(method);
            return false;
        }
        for (const QJsonValue &b : json.value(QLatin1String("breaks")).toArray()) {
            if (!b.isDouble())
                read.fail("breaks", "a list of numbers");
            s.classification.breaks.push_back(b.toDouble());
        }
        if (!std::is_sorted(s.classification.breaks.begin(), s.classification.breaks.end()))
            read.fail("breaks", "a list of increasing numbers");
        for (const QJsonValue &c : json.value(QLatin1String("classColours")).toArray())
            s.classColours.append(QColor::fromString(c.toString()));
        if (read.ok() && s.classColours.size() != s.classification.classCount())
            read.fail("classColours", "one colour per class");
        read.text("ramp", &s.rampName);
    }
    read.number("sizeMaxValue", &s.sizeMaxValue);
    read.number("sizeMaxPx", &s.sizeMaxPx, 0, 400);
    read.number("legendValueDivisor", &s.legendValueDivisor, 1e-12, 1e12);
    if (!read.ok())
        return false;
    *style = s;
    return true;
}

} // namespace atlas
