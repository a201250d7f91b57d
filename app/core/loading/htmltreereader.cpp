#include "htmltreereader.h"

#include "inlinetextbuffer.h"

#include <gumbo.h>

namespace parallax {

namespace {

// The walk recurses; the caller has refused deeper documents already, this
// is the backstop should the parser nest deeper than the prescan counted.
constexpr int MaxWalkDepth = 2000;

bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
        return true;
    default:
        return false;
    }
}

bool isBlockLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_NOFRAMES:
        return true;
    default:
        return false;
    }
}

bool isPreformatted(GumboTag tag)
{
    return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT
        || tag == GUMBO_TAG_XMP;
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

bool isHidden(const GumboElement &element)
{
    if (gumbo_get_attribute(&element.attributes, "hidden"))
        return true;
    if (attribute(element, "aria-hidden").trimmed().toLower() == u"true")
        return true;
    QString style = attribute(element, "style").toLower();
    if (style.isEmpty())
        return false;
    style.remove(u' ');
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

std::string_view tagName(const GumboElement &element)
{
    if (element.tag == GUMBO_TAG_UNKNOWN)
        return {};
    return std::string_view(gumbo_normalized_tagname(element.tag));
}

class Walker
{
public:
    HtmlDocument take()
    {
        flush();
        return std::move(m_document);
    }

    void visit(const GumboNode *node, int depth)
    {
        if (depth > MaxWalkDepth)
            return;
        switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
            visitChildren(node->v.document.children, depth);
            break;
        case GUMBO_NODE_ELEMENT:
            visitElement(node->v.element, depth);
            break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            appendText(QString::fromUtf8(node->v.text.text));
            break;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        }
    }

private:
    void visitChildren(const GumboVector &children, int depth)
    {
        for (unsigned int i = 0; i < children.length; ++i)
            visit(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    }

    void visitElement(const GumboElement &element, int depth)
    {
        if (isDropped(element.tag) || isHidden(element))
            return;
        if (element.tag == GUMBO_TAG_BR) {
            flush();
            ++m_pendingBreaks;
            return;
        }
        const int index = int(m_document.elements.size());
        m_document.elements.push_back(
            HtmlElement {m_parent, tagName(element),
                         (attribute(element, "class") + u' ' + attribute(element, "id")).toLower().trimmed(),
                         attribute(element, "role").toLower().trimmed()});
        if (element.tag == GUMBO_TAG_BODY && m_document.body < 0)
            m_document.body = index;

        const bool block = isBlockLevel(element.tag);
        const bool pre = isPreformatted(element.tag);
        const bool link = element.tag == GUMBO_TAG_A;
        const int savedParent = m_parent;
        const int savedOwner = m_owner;
        if (block) {
            flush();
            m_pendingBreaks = 2;
            m_owner = index;
        }
        m_parent = index;
        m_preDepth += pre;
        m_linkDepth += link;
        visitChildren(element.children, depth);
        m_preDepth -= pre;
        m_linkDepth -= link;
        m_parent = savedParent;
        if (block) {
            flush();
            m_pendingBreaks = 2;
            m_owner = savedOwner;
        }
    }

    void appendText(const QString &text)
    {
        const qsizetype before = m_buffer.size();
        if (m_preDepth > 0)
            m_buffer.appendVerbatim(text);
        else
            m_buffer.append(text);
        if (m_linkDepth > 0)
            m_linkChars += m_buffer.size() - before;
    }

    void flush()
    {
        QString text = m_buffer.take();
        if (!text.isEmpty()) {
            const bool afterLineBreak = m_pendingBreaks == 1 && !m_document.blocks.empty()
                && m_document.blocks.back().owner == m_owner;
            m_document.blocks.push_back(HtmlBlock {std::move(text), m_linkChars, m_owner, afterLineBreak});
            m_pendingBreaks = 0;
        }
        m_linkChars = 0;
    }

    HtmlDocument m_document;
    InlineTextBuffer m_buffer;
    qsizetype m_linkChars = 0;
    int m_parent = -1;
    int m_owner = -1;
    int m_preDepth = 0;
    int m_linkDepth = 0;
    int m_pendingBreaks = 2;
};

} // namespace

HtmlDocument HtmlTreeReader::read(const GumboInternalNode *root) const
{
    Walker walker;
    walker.visit(root, 0);
    return walker.take();
}

} // namespace parallax
