#pragma once

#include "text/stopwordlist.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace parallax {

// Guesses the language of a text, returning an ISO 639-1 code.
//
// Script first, by the letters of the first 100,000 characters: Cyrillic →
// "ru" (or "uk", "be", "bg", "sr", "mk" when their own letters say so), Han
// with kana → "ja", Han → "zh", Hangul → "ko", Thai → "th", Arabic → "ar"
// ("fa" with Persian letters), Hebrew → "he", Greek → "el", Devanagari →
// "hi", Armenian → "hy", Georgian → "ka". Latin text gets the language whose
// stop-word list covers most of its words (StopWordList::languages()); when
// none covers even 10%, letters peculiar to Turkish, Hungarian, Romanian,
// Polish, Czech or Icelandic decide, if present.
//
// Too short to tell (fewer than two stop-word hits in Latin text, or no
// letters at all): "en".
class LanguageGuesser
{
public:
    LanguageGuesser(); // loads the stop-word lists of the Latin-script languages
    QString guess(QStringView text) const;

private:
    QString guessLatin(QStringView text) const;

    std::vector<StopWordList> m_profiles;
};

} // namespace parallax
