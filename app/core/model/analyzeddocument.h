#pragma once

#include "article.h"
#include "textspan.h"

#include <QtGlobal>

#include <vector>

namespace parallax {

// One word of a sentence, with the keys the matcher compares. Punctuation is
// not a token. Keys are tokenKey() values of normalized strings.
struct Token
{
    enum Flag : quint8 {
        StopWord = 1 << 0,    // in the document language's stop-word list
        Number = 1 << 1,      // contains a digit ("2011", "4.4%", "150")
        Negation = 1 << 2,    // not, no, never, n't, nicht, не ...
        Capitalized = 1 << 3, // starts upper-case in the original (names, acronyms)
    };

    TextSpan span;   // the word in Article::text (original characters)
    quint64 form = 0; // key of the folded surface form: NFKC case-fold, quotes/apostrophes/dashes folded
    quint64 stem = 0; // key of the stem of the folded form (== form when the language has no stemmer)
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};

struct Sentence
{
    TextSpan span;             // trimmed sentence in Article::text
    std::vector<Token> tokens; // in text order
};

// An article split into sentences and tokens. article.language is filled in
// (set by the user or guessed).
struct AnalyzedDocument
{
    Article article;
    std::vector<Sentence> sentences;
};

} // namespace parallax
