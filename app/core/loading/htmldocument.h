#pragma once

#include <QString>

#include <string_view>
#include <vector>

namespace parallax {

// An element of a parsed page, reduced to what content selection needs.
struct HtmlElement
{
    int parent = -1; // index into HtmlDocument::elements; -1 for the root
    std::string_view tag; // lower-case tag name; empty for unknown (custom) elements
    QString hints; // class and id attribute values, lower-case, space separated
    QString role; // the ARIA role attribute, lower-case
};

// A run of text that renders as one block (a paragraph, a heading, a list item,
// the lines around a <br>).
struct HtmlBlock
{
    QString text; // whitespace collapsed, trimmed
    qsizetype linkChars = 0; // characters of text inside <a>
    int owner = -1; // nearest block-level element containing the text
    bool afterLineBreak = false; // separated from the previous block by a single <br>
};

// The visible text of a page as blocks in document order, with the element tree
// they sit in. Scripts, styles, forms controls and hidden elements are gone.
struct HtmlDocument
{
    std::vector<HtmlElement> elements; // parents precede their children
    std::vector<HtmlBlock> blocks;
    int body = -1;
};

} // namespace parallax
