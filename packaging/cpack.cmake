# The Debian package (`./atlas package`, or `cpack -G DEB` in a build directory configured for the prefix /usr).
# Library dependencies are derived from the executable by dpkg-shlibdeps; only what the linker cannot see is named.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nearshore-atlas)
set(CPACK_PACKAGE_VENDOR "The Nearshore Atlas developers")
# The project has no published contact address yet: the reserved .invalid domain says so instead of inventing one.
set(CPACK_PACKAGE_CONTACT "The Nearshore Atlas developers <nearshore-atlas@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "map explorer for Mexico's nearshoring hubs")
set(CPACK_PACKAGE_DESCRIPTION
    "Nearshore Atlas shows Mexico's states, industrial hubs and AI-hardware factory sites with their investments, and
a risk index per state, on a map that works offline on the data it ships. It opens any GDAL dataset on top and
exports slides (PNG, JPEG, PDF, SVG) and GeoTIFF.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # nearshore-atlas_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them:
#  - the QML modules Main.qml and the dialogs import (QtQuick, Controls and the templates and style it builds on,
#    Layouts, Dialogs, Window, QtCore for Settings, QtLocation and QtPositioning, and what they import in turn);
#  - the Qt Location geo-services plugin `itemsoverlay` that the map uses (no tiles, no network);
#  - the platform plugins (xcb, offscreen for --snapshot/export, Wayland) and the SVG icon engine;
#  - a font: Qt draws no text without one, and the slides' layout is measured with DejaVu Sans.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, \
qml6-module-qtquick-dialogs, qml6-module-qtquick-window, qml6-module-qtquick-shapes, qml6-module-qtcore, \
qml6-module-qtqml-workerscript, qml6-module-qtlocation, qml6-module-qtpositioning, qt6-location-plugins, \
qt6-qpa-plugins, qt6-svg-plugins, fonts-dejavu-core, fontconfig")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
include(CPack)
