#pragma once

#include "model/analyzeddocument.h"
#include "model/textspan.h"
#include "text/stopwordlist.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace parallax {

// Comparison keys of words in one language: folding, Snowball stemming and
// token flags. Holds a Snowball stemmer, which is not thread-safe: use one
// Normalizer per thread.
//
// The contract other modules rely on (the synonym table is keyed this way):
//   Token::form == tokenKey(Normalizer::fold(original word))
//   Token::stem == tokenKey(normalizer.stem(Normalizer::fold(original word)))
// for every token DocumentAnalyzer makes, where `normalizer` is a Normalizer
// of the document's language. (French, Italian and Catalan elisions such as
// "l'homme" are two tokens, "l'" keyed as "l" and "homme".)
class Normalizer
{
public:
    // language: ISO 639-1 ("en", "ru", "nb"...). Languages without a Snowball
    // stemmer (zh, ja, th, unknown codes) get stem == form; languages without a
    // stop-word list get no StopWord flags.
    explicit Normalizer(const QString &language);
    ~Normalizer();
    Normalizer(Normalizer &&other) noexcept;
    Normalizer &operator=(Normalizer &&other) noexcept;
    Normalizer(const Normalizer &) = delete;
    Normalizer &operator=(const Normalizer &) = delete;

    const QString &language() const;
    bool hasStemmer() const;
    const StopWordList &stopWords() const;

    // The folded surface form: NFKC_Casefold, then ’ ‘ ʼ ′ ‛ ` ´ → ', “ ” „ ‟ « » ‹ › ″ → ",
    // every dash and hyphen (Unicode Pd, U+2212 minus) → -, and ё → е (Russian
    // texts write both). Same for every language.
    static QString fold(QStringView word);

    // The Snowball stem of an already folded word (see fold). English first
    // drops a possessive "'s" or trailing "'". A word containing a digit, and
    // every word of a language without stemmer, is returned unchanged.
    QString stem(QStringView folded);

    // The tokens of one word segment (a span of `text` that the word
    // BreakIterator returned): usually one, two for an elision.
    void appendTokens(QStringView text, TextSpan span, std::vector<Token> &out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace parallax
