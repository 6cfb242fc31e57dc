// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcamera.h"
#include "renderjob.h"

#include <QGeoCoordinate>
#include <QImage>
#include <QPointer>
#include <QQuickItem>

#include <cmath>
#include <memory>

namespace atlas {

class AtlasSession;

/**
 * Shows the session's data layers under a Qt Location Map, following its camera. Layers are rendered by MapRenderer
 * on a worker thread; until a fresh image is ready, the last one is shown transformed to the current camera (scaled
 * and moved on the GPU), so panning and zooming never wait for a render and never flash an empty map.
 */
class MapLayersItem : public QQuickItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MapLayers)

    /** The data to draw. */
    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    /** Bind to Map.center. */
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged FINAL)
    /** Bind to Map.zoomLevel. */
    Q_PROPERTY(qreal zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged FINAL)
    /** Bind to Map.bearing. */
    Q_PROPERTY(qreal bearing READ bearing WRITE setBearing NOTIFY cameraChanged FINAL)
    /** True while a render runs on a worker thread. */
    Q_PROPERTY(bool rendering READ isRendering NOTIFY renderingChanged FINAL)
    /** Renders completed since creation (for tests and diagnostics). */
    Q_PROPERTY(int renderCount READ renderCount NOTIFY rendered FINAL)
    /** Ground metres per screen pixel at the centre of the view (Web Mercator scale corrected for latitude). */
    Q_PROPERTY(qreal groundMetersPerPixel READ groundMetersPerPixel NOTIFY cameraChanged FINAL)
    /** True when the image on screen was rendered for exactly the current camera and no render is running. */
    Q_PROPERTY(bool upToDate READ isUpToDate NOTIFY renderingChanged FINAL)
    /** Readable messages of the layers the last render could not draw (the rest of the map is drawn). */
    Q_PROPERTY(QStringList layerErrors READ layerErrors NOTIFY rendered FINAL)

public:
    explicit MapLayersItem(QQuickItem *parent = nullptr);
    ~MapLayersItem() override;

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] QGeoCoordinate center() const;
    void setCenter(const QGeoCoordinate &center);
    [[nodiscard]] qreal zoomLevel() const { return m_camera.zoom; }
    void setZoomLevel(qreal zoom);
    [[nodiscard]] qreal bearing() const { return m_camera.bearing; }
    void setBearing(qreal bearing);
    [[nodiscard]] bool isRendering() const { return m_job && m_job->isRunning(); }
    [[nodiscard]] QStringList layerErrors() const { return m_layerErrors; }
    [[nodiscard]] qreal groundMetersPerPixel() const
    {
        return std::cos(m_camera.centerLat * M_PI / 180.0) / m_camera.pixelsPerMeter();
    }
    [[nodiscard]] bool isUpToDate() const { return !isRendering() && !m_image.isNull() && m_imageCamera == m_camera; }
    [[nodiscard]] int renderCount() const { return m_renderCount; }
    [[nodiscard]] MapCamera camera() const { return m_camera; }

    /** Item pixels of a coordinate under the current camera (not clipped to the item). */
    Q_INVOKABLE [[nodiscard]] QPointF fromCoordinate(const QGeoCoordinate &coordinate) const;
    Q_INVOKABLE [[nodiscard]] QGeoCoordinate toCoordinate(const QPointF &point) const;

Q_SIGNALS:
    void sessionChanged();
    void cameraChanged();
    void renderingChanged();
    void rendered();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;

private:
    void scheduleRender();
    void startRender();
    void onRenderFinished();

    QPointer<AtlasSession> m_session;
    MapCamera m_camera;

    std::unique_ptr<RenderJob> m_job;
    bool m_renderPending = false;
    QStringList m_layerErrors;

    QImage m_image;          ///< the last complete render
    MapCamera m_imageCamera; ///< the camera it was rendered for
    bool m_imageChanged = false;
    int m_renderCount = 0;
};

} // namespace atlas
