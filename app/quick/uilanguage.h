// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace atlas {

/**
 * The language of the window: the system's (Mexican Spanish or English) unless the planner chose one in the View
 * menu. The choice is remembered; switching retranslates the window at once, and numbers follow its locale.
 */
class UiLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /** "system", "en" or "es". */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)

public:
    explicit UiLanguage(QObject *parent = nullptr);

    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    /** Installs the remembered language before the first window is created (main() calls it). */
    static void applyRemembered();

Q_SIGNALS:
    void languageChanged();

private:
    static void install(const QString &language);
};

} // namespace atlas
