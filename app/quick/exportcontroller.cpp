// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "atlassession.h"
#include "exportprojection.h"
#include "exportsidecar.h"
#include "hubdeck.h"
#include "maprenderer.h"
#include "slidecomposer.h"

#include <QClipboard>
#include <QDir>
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

QList<SlidePreset> ExportController::presets()
{
    // Paper sizes at 300 dpi: A4 210 × 297 mm, Letter 8.5 × 11 in.
    return {{tr("16:9 slide, 1920 × 1080"), 1920, 1080, 96}, {tr("16:9 slide, 4K 3840 × 2160"), 3840, 2160, 192},
            {tr("4:3 slide, 1600 × 1200"), 1600, 1200, 96},  {tr("A4 landscape, 300 dpi"), 3508, 2480, 300},
            {tr("A4 portrait, 300 dpi"), 2480, 3508, 300},   {tr("Letter landscape, 300 dpi"), 3300, 2550, 300},
            {tr("Letter portrait, 300 dpi"), 2550, 3300, 300}};
}

ExportRequest ExportController::request(const ExportOptions &options, QString *error) const
{
    const SlideOptions &slide = options.slide();
    if (!options.formatKnown())
        *error = tr("Choose PNG, JPEG, PDF, SVG or GeoTIFF.");
    else
        *error = slide.problem();
    const QString language = options.language() == QLatin1String("es") ? options.language() : QStringLiteral("en");
    ExportRequest r;
    if (m_session)
        r = m_session->document().exportRequest(slide, language);
    else
        static_cast<SlideOptions &>(r) = slide;
    const QList<double> &e = options.extent();
    if (e.size() == 4) {
        r.extent = {e[0], e[1], e[2], e[3]};
        r.exactExtent = true;
    }
    if (!r.extent.isValid())
        *error = tr("The slide frame is not on the map.");
    return r;
}

double ExportController::mapFrameAspect(const ExportOptions &options) const
{
    QString error;
    const ExportRequest r = request(options, &error);
    if (r.format == ExportRequest::Format::GeoTiff) // the map alone, no slide around it
        return double(r.pixels.width()) / r.pixels.height();
    const QRectF frame = SlideComposer(r).mapFrame();
    return frame.height() > 0 ? frame.width() / frame.height() : 16.0 / 9.0;
}

void ExportController::updatePreview(const ExportOptions &options)
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
    watcher->setFuture(QtConcurrent::run([r = std::move(r)] {
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

void ExportController::exportTo(const QUrl &file, const ExportOptions &options)
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
    const bool sidecar = options.sidecar();
    // What the layers do not hold (the overlay's settings, bookmarks, presets) goes into the sidecar too.
    const Project base = m_session ? m_session->document().capture(QDir::root()) : Project{};
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
    watcher->setFuture(QtConcurrent::run([r = std::move(r), sidecar, base, cancel = m_cancel] {
        Written written{exportMap(r, cancel.get()), r.path};
        if (!written.error && sidecar)
            written.error = writeExportSidecar(r, base);
        return written;
    }));
}

void ExportController::exportHubDeck(const QUrl &folder, const ExportOptions &options)
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
    const std::vector<HubView> hubs = m_session->document().hubs();
    const RiskSettings risk = m_session->document().risk().value_or(RiskSettings{});
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
    // The shipped map is copied for the worker (its layers' data is shared and immutable): the fact boxes read it.
    watcher->setFuture(QtConcurrent::run([map = m_session->document().shipped(), r = std::move(r), risk, hubs, dir, title,
                                          self, cancel = m_cancel] {
        const DeckResult deck = atlas::exportHubDeck(map, r, risk, hubs, dir, title, cancel.get(), [self](int done, int total, const QString &name) {
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

namespace {
// The clipboard's slide, drawn on a worker thread; the clipboard itself is the window thread's.
struct Copied {
    QImage image;
    enum class Problem { None, TooLarge, NotDrawn } problem = Problem::None;
};
} // namespace

void ExportController::copyToClipboard(const ExportOptions &options)
{
    if (m_busy)
        return;
    QString error;
    ExportRequest r = request(options, &error);
    if (!error.isEmpty()) {
        Q_EMIT finished(false, error, {}, {});
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    Q_EMIT busyChanged();
    auto *watcher = new QFutureWatcher<Copied>(this);
    connect(watcher, &QFutureWatcher<Copied>::finished, this, [this, watcher, cancel = m_cancel] {
        watcher->deleteLater();
        const Copied result = watcher->result();
        m_busy = false;
        Q_EMIT busyChanged();
        if (result.problem == Copied::Problem::TooLarge)
            Q_EMIT finished(false, tr("This slide is too large for the clipboard; export it to a file instead."), {}, {});
        else if (cancel->load())
            Q_EMIT finished(false, tr("Copying was cancelled; the clipboard is unchanged."), {}, {});
        else if (result.problem == Copied::Problem::NotDrawn)
            Q_EMIT finished(false, tr("The slide could not be drawn."), {}, {});
        else {
            QGuiApplication::clipboard()->setImage(result.image);
            Q_EMIT copied();
        }
    });
    watcher->setFuture(QtConcurrent::run([r = std::move(r), cancel = m_cancel] {
        Copied drawn;
        drawn.image = QImage(r.pixels, QImage::Format_ARGB32_Premultiplied);
        if (drawn.image.isNull()) { // beyond Qt's images (32767 pixels a side) or the memory at hand
            drawn.problem = Copied::Problem::TooLarge;
            return drawn;
        }
        drawn.image.fill(Qt::white);
        const int dotsPerMeter = qRound(r.dpi / 0.0254);
        drawn.image.setDotsPerMeterX(dotsPerMeter);
        drawn.image.setDotsPerMeterY(dotsPerMeter);
        if (!SlideComposer(r).compose(drawn.image, cancel.get())) {
            drawn.image = QImage();
            drawn.problem = Copied::Problem::NotDrawn;
        }
        return drawn;
    }));
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
