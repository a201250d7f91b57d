#pragma once

#include <QtGlobal>

namespace parallax {

// A half-open range [start, end) of UTF-16 code units in one document's text.
// The engine works in UTF-16 offsets throughout; only the JSON boundary
// converts them to code points.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace parallax
