// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "mapexport.h"

#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QUrl>

#include <atomic>
#include <memory>

namespace atlas {

class AtlasSession;

/**
 * The export dialog's engine: slide presets, the map frame's shape for the frame drawn on the map, a preview
 * rendered by the exporter itself, the export in the background with cancel, the sidecar project and the clipboard.
 * Every render (preview, export, deck, clipboard) runs on a worker thread; results come back as signals.
 */
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    /** 16:9 HD and 4K, 4:3, A4 and Letter portrait and landscape at 300 dpi. */
    Q_PROPERTY(QList<atlas::SlidePreset> presets READ presets CONSTANT FINAL)
    /** What an export uses when the panel says nothing else (SlideOptions' defaults), and the limits. */
    Q_PROPERTY(atlas::ExportOptions defaults READ defaults CONSTANT FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(bool previewBusy READ isPreviewBusy NOTIFY previewBusyChanged FINAL)
    /** 0–1 while a hub deck is written, -1 otherwise (a single slide has no steps to count). */
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged FINAL)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged FINAL)

public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] static QList<SlidePreset> presets();
    [[nodiscard]] static ExportOptions defaults() { return {}; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isPreviewBusy() const { return m_previewBusy; }
    [[nodiscard]] QImage previewImage() const { return m_preview; }

    /** Width / height of the map on the slide these options make: the frame drawn on the map has this shape. */
    Q_INVOKABLE [[nodiscard]] double mapFrameAspect(const atlas::ExportOptions &options) const;
    /** Renders the slide in the background (scaled for large sizes); previewChanged() when it is ready. */
    Q_INVOKABLE void updatePreview(const atlas::ExportOptions &options);
    /** Writes the export in the background; finished() tells how it ended. */
    Q_INVOKABLE void exportTo(const QUrl &file, const atlas::ExportOptions &options);
    Q_INVOKABLE void cancel();
    /** One slide per hub, at these options' size and with their elements, as numbered PNGs and deck.pdf in `folder`. */
    Q_INVOKABLE void exportHubDeck(const QUrl &folder, const atlas::ExportOptions &options);
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString progressText() const { return m_progressText; }
    /**
     * Renders the slide as an image in the background (busy meanwhile, and cancel() stops it), then puts it on the
     * clipboard: copied() when it is there, finished(false, …) when it cannot be (bad options, too large, cancelled).
     */
    Q_INVOKABLE void copyToClipboard(const atlas::ExportOptions &options);

    /** The request these options describe, on the session's current layers; `error` says what is wrong with them. */
    [[nodiscard]] ExportRequest request(const ExportOptions &options, QString *error) const;

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void previewBusyChanged();
    void previewChanged();
    void progressChanged();
    /** `ok`: the file (and its sidecar) is complete; otherwise nothing was left behind. */
    void finished(bool ok, const QString &message, const QString &detail, const QString &path);
    /** The slide copyToClipboard() asked for is on the clipboard. */
    void copied();

private:
    AtlasSession *m_session = nullptr;
    bool m_busy = false;
    bool m_previewBusy = false;
    bool m_previewAgain = false;
    double m_progress = -1;
    QString m_progressText;
    ExportOptions m_previewOptions;
    QImage m_preview;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

/** Shows the controller's preview, scaled to fit, as the slide will look. */
class SlidePreviewItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SlidePreview)
    Q_PROPERTY(atlas::ExportController *controller READ controller WRITE setController NOTIFY controllerChanged FINAL)

public:
    explicit SlidePreviewItem(QQuickItem *parent = nullptr);
    [[nodiscard]] ExportController *controller() const { return m_controller; }
    void setController(ExportController *controller);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();

private:
    ExportController *m_controller = nullptr;
};

} // namespace atlas
