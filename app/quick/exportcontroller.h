// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapexport.h"

#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QUrl>
#include <QVariantMap>

#include <atomic>
#include <memory>

namespace atlas {

class AtlasSession;

/**
 * The export dialog's engine: slide presets, the map frame's shape for the frame drawn on the map, a preview
 * rendered by the exporter itself, the export in the background with cancel, the sidecar project and the clipboard.
 *
 * Options (a QML object): {width, height, dpi, format: png|jpg|pdf|svg|tif, title, subtitle, language: en|es,
 * legend, scaleBar, northArrow, sourceLine, locator, worldFile, sidecar: bool, extent: [west, south, east, north]}.
 */
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    /** [{name, width, height, dpi}]: 16:9 HD and 4K, 4:3, A4 and Letter portrait and landscape at 300 dpi. */
    Q_PROPERTY(QVariantList presets READ presets CONSTANT FINAL)
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
    [[nodiscard]] static QVariantList presets();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isPreviewBusy() const { return m_previewBusy; }
    [[nodiscard]] QImage previewImage() const { return m_preview; }

    /** Width / height of the map on the slide these options make: the frame drawn on the map has this shape. */
    Q_INVOKABLE [[nodiscard]] double mapFrameAspect(const QVariantMap &options) const;
    /** Renders the slide in the background (scaled for large sizes); previewChanged() when it is ready. */
    Q_INVOKABLE void updatePreview(const QVariantMap &options);
    /** Writes the export in the background; finished() tells how it ended. */
    Q_INVOKABLE void exportTo(const QUrl &file, const QVariantMap &options);
    Q_INVOKABLE void cancel();
    /** One slide per hub, at these options' size and with their elements, as numbered PNGs and deck.pdf in `folder`. */
    Q_INVOKABLE void exportHubDeck(const QUrl &folder, const QVariantMap &options);
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString progressText() const { return m_progressText; }
    /** Renders the slide as an image and puts it on the clipboard; false (and failed()) if it cannot. */
    Q_INVOKABLE bool copyToClipboard(const QVariantMap &options);

    /** The request these options describe, on the session's current layers; `error` says what is wrong with them. */
    [[nodiscard]] ExportRequest request(const QVariantMap &options, QString *error) const;

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void previewBusyChanged();
    void previewChanged();
    void progressChanged();
    /** `ok`: the file (and its sidecar) is complete; otherwise nothing was left behind. */
    void finished(bool ok, const QString &message, const QString &detail, const QString &path);

private:
    AtlasSession *m_session = nullptr;
    bool m_busy = false;
    bool m_previewBusy = false;
    bool m_previewAgain = false;
    double m_progress = -1;
    QString m_progressText;
    QVariantMap m_previewOptions;
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
