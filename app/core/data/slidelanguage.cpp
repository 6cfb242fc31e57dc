// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidelanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>

#include <map>

namespace atlas {

struct SlideLanguage::State {
    const QTranslator *translator = nullptr; ///< null: the source language (English)
};

namespace {
thread_local const SlideLanguage::State *current = nullptr;

// One catalogue per language for the whole program, loaded on first use from the translations compiled in.
std::shared_ptr<const QTranslator> catalogue(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto &entry = loaded[language];
    if (!entry) {
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(QLocale(language), QStringLiteral("nearshore-atlas"), QStringLiteral("_"),
                             QStringLiteral(":/nearshore-atlas/i18n")))
            entry = translator;
    }
    return entry;
}
} // namespace

QString slideText(const char *context, const char *sourceText)
{
    if (!current)
        return QCoreApplication::translate(context, sourceText);
    if (current->translator) {
        const QString text = current->translator->translate(context, sourceText);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(sourceText);
}

SlideLanguage::SlideLanguage(const QString &language)
    : m_previous(current)
    , m_translator(language == QLatin1String("en") ? nullptr : catalogue(language))
    , m_state(std::make_unique<State>(State{m_translator.get()}))
{
    current = m_state.get();
}

SlideLanguage::~SlideLanguage()
{
    current = m_previous;
}

} // namespace atlas
