#pragma once

#include "model/analyzeddocument.h"

#include <QString>

#include <vector>

class QTextDocument;

namespace parallax {

// How an article's text is shown in a column: one paragraph per text block
// (soft line breaks become spaces, so hard-wrapped text reflows), and the
// mapping between offsets in Article::text and positions in the shown
// QTextDocument. Kept apart from the widget so it can be built and checked
// without one.
class ColumnDocument
{
public:
    ColumnDocument() = default;
    explicit ColumnDocument(const AnalyzedDocument &document);

    void fill(QTextDocument *target) const; // target must be empty

    int toDocument(qsizetype textOffset) const; // -1 when the offset is not shown
    qsizetype toText(int documentPosition) const; // -1 between paragraphs
    int sentenceAt(qsizetype textOffset) const; // -1 when no sentence covers it
    int sentenceAtOrAfter(qsizetype textOffset) const; // -1 after the last one
    int sentenceCount() const { return int(m_sentences.size()); }
    TextSpan sentence(int index) const { return m_sentences[size_t(index)]; }

private:
    struct Block
    {
        TextSpan span;
        int position = 0; // of its first character in the shown document
    };

    QString m_text;
    std::vector<Block> m_blocks;
    std::vector<TextSpan> m_sentences;
};

} // namespace parallax
