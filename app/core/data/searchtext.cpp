// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtext.h"

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

} // namespace atlas
