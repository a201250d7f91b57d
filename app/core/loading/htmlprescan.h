#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace parallax {

// Cheap byte-level looks at an HTML document before it is decoded or parsed,
// in the manner of a browser's prescan (not a parser: tags only).
class HtmlPrescan
{
public:
    // The charset named by <meta charset>, <meta http-equiv="Content-Type">
    // or an XML declaration near the top; empty when none.
    QByteArray declaredCharset(QByteArrayView bytes) const;

    // Whether elements nest deeper than `limit` (unclosed tags count as open).
    // Parsers slow down sharply on deep nesting, so callers check first.
    bool nestsDeeperThan(QByteArrayView bytes, int limit) const;
};

} // namespace parallax
