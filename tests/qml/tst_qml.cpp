// SPDX-License-Identifier: GPL-3.0-or-later
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(NearshoreAtlasPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // Settings, recent projects and the recovery file go to a test location, never the developer's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Nearshore Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(nearshore_atlas_qml, Setup)

#include "tst_qml.moc"
