#pragma once

#include "htmldocument.h"

struct GumboInternalNode;

namespace parallax {

// Walks a gumbo parse tree and collects its visible text as blocks (see
// HtmlDocument). Drops script, style, noscript, template, comments, svg,
// iframe, form controls and hidden elements.
class HtmlTreeReader
{
public:
    HtmlDocument read(const GumboInternalNode *root) const;
};

} // namespace parallax
