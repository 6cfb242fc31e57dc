// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtLocation as QtLocation
import QtPositioning
import NearshoreAtlas

/** The map surface: Qt Location owns the camera and the gestures, MapLayers draws the data under it. */
Item {
    id: root

    /** The Qt Location map, for camera access and map items. */
    readonly property alias map: map
    /** The data layers item, exposed for tests. */
    readonly property alias layers: layers
    /** Emitted when the planner clicks the map (not at the end of a drag). */
    signal clicked(geoCoordinate coordinate, point position)
    /** The camera came to rest after moving (debounced): time to store the view. */
    signal viewSettled

    /** The camera as a project stores it. */
    function currentView(): var {
        return { center: map.center, zoomLevel: map.zoomLevel, bearing: map.bearing };
    }
    Timer {
        id: settle
        interval: 400
        onTriggered: {
            root.viewSettled();
            // Database layers fetch by the view's box: they hear where the view came to rest.
            const nw = map.toCoordinate(Qt.point(0, 0), false), se = map.toCoordinate(Qt.point(map.width, map.height), false);
            const ne = map.toCoordinate(Qt.point(map.width, 0), false), sw = map.toCoordinate(Qt.point(0, map.height), false);
            if (nw.isValid && se.isValid && ne.isValid && sw.isValid)
                AtlasSession.viewChanged([Math.min(nw.longitude, sw.longitude), Math.min(se.latitude, sw.latitude),
                                          Math.max(ne.longitude, se.longitude), Math.max(nw.latitude, ne.latitude)]);
        }
    }
    Connections {
        target: map
        function onCenterChanged(): void { settle.restart(); }
        function onZoomLevelChanged(): void { settle.restart(); }
    }

    /** The coordinate under the mouse pointer, or an invalid one when the pointer is elsewhere. */
    property var pointerCoordinate: QtPositioning.coordinate()

    /** Width / height of the slide frame drawn on the map (what an export will show); 0 hides the frame. */
    property real frameAspect: 0
    /** Pixels on the right covered by a panel: the frame stays in the part of the map that shows. */
    property real frameRightInset: 0
    /** The slide frame in the map's pixels: as large as fits with a margin, centred in the visible part. */
    readonly property rect frameRect: {
        if (frameAspect <= 0)
            return Qt.rect(0, 0, 0, 0);
        const margin = 32;
        const w = Math.max(1, width - frameRightInset - 2 * margin), h = Math.max(1, height - 2 * margin);
        const fw = Math.min(w, h * frameAspect), fh = fw / frameAspect;
        return Qt.rect(margin + (w - fw) / 2, margin + (h - fh) / 2, fw, fh);
    }
    /** [west, south, east, north] in degrees of the slide frame (the view is north-up while exporting). */
    function frameExtent(): var {
        const r = frameRect;
        const nw = map.toCoordinate(Qt.point(r.x, r.y), false);
        const se = map.toCoordinate(Qt.point(r.x + r.width, r.y + r.height), false);
        return [nw.longitude, se.latitude, se.longitude, nw.latitude];
    }

    /** Until the planner moves the map, resizing the window keeps all of Mexico in view. */
    property bool userMoved: false
    onWidthChanged: if (!userMoved) goHome()
    onHeightChanged: if (!userMoved) goHome()

    /** Shows all of Mexico. */
    function goHome(): void {
        if (width <= 0 || height <= 0)
            return;
        const view = AtlasSession.homeView(width, height);
        // Zoom first: Qt Location clamps the centre to what the current zoom level allows.
        map.zoomLevel = view.zoomLevel;
        map.center = view.center;
    }

    /** Shows a stored view at once ({center, zoomLevel, bearing}); a view without a centre shows all of Mexico. */
    function showView(view: var): void {
        flight.stop();
        userMoved = !!view.center;
        if (!userMoved) {
            goHome();
            return;
        }
        // Zoom first, as in goHome().
        map.zoomLevel = view.zoomLevel;
        map.center = view.center;
        map.bearing = view.bearing;
    }

    /** Flies to a searched place and marks it with a pin until the next search. */
    function showPlace(coordinate: var): void {
        placeMarker.coordinate = coordinate;
        placeMarker.visible = true;
        flyTo(coordinate, Math.max(map.zoomLevel, 10));
    }

    /** Flies to a coordinate (zooming to `zoom`), animated; any gesture interrupts the flight. */
    function flyTo(coordinate: var, zoom: real): void {
        flight.stop();
        centreAnimation.to = coordinate;
        zoomAnimation.to = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, zoom));
        userMoved = true;
        flight.start();
    }

    clip: true

    ParallelAnimation {
        id: flight
        CoordinateAnimation {
            id: centreAnimation
            target: map
            property: "center"
            duration: 700
            easing.type: Easing.InOutQuad
        }
        NumberAnimation {
            id: zoomAnimation
            target: map
            property: "zoomLevel"
            duration: 700
            easing.type: Easing.InOutQuad
        }
    }

    Rectangle {
        anchors.fill: parent
        color: "#c6dbe9" // the sea, as MapSettings::background, so a resize never shows a blank strip
    }

    MapLayers {
        id: layers
        anchors.fill: parent
        session: AtlasSession
        center: map.center
        zoomLevel: map.zoomLevel
        bearing: map.bearing
    }

    QtLocation.Map {
        id: map
        anchors.fill: parent
        color: "transparent"
        copyrightsVisible: false
        tilt: 0
        maximumTilt: 0
        plugin: QtLocation.Plugin {
            name: "itemsoverlay" // no tiles and no network: every pixel below comes from MapLayers
        }

        property geoCoordinate startCentroid

        // The place found by a coordinate search: one map item, which Qt Location keeps in place as the map moves.
        QtLocation.MapQuickItem {
            id: placeMarker
            objectName: "placeMarker"
            visible: false
            anchorPoint: Qt.point(8, 8)
            sourceItem: Rectangle {
                width: 16
                height: 16
                radius: 8
                color: "#cb181d"
                border.color: "white"
                border.width: 3
            }
        }

        // The selected feature (from a click, the feature card or the attribute table), outlined over the data.
        // Map items suit this: one feature's outline, thinned by AtlasSession to about 2,000 vertices.
        readonly property var selection: AtlasSession.selectionShape
        QtLocation.MapItemView {
            model: map.selection.paths ?? []
            delegate: QtLocation.MapPolyline {
                required property var modelData
                path: modelData
                line.width: 5
                line.color: "#b3202020"
            }
        }
        QtLocation.MapItemView {
            objectName: "selectionOutline"
            model: map.selection.paths ?? []
            delegate: QtLocation.MapPolyline {
                required property var modelData
                path: modelData
                line.width: 2.5
                line.color: "#00e5ff"
            }
        }
        QtLocation.MapItemView {
            objectName: "selectionPoints"
            model: map.selection.points ?? []
            delegate: QtLocation.MapQuickItem {
                required property var modelData
                coordinate: modelData
                anchorPoint: Qt.point(13, 13)
                sourceItem: Rectangle {
                    width: 26
                    height: 26
                    radius: 13
                    color: "transparent"
                    border.color: "#00e5ff"
                    border.width: 3
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -2
                        radius: width / 2
                        color: "transparent"
                        border.color: "#b3202020"
                        border.width: 1.5
                    }
                }
            }
        }

        PinchHandler {
            id: pinch
            target: null
            grabPermissions: PointerHandler.TakeOverForbidden
            onActiveChanged: if (active) {
                flight.stop();
                root.userMoved = true;
                map.startCentroid = map.toCoordinate(pinch.centroid.position, false);
            }
            onScaleChanged: delta => {
                map.zoomLevel += Math.log2(delta);
                map.alignCoordinateToPoint(map.startCentroid, pinch.centroid.position);
            }
        }
        WheelHandler {
            id: wheel
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            onWheel: event => {
                flight.stop();
                root.userMoved = true;
                const anchor = map.toCoordinate(wheel.point.position, false);
                const step = event.angleDelta.y / 120 * 0.5;
                map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, map.zoomLevel + step));
                map.alignCoordinateToPoint(anchor, wheel.point.position);
            }
        }
        DragHandler {
            id: drag
            target: null
            property point last
            onActiveChanged: {
                last = centroid.position;
                flight.stop();
                root.userMoved = true;
            }
            onCentroidChanged: {
                if (!active)
                    return;
                // Map.pan() moves whole pixels: carry the remainder to the next event so slow drags do not stall.
                const dx = Math.round(last.x - centroid.position.x);
                const dy = Math.round(last.y - centroid.position.y);
                if (dx !== 0 || dy !== 0) {
                    map.pan(dx, dy);
                    last = Qt.point(last.x - dx, last.y - dy);
                }
            }
        }
        HoverHandler {
            id: hover
            property point last
            onPointChanged: {
                // Hover is re-delivered when the scene changes (the tip opening, a render arriving): only a real
                // move of the pointer hides the tip and starts the pause again.
                if (point.position === last)
                    return;
                last = point.position;
                root.pointerCoordinate = hovered ? map.toCoordinate(point.position, false) : QtPositioning.coordinate();
                hoverTip.close();
                hoverPause.restart();
            }
            onHoveredChanged: if (!hovered) {
                root.pointerCoordinate = QtPositioning.coordinate();
                hoverPause.stop();
                hoverTip.close();
            }
        }
        // What is under a resting pointer: its name and layer, after a short pause (not on every move).
        Timer {
            id: hoverPause
            interval: 350
            onTriggered: {
                const hits = AtlasSession.identify(root.pointerCoordinate, map.zoomLevel);
                if (hits.length === 0 || !hover.hovered)
                    return;
                hoverTip.text = hits.length > 1 ? qsTr("%1 — %2 (+%3 more)").arg(hits[0].name).arg(hits[0].title).arg(hits.length - 1)
                                                : qsTr("%1 — %2").arg(hits[0].name).arg(hits[0].title);
                hoverTip.x = hover.point.position.x + 14;
                hoverTip.y = hover.point.position.y + 14;
                hoverTip.open();
            }
        }
        TapHandler {
            onTapped: eventPoint => root.clicked(map.toCoordinate(eventPoint.position, false), eventPoint.position)
        }
    }

    // The slide frame: the map outside it is dimmed, so the planner sees exactly what the export will hold.
    Item {
        id: slideFrame
        objectName: "slideFrame"
        anchors.fill: parent
        visible: root.frameAspect > 0
        readonly property rect r: root.frameRect
        Rectangle { x: 0; y: 0; width: parent.width; height: slideFrame.r.y; color: "#66000000" }
        Rectangle { x: 0; y: slideFrame.r.y + slideFrame.r.height; width: parent.width; height: parent.height - y; color: "#66000000" }
        Rectangle { x: 0; y: slideFrame.r.y; width: slideFrame.r.x; height: slideFrame.r.height; color: "#66000000" }
        Rectangle {
            x: slideFrame.r.x + slideFrame.r.width; y: slideFrame.r.y
            width: parent.width - x; height: slideFrame.r.height; color: "#66000000"
        }
        Rectangle {
            x: slideFrame.r.x; y: slideFrame.r.y; width: slideFrame.r.width; height: slideFrame.r.height
            color: "transparent"; border.color: "#ffffff"; border.width: 2
        }
    }

    ToolTip {
        id: hoverTip
        objectName: "hoverTip"
    }

    Keys.onPressed: event => {
        const step = 100;
        if (event.key === Qt.Key_Left)
            map.pan(-step, 0);
        else if (event.key === Qt.Key_Right)
            map.pan(step, 0);
        else if (event.key === Qt.Key_Up)
            map.pan(0, -step);
        else if (event.key === Qt.Key_Down)
            map.pan(0, step);
        else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
            map.zoomLevel = Math.min(map.maximumZoomLevel, map.zoomLevel + 1);
        else if (event.key === Qt.Key_Minus)
            map.zoomLevel = Math.max(map.minimumZoomLevel, map.zoomLevel - 1);
        else if (event.key === Qt.Key_Home)
            root.goHome();
        else
            return;
        userMoved = event.key !== Qt.Key_Home;
        event.accepted = true;
    }
}
