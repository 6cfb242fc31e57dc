// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustexts.h"

#include <QLocale>

#include <cmath>

namespace atlas {

QString StatusTexts::coordinate(const QGeoCoordinate &coordinate)
{
    if (!coordinate.isValid())
        return {};
    const QLocale locale;
    const double lat = coordinate.latitude();
    const double lon = coordinate.longitude();
    return tr("%1° %2, %3° %4")
        .arg(locale.toString(std::abs(lat), 'f', 4), lat >= 0 ? tr("N") : tr("S"), locale.toString(std::abs(lon), 'f', 4),
             lon >= 0 ? tr("E") : tr("W"));
}

QString StatusTexts::scale(double groundMetersPerPixel)
{
    constexpr double screenDpi = 96;
    const double denominator = groundMetersPerPixel / 0.0254 * screenDpi;
    if (!(denominator >= 1) || !std::isfinite(denominator))
        return {};
    const double step = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
    return tr("Scale 1:%1").arg(QLocale().toString(std::round(denominator / step) * step, 'f', 0));
}

QString StatusTexts::status(const QStringList &problems)
{
    if (!problems.isEmpty())
        return tr("Some layers could not be shown: %1").arg(problems.join(QStringLiteral("; ")));
    return tr("Click anything on the map for its figures and sources · Ctrl+→/← tours the hubs · Home shows all of "
              "Mexico");
}

} // namespace atlas
