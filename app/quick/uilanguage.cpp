// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace atlas {

namespace {
const auto settingsKey = QStringLiteral("ui/language");

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::Mexico);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

std::unique_ptr<QTranslator> &installed()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
}

QString UiLanguage::language() const
{
    return QSettings().value(settingsKey, QStringLiteral("system")).toString();
}

void UiLanguage::setLanguage(const QString &language)
{
    const QStringList known{QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("es")};
    if (!known.contains(language) || language == this->language())
        return;
    QSettings().setValue(settingsKey, language);
    install(language);
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate(); // every qsTr binding is evaluated again
    Q_EMIT languageChanged();
}

void UiLanguage::applyRemembered()
{
    install(QSettings().value(settingsKey, QStringLiteral("system")).toString());
}

void UiLanguage::install(const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale); // numbers and dates in the window follow the language
    std::unique_ptr<QTranslator> &translator = installed();
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator = std::make_unique<QTranslator>();
    // English is the source language: no catalogue, the texts are used as written.
    if (translator->load(locale, QStringLiteral("nearshore-atlas"), QStringLiteral("_"), QStringLiteral(":/nearshore-atlas/i18n")))
        QCoreApplication::installTranslator(translator.get());
    else
        translator.reset();
}

} // namespace atlas
