// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptions.h"

namespace atlas {

QString ExportOptions::format() const
{
    return formatKnown() ? exportFormatName(m_slide.format) : m_unknownFormat;
}

void ExportOptions::setFormat(const QString &format)
{
    m_formatKnown = exportFormatFromName(format, &m_slide.format);
    m_unknownFormat = m_formatKnown ? QString() : format;
}

} // namespace atlas
