// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "atlassession.h"
#include "exportprojection.h"
#include "exportsidecar.h"
#include "hubdeck.h"
#include "maprenderer.h"
#include "slidecomposer.h"
#include "slidelanguage.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPainter>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace atlas {

namespace {
// Previews of very large slides are composed at a smaller size with the same layout (the slide scales as a whole).
constexpr double maxPreviewPixels = 4.0e6;

struct Written {
    UserError error;
    QString path;
};
} // namespace

/** What a worker needs to write the slide in its own language: the risk overlay is rebuilt in that language. */
struct ExportController::SlideSource {
    QString language = QStringLiteral("en");
    MapLayer states;
    std::shared_ptr<const VectorLayer> indicators;
    std::optional<RiskSettings> risk;

    void localise(ExportRequest &r) const
    {
        if (risk && states.data && indicators)
            placeRiskLayer(r.map.layers, riskLayer(states, *indicators, *risk));
    }
};

ExportController::SlideSource ExportController::slideSource(const QVariantMap &options) const
{
    SlideSource source;
    source.language = options.value(QStringLiteral("language")).toString() == QLatin1String("es") ? QStringLiteral("es")
                                                                                                  : QStringLiteral("en");
    if (!m_session)
        return source;
    for (const MapLayer &l : m_session->builtinLayers()) {
        if (l.id == QLatin1String(DefaultMap::statesLayerId))
            source.states = l;
    }
    source.indicators = m_session->map().stateIndicators;
    RiskSettings risk;
    QString error;
    const QJsonObject json = m_session->riskOverlayJson();
    if (!json.isEmpty() && riskSettingsFromJson(json, &risk, &error))
        source.risk = risk;
    return source;
}

ExportController::ExportController(QObject *parent)
    : QObject(parent)
{
}

ExportController::~ExportController()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportController::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QVariantList ExportController::presets()
{
    const auto preset = [](const QString &name, int w, int h, int dpi) {
        return QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("width"), w}, {QStringLiteral("height"), h},
                           {QStringLiteral("dpi"), dpi}};
    };
    // Paper sizes at 300 dpi: A4 210 × 297 mm, Letter 8.5 × 11 in.
    return {preset(tr("16:9 slide, 1920 × 1080"), 1920, 1080, 96), preset(tr("16:9 slide, 4K 3840 × 2160"), 3840, 2160, 192),
            preset(tr("4:3 slide, 1600 × 1200"), 1600, 1200, 96), preset(tr("A4 landscape, 300 dpi"), 3508, 2480, 300),
            preset(tr("A4 portrait, 300 dpi"), 2480, 3508, 300), preset(tr("Letter landscape, 300 dpi"), 3300, 2550, 300),
            preset(tr("Letter portrait, 300 dpi"), 2550, 3300, 300)};
}

ExportRequest ExportController::request(const QVariantMap &options, QString *error) const
{
    ExportRequest r;
    if (m_session)
        r.map.layers = m_session->layers();
    r.pixels = QSize(options.value(QStringLiteral("width"), 1920).toInt(), options.value(QStringLiteral("height"), 1080).toInt());
    r.dpi = options.value(QStringLiteral("dpi"), 96).toInt();
    if (!exportFormatFromName(options.value(QStringLiteral("format"), QStringLiteral("png")).toString(), &r.format))
        *error = tr("Choose PNG, JPEG, PDF, SVG or GeoTIFF.");
    // JPEG stops at Qt's image limit; PNG and GeoTIFF beyond it are drawn in strips, PDF and SVG are vector pages.
    const int longest = std::max(r.pixels.width(), r.pixels.height());
    if (r.format == ExportRequest::Format::Jpeg && longest > 32767)
        *error = tr("JPEG images stop at %1 pixels a side; choose PNG for a larger slide.").arg(QLocale().toString(32767));
    else if (std::min(r.pixels.width(), r.pixels.height()) < 16 || longest > 200000)
        *error = tr("The size must be from 16 to %1 pixels on each side.").arg(QLocale().toString(200000));
    if (r.dpi < 36 || r.dpi > 2400)
        *error = tr("The resolution must be from 36 to 2400 dpi.");
    r.title = options.value(QStringLiteral("title")).toString();
    r.subtitle = options.value(QStringLiteral("subtitle")).toString();
    r.legend = options.value(QStringLiteral("legend"), true).toBool();
    r.scaleBar = options.value(QStringLiteral("scaleBar"), true).toBool();
    r.northArrow = options.value(QStringLiteral("northArrow"), true).toBool();
    r.sourceLine = options.value(QStringLiteral("sourceLine"), true).toBool();
    r.locator = options.value(QStringLiteral("locator"), true).toBool();
    r.worldFile = options.value(QStringLiteral("worldFile"), false).toBool();
    r.crs = options.value(QStringLiteral("crs"), QStringLiteral("EPSG:3857")).toString().trimmed();
    r.locale = options.value(QStringLiteral("language")).toString() == QLatin1String("es")
                   ? QLocale(QLocale::Spanish, QLocale::Mexico)
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    const QVariantList e = options.value(QStringLiteral("extent")).toList();
    if (e.size() == 4) {
        r.extent = {e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()};
        r.exactExtent = true;
    } else if (m_session) {
        r.extent = m_session->map().homeExtent;
    }
    if (!r.extent.isValid())
        *error = tr("The slide frame is not on the map.");
    return r;
}

double ExportController::mapFrameAspect(const QVariantMap &options) const
{
    QString error;
    const ExportRequest r = request(options, &error);
    if (r.format == ExportRequest::Format::GeoTiff) // the map alone, no slide around it
        return double(r.pixels.width()) / r.pixels.height();
    const QRectF frame = SlideComposer(r).mapFrame();
    return frame.height() > 0 ? frame.width() / frame.height() : 16.0 / 9.0;
}

void ExportController::updatePreview(const QVariantMap &options)
{
    m_previewOptions = options;
    if (m_previewBusy) { // one preview at a time; the latest options win
        m_previewAgain = true;
        return;
    }
    QString error;
    ExportRequest r = request(options, &error);
    if (!error.isEmpty())
        return;
    const double area = double(r.pixels.width()) * r.pixels.height();
    if (area > maxPreviewPixels) {
        const double s = std::sqrt(maxPreviewPixels / area);
        r.pixels = QSize(int(r.pixels.width() * s), int(r.pixels.height() * s));
    }
    m_previewBusy = true;
    Q_EMIT previewBusyChanged();
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_preview = watcher->result();
        m_previewBusy = false;
        Q_EMIT previewBusyChanged();
        Q_EMIT previewChanged();
        if (m_previewAgain) {
            m_previewAgain = false;
            updatePreview(m_previewOptions);
        }
    });
    watcher->setFuture(QtConcurrent::run([r = std::move(r), slide = slideSource(options)]() mutable {
        const SlideLanguage language(slide.language);
        slide.localise(r);
        QImage image(r.pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        if (r.format == ExportRequest::Format::GeoTiff) { // the bare map, as the GeoTIFF holds it
            MapSettings map = r.map;
            map.camera.bearing = 0;
            return MapRenderer::renderParallel(exportView(map, r.extent, QSizeF(r.pixels), 0, r.crs).settings).image;
        }
        SlideComposer(r).compose(image, nullptr);
        return image;
    }));
}

void ExportController::exportTo(const QUrl &file, const QVariantMap &options)
{
    if (m_busy)
        return;
    QString error;
    ExportRequest r = request(options, &error);
    r.path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!error.isEmpty()) {
        Q_EMIT finished(false, error, {}, r.path);
        return;
    }
    const bool sidecar = options.value(QStringLiteral("sidecar"), true).toBool();
    Project base;
    if (m_session)
        base.riskOverlay = m_session->riskOverlayJson();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    Q_EMIT busyChanged();
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Written written = watcher->result();
        m_busy = false;
        Q_EMIT busyChanged();
        Q_EMIT finished(!written.error, written.error.message, written.error.detail, written.path);
    });
    watcher->setFuture(QtConcurrent::run([r = std::move(r), sidecar, base, cancel = m_cancel, slide = slideSource(options)]() mutable {
        const SlideLanguage language(slide.language);
        slide.localise(r);
        Written written{exportMap(r, cancel.get()), r.path};
        if (!written.error && sidecar)
            written.error = writeExportSidecar(r, base);
        return written;
    }));
}

void ExportController::exportHubDeck(const QUrl &folder, const QVariantMap &options)
{
    if (m_busy || !m_session)
        return;
    QString error;
    ExportRequest r = request(options, &error);
    const QString dir = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    if (!error.isEmpty()) {
        Q_EMIT finished(false, error, {}, dir);
        return;
    }
    std::vector<HubView> hubs;
    for (const MapLayer &l : m_session->builtinLayers()) {
        if (l.id == QLatin1String(DefaultMap::hubsLayerId))
            hubs = hubViews(l);
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    m_progress = 0;
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Written written = watcher->result();
        m_busy = false;
        m_progress = -1;
        m_progressText.clear();
        Q_EMIT busyChanged();
        Q_EMIT progressChanged();
        Q_EMIT finished(!written.error, written.error.message, written.error.detail, written.path);
    });
    const QPointer<ExportController> self(this);
    const QString title = r.title;
    watcher->setFuture(QtConcurrent::run([r = std::move(r), hubs, dir, title, self, cancel = m_cancel,
                                          slide = slideSource(options)]() mutable {
        const SlideLanguage language(slide.language);
        slide.localise(r);
        const DeckResult deck = atlas::exportHubDeck(r, hubs, dir, title, cancel.get(), [self](int done, int total, const QString &name) {
            // Progress reaches the window through its event loop, never from this thread directly.
            QMetaObject::invokeMethod(qApp, [self, done, total, name] {
                if (!self)
                    return;
                self->m_progress = total > 0 ? double(done) / total : 0;
                self->m_progressText = done < total ? tr("Slide %1 of %2: %3").arg(done + 1).arg(total).arg(name)
                                                    : tr("Writing %1").arg(name);
                Q_EMIT self->progressChanged();
            });
        });
        return Written{deck.error, deck.files.empty() ? dir : deck.files.back()};
    }));
}

void ExportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ExportController::copyToClipboard(const QVariantMap &options)
{
    QString error;
    ExportRequest r = request(options, &error);
    if (!error.isEmpty()) {
        Q_EMIT finished(false, error, {}, {});
        return false;
    }
    QImage image(r.pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) { // beyond Qt's images (32767 pixels a side) or the memory at hand
        Q_EMIT finished(false, tr("This slide is too large for the clipboard; export it to a file instead."), {}, {});
        return false;
    }
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(r.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    const SlideSource slide = slideSource(options);
    const SlideLanguage language(slide.language);
    slide.localise(r);
    if (!SlideComposer(r).compose(image, nullptr)) {
        Q_EMIT finished(false, tr("The slide could not be drawn."), {}, {});
        return false;
    }
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

SlidePreviewItem::SlidePreviewItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
}

void SlidePreviewItem::setController(ExportController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &ExportController::previewChanged, this, [this] { update(); });
    update();
    Q_EMIT controllerChanged();
}

void SlidePreviewItem::paint(QPainter *painter)
{
    const QImage image = m_controller ? m_controller->previewImage() : QImage();
    if (image.isNull())
        return;
    const QSizeF fitted = QSizeF(image.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, image);
    painter->setPen(QColor(0xb0, 0xb0, 0xb0));
    painter->drawRect(target.adjusted(0, 0, -1, -1));
}

} // namespace atlas
