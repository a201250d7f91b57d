#pragma once

#include "htmlwriter.h"

#include "model/comparison.h"

#include <QCoreApplication>

namespace parallax {

// Writes one article of a comparison as a column: a header (title, outlet,
// date, path) and its text in paragraphs, every sentence in one element
//   <span class="s STATUS" id="s-D-S" data-doc data-sentence data-cluster
//         data-partners="s-… s-…" data-best title>
// whose words that differ from its best partner are wrapped in <span class="w">.
// All article text goes through HtmlWriter escaping.
class HtmlArticleWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlArticleWriter)

public:
    HtmlArticleWriter(const Comparison &comparison, HtmlWriter &writer);

    void write(int document);

    static QString sentenceId(int document, int sentence);
    // "rtl" for right-to-left languages, else "auto" (the browser decides
    // from the first strong character).
    static QString direction(const QString &language);

private:
    struct Piece
    {
        TextSpan span;
        bool differs = false;
    };

    void writeHeader(const Article &article);
    void writeText(int document);
    void writeParagraph(int document, TextSpan paragraph, int &next);
    void writeSentence(int document, int sentence);
    std::vector<Piece> piecesOf(int document, int sentence) const;
    std::vector<TextSpan> differingWords(int document, int sentence) const;
    const SentenceResult &resultOf(int document, int sentence) const;
    const Match *bestMatch(const SentenceResult &result) const;
    QString tooltip(const SentenceResult &result) const;
    QString documentName(int document) const;

    const Comparison &m_comparison;
    HtmlWriter &m_html;
    SentenceResult m_unique;
};

} // namespace parallax
