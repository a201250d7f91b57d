#pragma once

#include "model/textspan.h"
#include "text/stopwordlist.h"

#include <QString>

#include <memory>
#include <vector>

namespace parallax {

// Sentence and word boundaries from ICU's break iterators, made once per
// Segmenter (not thread-safe: one per thread).
//
// Sentences: ICU's sentence rules for the language, then our own merges of
// the breaks ICU gets wrong: after abbreviations (Dr., Gen., Jan., vs., No. 5,
// U.S. President, J. K. Rowling) and after quotations that end in
// punctuation inside the closing quote ('"Is it over?" he asked.'); see
// segmenter.cpp, shouldJoin, for the exact rule. '\n' and '\r' inside the range are soft breaks
// (treated as spaces).
class Segmenter
{
public:
    struct Word
    {
        TextSpan span;
        int ruleStatus = 0; // ICU UBRK_WORD_*: number, letter, kana or ideograph
    };

    // language: ISO 639-1 code choosing ICU's rules and the abbreviations.
    // stopWords: tell a new sentence ("U.S. The ...") from a name
    // continuing after an abbreviation ("U.S. President ...").
    Segmenter(const QString &language, StopWordList stopWords);
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    // False when ICU could not create its iterators (missing data); then
    // sentences() returns the whole trimmed range and words() nothing.
    bool isValid() const;

    // Replaces `out` by the sentences of text[range]: trimmed of surrounding
    // whitespace, non-empty, in order, offsets into `text`.
    void sentences(const QString &text, TextSpan range, std::vector<TextSpan> &out);

    // Replaces `out` by the word segments of text[range] that are words
    // (letters, numbers, kana, ideographs; not punctuation or spaces).
    void words(const QString &text, TextSpan range, std::vector<Word> &out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace parallax
