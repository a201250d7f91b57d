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

    AnalyzedDocument analyze(Article article);

    // Tokens of `text` taken as one sentence in `language` (no sentence
    // splitting); spans are offsets into `text`. Used to score given pairs.
    std::vector<Token> tokenize(const QString &text, const QString &language);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace parallax
