#pragma once

#include "model/article.h"

#include <QByteArray>

namespace parallax {

// A page's readable content and metadata: parses with gumbo, selects the main
// content (ContentSelector) and lays it out as blocks. Fills text, blocks,
// title, outlet and date of the returned Article.
class HtmlExtractor
{
public:
    // Elements deeper than this make the parser crawl; refuse such pages.
    static constexpr int MaxNestingDepth = 512;

    // `utf8`: the decoded page re-encoded as UTF-8 (gumbo reads nothing else),
    // already checked with HtmlPrescan::nestsDeeperThan(MaxNestingDepth).
    Article extract(const QByteArray &utf8) const;
};

} // namespace parallax
