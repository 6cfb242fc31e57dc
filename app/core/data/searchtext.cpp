// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtext.h"

#include <QRegularExpression>

#include <cmath>

namespace atlas {

QString foldedForSearch(const QString &text)
{
    // Decompose, drop the combining marks, fold case.
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

std::optional<QPointF> parseCoordinate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*°?\s*([NSns])?\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*°?\s*([EWOewo])?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    double first = m.captured(1).toDouble(), second = m.captured(3).toDouble();
    const QString ns = m.captured(2).toUpper(), ew = m.captured(4).toUpper();
    if (!ns.isEmpty() || !ew.isEmpty()) { // hemispheres say which is which: latitude first
        if (ns == QLatin1String("S"))
            first = -std::abs(first);
        if (ew == QLatin1String("W") || ew == QLatin1String("O"))
            second = -std::abs(second);
        if (std::abs(first) > 90 || std::abs(second) > 180)
            return std::nullopt;
        return QPointF(second, first);
    }
    if (std::abs(first) <= 90 && std::abs(second) <= 180)
        return QPointF(second, first);
    if (std::abs(second) <= 90 && std::abs(first) <= 180)
        return QPointF(first, second);
    return std::nullopt;
}

} // namespace atlas
