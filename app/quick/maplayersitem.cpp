// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayersitem.h"

#include "atlassession.h"
#include "maprenderer.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTransformNode>

namespace atlas {

MapLayersItem::MapLayersItem(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

MapLayersItem::~MapLayersItem() = default; // the job cancels and waits for its workers

void MapLayersItem::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) // a layer shown, hidden, added, moved or restyled: render again (the old image stays meanwhile)
        connect(m_session, &AtlasSession::mapChanged, this, &MapLayersItem::scheduleRender);
    Q_EMIT sessionChanged();
    scheduleRender();
}

QGeoCoordinate MapLayersItem::center() const
{
    return {m_camera.centerLat, m_camera.centerLon};
}

void MapLayersItem::setCenter(const QGeoCoordinate &center)
{
    if (!center.isValid() || (center.latitude() == m_camera.centerLat && center.longitude() == m_camera.centerLon))
        return;
    m_camera.centerLat = center.latitude();
    m_camera.centerLon = center.longitude();
    Q_EMIT cameraChanged();
    scheduleRender();
}

void MapLayersItem::setZoomLevel(qreal zoom)
{
    if (zoom == m_camera.zoom)
        return;
    m_camera.zoom = zoom;
    Q_EMIT cameraChanged();
    scheduleRender();
}

void MapLayersItem::setBearing(qreal bearing)
{
    if (bearing == m_camera.bearing)
        return;
    m_camera.bearing = bearing;
    Q_EMIT cameraChanged();
    scheduleRender();
}

QPointF MapLayersItem::fromCoordinate(const QGeoCoordinate &coordinate) const
{
    return m_camera.lonLatToScreen(coordinate.longitude(), coordinate.latitude());
}

QGeoCoordinate MapLayersItem::toCoordinate(const QPointF &point) const
{
    const QPointF lonLat = m_camera.screenToLonLat(point);
    return {lonLat.y(), lonLat.x()};
}

void MapLayersItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        m_camera.size = newGeometry.size();
        scheduleRender();
    }
    update();
}

void MapLayersItem::scheduleRender()
{
    update(); // the preview follows the camera right away
    Q_EMIT renderingChanged(); // upToDate may have changed with the camera
    if (isRendering()) {
        // Let the running render finish (its image is still a better preview than an older one), then render again.
        m_renderPending = true;
        return;
    }
    startRender();
}

void MapLayersItem::startRender()
{
    m_renderPending = false;
    if (!m_session || m_camera.size.isEmpty())
        return;
    MapSettings settings = m_session->settingsFor(m_camera);
    settings.devicePixelRatio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    m_job = std::make_unique<RenderJob>(std::move(settings));
    connect(m_job.get(), &RenderJob::finished, this, &MapLayersItem::onRenderFinished);
    m_job->start();
    Q_EMIT renderingChanged();
}

void MapLayersItem::onRenderFinished()
{
    const RenderResult &result = m_job->result();
    const MapCamera rendered = m_job->settings().camera;
    if (!result.image.isNull()) {
        m_image = result.image;
        m_imageCamera = rendered;
        m_imageChanged = true;
        ++m_renderCount;
        m_layerErrors.clear();
        for (const LayerError &e : result.errors)
            m_layerErrors.append(e.error.message);
        update();
        Q_EMIT this->rendered();
    }
    // The finished job is released after this slot returns (it is the sender).
    m_job.release()->deleteLater();
    if (m_renderPending && !(rendered == m_camera))
        startRender();
    m_renderPending = false;
    Q_EMIT renderingChanged();
}

QSGNode *MapLayersItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (m_image.isNull()) {
        delete oldNode;
        return nullptr;
    }
    auto *transformNode = static_cast<QSGTransformNode *>(oldNode);
    QSGImageNode *imageNode = nullptr;
    if (!transformNode) {
        transformNode = new QSGTransformNode;
        imageNode = window()->createImageNode();
        imageNode->setOwnsTexture(true);
        imageNode->setFiltering(QSGTexture::Linear);
        transformNode->appendChildNode(imageNode);
        m_imageChanged = true;
    } else {
        imageNode = static_cast<QSGImageNode *>(transformNode->firstChild());
    }
    if (m_imageChanged) {
        imageNode->setTexture(window()->createTextureFromImage(m_image));
        imageNode->setRect(QRectF(QPointF(0, 0), m_imageCamera.size));
        m_imageChanged = false;
    }
    // Image pixels -> metres under the camera it was rendered for -> item pixels under the current camera.
    const QTransform imageToItem = m_imageCamera.mercatorToScreen().inverted() * m_camera.mercatorToScreen();
    transformNode->setMatrix(QMatrix4x4(imageToItem));
    return transformNode;
}

} // namespace atlas
