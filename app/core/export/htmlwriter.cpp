#include "htmlwriter.h"

namespace parallax {

namespace {

constexpr char16_t replacementCharacter = 0xFFFD;

// Mutation build (see app/core/export/CMakeLists.txt): proves the escaping
// tests fail when escaping is gone. Never switched off in a release.
#ifdef PARALLAX_EXPORT_MUTATION_NO_ESCAPING
constexpr bool escaping = false;
#else
constexpr bool escaping = true;
#endif

bool isForbiddenControl(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\f')
        return false;
    // CR is normalised away by parsers; keep the page's line ends plain LF.
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

void appendEscaped(QString &out, char16_t c)
{
    switch (c) {
    case u'&':
        out += u"&amp;";
        return;
    case u'<':
        out += u"&lt;";
        return;
    case u'>':
        out += u"&gt;";
        return;
    case u'"':
        out += u"&quot;";
        return;
    case u'\'':
        out += u"&#39;";
        return;
    default:
        break;
    }
    out += isForbiddenControl(c) ? QChar(replacementCharacter) : QChar(c);
}

} // namespace

QString HtmlWriter::escape(QStringView text)
{
    if (!escaping)
        return text.toString();
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t full = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            if (isNoncharacter(full)) {
                out += QChar(replacementCharacter);
            } else {
                out += text[i];
                out += text[i + 1];
            }
            ++i;
        } else if (QChar::isSurrogate(c) || isNoncharacter(c)) {
            out += QChar(replacementCharacter);
        } else {
            appendEscaped(out, c);
        }
    }
    return out;
}

void HtmlWriter::open(QStringView tag, std::initializer_list<Attribute> attributes)
{
    m_html += u'<';
    m_html += tag;
    for (const Attribute &attribute : attributes) {
        m_html += u' ';
        m_html += attribute.first;
        m_html += u"=\"";
        m_html += escape(attribute.second);
        m_html += u'"';
    }
    m_html += u'>';
}

void HtmlWriter::close(QStringView tag)
{
    m_html += u"</";
    m_html += tag;
    m_html += u'>';
}

void HtmlWriter::element(QStringView tag, QStringView content, std::initializer_list<Attribute> attributes)
{
    open(tag, attributes);
    text(content);
    close(tag);
}

void HtmlWriter::text(QStringView content)
{
    m_html += escape(content);
}

} // namespace parallax
