#include "inlinetextbuffer.h"

namespace parallax {

namespace {

// No-break spaces collapse too: in extracted text they are layout, not content.
bool isCollapsible(QChar c)
{
    return c.isSpace();
}

// Invisible characters that would split words for matching: soft hyphens,
// zero-width spaces, stray byte order marks.
bool isInvisible(QChar c)
{
    return c == QChar(0x00AD) || c == QChar(0x200B) || c == QChar(0xFEFF);
}

} // namespace

void InlineTextBuffer::append(QStringView text)
{
    for (const QChar c : text) {
        if (isInvisible(c))
            continue;
        if (isCollapsible(c)) {
            m_pendingSpace = !m_text.isEmpty();
            continue;
        }
        if (m_pendingSpace && !m_text.endsWith(u'\n'))
            m_text += u' ';
        m_pendingSpace = false;
        m_text += c;
    }
}

void InlineTextBuffer::appendVerbatim(QStringView text)
{
    if (m_pendingSpace && !text.isEmpty() && !text.front().isSpace())
        m_text += u' ';
    m_pendingSpace = false;
    m_text += text;
}

void InlineTextBuffer::appendLineBreak()
{
    while (m_text.endsWith(u' '))
        m_text.chop(1);
    if (!m_text.isEmpty())
        m_text += u'\n';
    m_pendingSpace = false;
}

QString InlineTextBuffer::take()
{
    QString result = std::move(m_text).trimmed();
    m_text.clear();
    m_pendingSpace = false;
    return result;
}

} // namespace parallax
