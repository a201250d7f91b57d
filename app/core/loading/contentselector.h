#pragma once

#include "htmldocument.h"

#include <vector>

namespace parallax {

// Finds a page's main content, readability-style: paragraphs score their
// ancestors (text length, commas), candidates are weighted by tag and by
// class/id hints and discounted by link density; the best candidate is kept
// with the siblings that score well, and boilerplate inside it (navigation,
// share bars, related lists, link-heavy blocks) is left out. Falls back to the
// whole body when no container stands out.
class ContentSelector
{
public:
    // Indices into document.blocks, ascending. `headline`: the page's title
    // from its metadata, to recognise the headline among the headings above
    // the content.
    std::vector<int> select(const HtmlDocument &document, const QString &headline = {}) const;

    // The class/id/role hint of an element: positive for article-like names,
    // negative for navigation, footers, ads, share bars and the like.
    static int hintWeight(const HtmlElement &element);
};

} // namespace parallax
