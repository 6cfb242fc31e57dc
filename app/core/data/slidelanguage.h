// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace atlas {

/**
 * Texts that end up on a slide (legend, scale bar, source line, layer titles) are written in the slide's language,
 * which the planner chooses independently of the window's. slideText() translates like QCoreApplication::translate,
 * except while a SlideLanguage is active on the calling thread: then that language's catalogue is used (English,
 * the source language, needs none).
 */
[[nodiscard]] QString slideText(const char *context, const char *sourceText);

/** Makes slideText() answer in `language` ("en" or "es") on this thread until destroyed. Nests. */
class SlideLanguage
{
public:
    explicit SlideLanguage(const QString &language);
    ~SlideLanguage();
    SlideLanguage(const SlideLanguage &) = delete;
    SlideLanguage &operator=(const SlideLanguage &) = delete;

    struct State; ///< what slideText() consults on this thread

private:
    const State *m_previous;
    std::shared_ptr<const QTranslator> m_translator;
    std::unique_ptr<State> m_state;
};

} // namespace atlas
