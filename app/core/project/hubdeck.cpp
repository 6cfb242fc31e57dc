// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdeck.h"

#include "hubslide.h"

#include "searchtext.h"

#include <QCoreApplication>
#include <QDir>

namespace atlas {

std::vector<HubView> hubViews(const MapLayer &hubs)
{
    std::vector<HubView> views;
    if (!hubs.data)
        return views;
    const VectorLayer &h = *hubs.data;
    for (const Feature &f : h.features) {
        if (f.kind != GeometryKind::Point)
            continue;
        const QPointF p = webmercator::toLonLat(h.points(f).front());
        // About 240 × 180 km: the metro, its industrial parks and the nearest border crossing for border hubs.
        views.push_back({h.attribute(f, QStringLiteral("name")).toString(), h.attribute(f, QStringLiteral("hub")).toString(),
                         h.attribute(f, QStringLiteral("state")).toString(),
                         {p.x() - 1.2, p.y() - 0.8, p.x() + 1.2, p.y() + 0.8}, h.indexOf(f)});
    }
    std::stable_sort(views.begin(), views.end(), [](const HubView &a, const HubView &b) {
        return QString::localeAwareCompare(a.group + a.name, b.group + b.name) < 0;
    });
    return views;
}

QString fileSlug(const QString &name)
{
    QString out;
    for (const QChar c : foldedForSearch(name)) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

DeckResult exportHubDeck(const DefaultMap &map, const ExportRequest &base, const RiskSettings &risk,
                         const std::vector<HubView> &hubs, const QString &dir,
                         const QString &title, const std::atomic_bool *cancel,
                         const std::function<void(int, int, const QString &)> &progress)
{
    DeckResult result;
    if (!QDir().mkpath(dir)) {
        result.error = {QCoreApplication::translate("Export", "The folder “%1” cannot be created.").arg(dir), {}};
        return result;
    }
    if (hubs.empty()) {
        result.error = {QCoreApplication::translate("Export", "There is nothing to put in the deck."), {}};
        return result;
    }
    std::vector<ExportRequest> slides;
    for (size_t i = 0; i < hubs.size(); ++i) {
        if (progress)
            progress(int(i), int(hubs.size()), hubs[i].name);
        ExportRequest slide = hubSlide(map, hubs[i], base, risk);
        slide.format = ExportRequest::Format::Png;
        slide.title = title.isEmpty() ? hubs[i].name : QStringLiteral("%1: %2").arg(title, hubs[i].name);
        slide.path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(fileSlug(hubs[i].name)));
        if ((result.error = exportMap(slide, cancel)))
            return result;
        result.files.push_back(slide.path);
        slides.push_back(slide);
    }
    const QString deck = QDir(dir).filePath(QStringLiteral("deck.pdf"));
    if (progress)
        progress(int(hubs.size()), int(hubs.size()), QStringLiteral("deck.pdf"));
    if ((result.error = exportDeckPdf(slides, deck, cancel)))
        return result;
    result.files.push_back(deck);
    return result;
}

} // namespace atlas
