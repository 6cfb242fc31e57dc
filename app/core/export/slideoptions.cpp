// SPDX-License-Identifier: GPL-3.0-or-later
#include "slideoptions.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace atlas {

QString SlideOptions::problem() const
{
    const QLocale locale;
    const int longest = std::max(pixels.width(), pixels.height());
    if (format == Format::Jpeg && longest > maxJpegSide)
        return QCoreApplication::translate("Export", "JPEG images stop at %1 pixels a side; choose PNG for a larger slide.")
            .arg(locale.toString(maxJpegSide));
    if (std::min(pixels.width(), pixels.height()) < minSide || longest > maxSide)
        return QCoreApplication::translate("Export", "The size must be from 16 to %1 pixels on each side.")
            .arg(locale.toString(maxSide));
    if (dpi < minDpi || dpi > maxDpi)
        return QCoreApplication::translate("Export", "The resolution must be from 36 to 2400 dpi.");
    return {};
}

bool exportFormatFromName(const QString &name, SlideOptions::Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        *format = SlideOptions::Format::Png;
    else if (n == QLatin1String("jpg") || n == QLatin1String("jpeg"))
        *format = SlideOptions::Format::Jpeg;
    else if (n == QLatin1String("pdf"))
        *format = SlideOptions::Format::Pdf;
    else if (n == QLatin1String("svg"))
        *format = SlideOptions::Format::Svg;
    else if (n == QLatin1String("tif") || n == QLatin1String("tiff"))
        *format = SlideOptions::Format::GeoTiff;
    else
        return false;
    return true;
}

QString exportFormatName(SlideOptions::Format format)
{
    static const char *names[] = {"png", "jpg", "pdf", "svg", "tif"};
    return QLatin1String(names[int(format)]);
}

} // namespace atlas
