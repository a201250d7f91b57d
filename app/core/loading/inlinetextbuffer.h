#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

// Collects the text of one block from pieces the way a browser renders inline
// content: runs of whitespace become one space, none at the block's ends;
// preformatted pieces keep theirs.
class InlineTextBuffer
{
public:
    void append(QStringView text);
    void appendVerbatim(QStringView text);
    // A forced line break inside the block (kept as '\n').
    void appendLineBreak();

    bool isEmpty() const { return m_text.isEmpty(); }
    qsizetype size() const { return m_text.size(); }

    // The block's text without surrounding whitespace; the buffer is cleared.
    QString take();

private:
    QString m_text;
    bool m_pendingSpace = false;
};

} // namespace parallax
