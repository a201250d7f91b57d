#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace parallax {

// Maps UTF-16 offsets of one text to Unicode code point offsets (what the JSON
// format promises). Remembers where the text's surrogate pairs are, so a
// lookup is a binary search: O(log p) for p pairs, O(1) for texts without any.
// A lone surrogate counts as one code point (the JSON writer emits it as
// U+FFFD, also one code point), so offsets stay consistent with the text
// as written.
class CodePointMapper
{
public:
    CodePointMapper() = default;
    explicit CodePointMapper(QStringView text);

    // Code point offset of a UTF-16 offset in [0, text length]. An offset
    // between the two halves of a pair maps to the start of that code point.
    qsizetype toCodePoint(qsizetype utf16Offset) const;

    qsizetype codePointLength() const { return toCodePoint(m_length); }

private:
    qsizetype m_length = 0;
    // UTF-16 positions of the second half of every surrogate pair, ascending.
    std::vector<qsizetype> m_lowHalves;
};

} // namespace parallax
