// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtPositioning
import QtTest
import NearshoreAtlas

// The data layers must sit exactly where Qt Location puts the same coordinates, at any fractional zoom and bearing.
TestCase {
    id: testCase
    name: "MapSync"
    width: 900
    height: 600
    visible: true
    when: windowShown

    AtlasMap {
        id: atlasMap
        anchors.fill: parent
    }

    readonly property var places: [
        QtPositioning.coordinate(31.69, -106.42),  // Ciudad Juárez
        QtPositioning.coordinate(25.67, -100.31),  // Monterrey
        QtPositioning.coordinate(20.67, -103.35),  // Guadalajara
        QtPositioning.coordinate(32.53, -117.04),  // Tijuana
        QtPositioning.coordinate(14.9, -92.26)     // Tapachula, far from the centre
    ]

    function test_pixelAgreement_data() {
        return [
            { tag: "z4.3", zoom: 4.3, bearing: 0 },
            { tag: "z5.77", zoom: 5.77, bearing: 0 },
            { tag: "z7.5 bearing 33", zoom: 7.5, bearing: 33 },
            { tag: "z9.125 bearing 210.5", zoom: 9.125, bearing: 210.5 },
            { tag: "z12.9", zoom: 12.9, bearing: 0 }
        ];
    }

    function test_pixelAgreement(data) {
        const map = atlasMap.map;
        map.zoomLevel = data.zoom;
        map.bearing = data.bearing;
        map.center = QtPositioning.coordinate(23.5, -102.0);
        compare(atlasMap.layers.zoomLevel, map.zoomLevel);
        for (const place of places) {
            const expected = map.fromCoordinate(place, false);
            const actual = atlasMap.layers.fromCoordinate(place);
            fuzzyCompare(actual.x, expected.x, 0.01, "x of " + place);
            fuzzyCompare(actual.y, expected.y, 0.01, "y of " + place);
        }
    }

    function test_rendersAfterCameraChange() {
        const before = atlasMap.layers.renderCount;
        atlasMap.map.bearing = 0;
        atlasMap.goHome();
        tryVerify(() => atlasMap.layers.renderCount > before && !atlasMap.layers.rendering, 5000);
    }
}
