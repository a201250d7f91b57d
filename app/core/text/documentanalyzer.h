#pragma once

#include "model/analyzeddocument.h"
#include "model/article.h"

#include <QString>

#include <memory>
#include <vector>

namespace parallax {

// Splits an Article into sentences (ICU) and tokens with normalized keys
// (NFKC case-fold, quote/dash folding, Snowball stems, stop words), guessing
// the language unless one is forced. Holds ICU break iterators and stemmers,
// which are not thread-safe: use one analyzer per thread.
class DocumentAnalyzer
{
public:
    // forcedLanguage: ISO 639-1 code applied to every document; empty = guess.
    explicit DocumentAnalyzer(QString forcedLanguage = {});
    ~DocumentAnalyzer();
    DocumentAnalyzer(const DocumentAnalyzer &) = delete;
    DocumentAnalyzer &operator=(const DocumentAnalyzer &) = delete;

    // Language: the forced one, else article.language when set ("en-US" →
    // "en"), else LanguageGuesser's guess ("en" when the text is too short to
    // tell). Sentences come per Article::blocks (out-of-range blocks are
    // clamped, empty ones skipped); an article without blocks gets one block
    // per non-empty line. Sentences may hold no tokens ("***", "—").
    AnalyzedDocument analyze(Article article);

    // Tokens of `text` taken as one sentence in `language` (no sentence
    // splitting); spans are offsets into `text`. Used to score given pairs.
    // An empty `language` means the forced one, else a guess from `text`.
    std::vector<Token> tokenize(const QString &text, const QString &language);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace parallax
