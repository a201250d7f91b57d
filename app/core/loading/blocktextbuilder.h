#pragma once

#include "model/textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace parallax {

// Lays finished blocks end to end into an Article's text and block spans.
class BlockTextBuilder
{
public:
    enum class Separator { Paragraph, Line };

    // Adds a block unless it is blank; surrounding whitespace is dropped.
    // `separator` is what parts it from the previous block: an empty line
    // (paragraphs) or a line break (lines of one paragraph, e.g. <br>).
    void addBlock(QStringView text, Separator separator = Separator::Paragraph);

    const QString &text() const { return m_text; }
    const QList<TextSpan> &blocks() const { return m_blocks; }

private:
    QString m_text;
    QList<TextSpan> m_blocks;
};

} // namespace parallax
