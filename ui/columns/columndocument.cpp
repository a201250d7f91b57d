#include "columndocument.h"

#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace parallax {

ColumnDocument::ColumnDocument(const AnalyzedDocument &document)
    : m_text(document.article.text)
{
    QList<TextSpan> blocks = document.article.blocks;
    // Articles built in code may have no blocks: show the whole text as one.
    if (blocks.isEmpty() && !m_text.isEmpty())
        blocks.append(TextSpan {0, m_text.size()});
    int position = 0;
    for (const TextSpan &span : blocks) {
        m_blocks.push_back(Block {span, position});
        position += int(span.length()) + 1; // +1: the paragraph separator
    }
    m_sentences.reserve(document.sentences.size());
    for (const Sentence &sentence : document.sentences)
        m_sentences.push_back(sentence.span);
}

void ColumnDocument::fill(QTextDocument *target) const
{
    QTextCursor cursor(target);
    cursor.beginEditBlock();
    bool first = true;
    for (const Block &block : m_blocks) {
        if (!first)
            cursor.insertBlock();
        first = false;
        QString paragraph = m_text.mid(block.span.start, block.span.length());
        paragraph.replace(QLatin1Char('\n'), QLatin1Char(' '));
        cursor.insertText(paragraph);
    }
    cursor.endEditBlock();
}

int ColumnDocument::toDocument(qsizetype textOffset) const
{
    auto it
        = std::upper_bound(m_blocks.begin(), m_blocks.end(), textOffset,
                           [](qsizetype offset, const Block &block) { return offset < block.span.start; });
    if (it == m_blocks.begin())
        return -1;
    --it;
    if (textOffset > it->span.end) // == end: the position just after the block's last character
        return -1;
    return it->position + int(textOffset - it->span.start);
}

qsizetype ColumnDocument::toText(int documentPosition) const
{
    auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), documentPosition,
                               [](int position, const Block &block) { return position < block.position; });
    if (it == m_blocks.begin())
        return -1;
    --it;
    const int within = documentPosition - it->position;
    if (within > it->span.length())
        return -1;
    return it->span.start + within;
}

int ColumnDocument::sentenceAt(qsizetype textOffset) const
{
    const int index = sentenceAtOrAfter(textOffset);
    if (index < 0 || m_sentences[size_t(index)].start > textOffset)
        return -1;
    return index;
}

int ColumnDocument::sentenceAtOrAfter(qsizetype textOffset) const
{
    if (textOffset < 0)
        return -1;
    // First sentence that ends after the offset.
    auto it = std::upper_bound(m_sentences.begin(), m_sentences.end(), textOffset,
                               [](qsizetype offset, const TextSpan &span) { return offset < span.end; });
    return it == m_sentences.end() ? -1 : int(it - m_sentences.begin());
}

} // namespace parallax
