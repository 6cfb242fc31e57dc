// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayersitem.h"

#include "atlassession.h"
#include "maprenderer.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTransformNode>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas {

MapLayersItem::MapLayersItem(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &MapLayersItem::onRenderFinished);
}

MapLayersItem::~MapLayersItem()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void MapLayersItem::setSession(AtlasSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
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
    if (m_watcher.isRunning()) {
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
    m_renderingCamera = m_camera;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([settings = std::move(settings), cancel = m_cancel] {
        return MapRenderer::renderImage(settings, cancel.get());
    }));
    Q_EMIT renderingChanged();
}

void MapLayersItem::onRenderFinished()
{
    const QImage image = m_watcher.result();
    if (!image.isNull()) {
        m_image = image;
        m_imageCamera = m_renderingCamera;
        m_imageChanged = true;
        ++m_renderCount;
        update();
        Q_EMIT rendered();
    }
    if (m_renderPending && !(m_renderingCamera == m_camera))
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
