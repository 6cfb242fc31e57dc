// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace atlas {

/**
 * Collects the messages GDAL and PROJ report on this thread while the object lives, instead of letting them go to
 * stderr, so that a failed load can show them as the technical detail of a readable error. RAII: the previous
 * handler is restored on destruction. GDAL keeps its handler stack per thread, so workers may use their own.
 */
class GdalErrorCapture
{
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    /** Everything reported at warning level or worse, oldest first, each prefixed with its level. */
    [[nodiscard]] const QStringList &messages() const { return m_messages; }
    [[nodiscard]] QString joined() const { return m_messages.join(QLatin1Char('\n')); }

private:
    QStringList m_messages;
};

} // namespace atlas
