#include "codepointmapper.h"

#include <algorithm>

namespace parallax {

CodePointMapper::CodePointMapper(QStringView text)
    : m_length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_lowHalves.push_back(i + 1);
            ++i;
        }
    }
}

qsizetype CodePointMapper::toCodePoint(qsizetype utf16Offset) const
{
    const qsizetype offset = qBound<qsizetype>(0, utf16Offset, m_length);
    // Every low half at or before the offset is a code unit that adds no code
    // point; counting the one at the offset itself moves an offset between
    // the halves back to the start of its code point.
    const auto upTo = std::upper_bound(m_lowHalves.begin(), m_lowHalves.end(), offset);
    return offset - qsizetype(upTo - m_lowHalves.begin());
}

} // namespace parallax
