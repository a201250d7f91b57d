#include "blocktextbuilder.h"

namespace parallax {

void BlockTextBuilder::addBlock(QStringView text, Separator separator)
{
    text = text.trimmed();
    if (text.isEmpty())
        return;
    if (!m_text.isEmpty())
        m_text += separator == Separator::Line ? QStringView(u"\n") : QStringView(u"\n\n");
    const qsizetype start = m_text.size();
    m_text += text;
    m_blocks.append(TextSpan {start, m_text.size()});
}

} // namespace parallax
