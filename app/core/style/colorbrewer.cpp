// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorbrewer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace atlas::colorbrewer {

namespace {
struct Scheme {
    Kind kind = Kind::Unknown;
    bool colourblindSafe = false;
    std::map<int, QList<QColor>> byCount;
};

const std::map<QString, Scheme> &schemes()
{
    static const std::map<QString, Scheme> all = [] {
        std::map<QString, Scheme> result;
        QFile file(QStringLiteral(":/nearshore-atlas/colorbrewer.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the ColorBrewer table is missing from the build (resources/colorbrewer.json)");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject list = root.value(QLatin1String("schemes")).toObject();
        for (auto it = list.begin(); it != list.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            Scheme scheme;
            const QString kind = entry.value(QLatin1String("kind")).toString();
            scheme.kind = kind == QLatin1String("sequential") ? Kind::Sequential
                          : kind == QLatin1String("diverging") ? Kind::Diverging
                                                               : Kind::Qualitative;
            scheme.colourblindSafe = entry.value(QLatin1String("colourblindSafe")).toBool();
            const QJsonObject colours = entry.value(QLatin1String("colours")).toObject();
            for (auto c = colours.begin(); c != colours.end(); ++c) {
                QList<QColor> row;
                for (const auto &hex : c.value().toArray())
                    row.append(QColor::fromString(hex.toString()));
                scheme.byCount[c.key().toInt()] = row;
            }
            result[it.key()] = std::move(scheme);
        }
        return result;
    }();
    return all;
}

const Scheme *find(const QString &name)
{
    const auto it = schemes().find(name);
    return it == schemes().end() ? nullptr : &it->second;
}
} // namespace

QList<QColor> scheme(const QString &name, int classes)
{
    const Scheme *s = find(name);
    if (!s || classes < 1 || s->byCount.empty())
        return {};
    if (const auto exact = s->byCount.find(classes); exact != s->byCount.end())
        return exact->second;
    const QList<QColor> &smallest = s->byCount.begin()->second;
    if (classes >= smallest.size())
        return {}; // more classes than the scheme publishes
    if (s->kind == Kind::Qualitative)
        return smallest.first(classes);
    if (classes == 1)
        return {smallest.at(smallest.size() / 2)};
    return {smallest.first(), smallest.last()}; // two classes: the ends of the smallest list keep the contrast
}

int maxClasses(const QString &name)
{
    const Scheme *s = find(name);
    return s && !s->byCount.empty() ? s->byCount.rbegin()->first : 0;
}

Kind kind(const QString &name)
{
    const Scheme *s = find(name);
    return s ? s->kind : Kind::Unknown;
}

bool isColourblindSafe(const QString &name)
{
    const Scheme *s = find(name);
    return s && s->colourblindSafe;
}

QStringList names(Kind kind)
{
    QStringList safe, others;
    for (const auto &[name, scheme] : schemes()) {
        if (scheme.kind == kind)
            (scheme.colourblindSafe ? safe : others).append(name);
    }
    return safe + others;
}

} // namespace atlas::colorbrewer
