// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorbrewer.h"

#include <map>

namespace atlas::colorbrewer {

namespace {
// Qualitative schemes publish one list whose first n colours are the n-class scheme; sequential and diverging schemes
// publish a different list per class count, so only their largest is kept here and issue-specific counts are
// added with the classification work.
struct Scheme {
    bool prefixesNest;
    QList<QRgb> colours;
};

const std::map<QString, Scheme> &schemes()
{
    static const std::map<QString, Scheme> all{
        {QStringLiteral("Set3"),
         {true,
          {0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462, 0xb3de69, 0xfccde5, 0xd9d9d9, 0xbc80bd, 0xccebc5,
           0xffed6f}}},
        {QStringLiteral("Pastel1"),
         {true, {0xfbb4ae, 0xb3cde3, 0xccebc5, 0xdecbe4, 0xfed9a6, 0xffffcc, 0xe5d8bd, 0xfddaec, 0xf2f2f2}}},
        {QStringLiteral("Set2"), {true, {0x66c2a5, 0xfc8d62, 0x8da0cb, 0xe78ac3, 0xa6d854, 0xffd92f, 0xe5c494, 0xb3b3b3}}},
        {QStringLiteral("Dark2"),
         {true, {0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a, 0x66a61e, 0xe6ab02, 0xa6761d, 0x666666}}},
    };
    return all;
}
} // namespace

QList<QColor> scheme(const QString &name, int classes)
{
    const auto it = schemes().find(name);
    if (it == schemes().end() || classes < 1 || classes > int(it->second.colours.size()) || !it->second.prefixesNest)
        return {};
    QList<QColor> result;
    for (int i = 0; i < classes; ++i)
        result.append(QColor::fromRgb(it->second.colours.at(i)));
    return result;
}

int maxClasses(const QString &name)
{
    const auto it = schemes().find(name);
    return it == schemes().end() ? 0 : int(it->second.colours.size());
}

QStringList names()
{
    QStringList result;
    for (const auto &[name, scheme] : schemes())
        result.append(name);
    return result;
}

} // namespace atlas::colorbrewer
