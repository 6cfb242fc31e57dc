// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Comparing renders with their reviewed golden images (tests/data/golden; ATLAS_UPDATE_GOLDEN=1 rewrites them).

#include <QDir>
#include <QImage>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cstdlib>

namespace atlas::test {

/**
 * Pixels of `a` whose channels differ from `b`'s by more than `tolerance`, where a pixel also matches when one of
 * `b`'s pixels within `radius` of it does (radius 1 forgives text antialiased a fraction of a pixel differently; a
 * label moved by a few pixels or a layer missing still differs). Writes a diff image (red = different) when asked.
 */
inline int differingPixels(const QImage &a, const QImage &b, int tolerance, QImage *diff = nullptr, int radius = 0)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (diff)
        *diff = x.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_ARGB32);
    auto close = [tolerance](QRgb p, QRgb q) {
        return std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)),
                         std::abs(qAlpha(p) - qAlpha(q))}) <= tolerance;
    };
    auto matches = [&](int col, int row) {
        const QRgb p = x.pixel(col, row);
        for (int dy = -radius; dy <= radius; ++dy) {
            for (int dx = -radius; dx <= radius; ++dx) {
                const int c = col + dx, r = row + dy;
                if (c >= 0 && r >= 0 && c < y.width() && r < y.height() && close(p, y.pixel(c, r)))
                    return true;
            }
        }
        return false;
    };
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (close(p[col], q[col]) || (radius > 0 && matches(col, row)))
                continue;
            ++count;
            if (diff)
                diff->setPixel(col, row, qRgb(255, 0, 0));
        }
    }
    return count;
}

/**
 * Compares `actual` with the golden image `name` in `goldenDir`, failing the calling test when more than
 * `allowedPixels` pixels differ (see differingPixels). On a mismatch <name>.actual.png and <name>.diff.png are
 * written to the working directory. With ATLAS_UPDATE_GOLDEN=1 the golden image is rewritten instead (then review
 * it before committing) and the test is skipped. Use through QVERIFY(matchesGolden(...)).
 */
inline bool matchesGolden(const QImage &actual, const QString &goldenDir, const QString &name, int tolerance,
                          int allowedPixels, int radius = 0)
{
    const QString golden = QDir(goldenDir).filePath(name + QStringLiteral(".png"));
    if (qEnvironmentVariableIntValue("ATLAS_UPDATE_GOLDEN")) {
        if (!actual.save(golden)) {
            qWarning("cannot write %s", qPrintable(golden));
            return false;
        }
        qInfo("golden image rewritten: %s", qPrintable(golden));
        return true;
    }
    const QImage expected(golden);
    if (expected.isNull()) {
        qWarning("missing %s; run with ATLAS_UPDATE_GOLDEN=1 and review it", qPrintable(golden));
        return false;
    }
    QImage diff;
    const int different = differingPixels(actual, expected, tolerance, &diff, radius);
    if (different <= allowedPixels)
        return true;
    actual.save(QDir::current().filePath(name + QStringLiteral(".actual.png")));
    diff.save(QDir::current().filePath(name + QStringLiteral(".diff.png")));
    qWarning("%d pixels of %s differ (at most %d may); see %s.actual.png and %s.diff.png in %s", different,
             qPrintable(golden), allowedPixels, qPrintable(name), qPrintable(name), qPrintable(QDir::currentPath()));
    return false;
}

} // namespace atlas::test
