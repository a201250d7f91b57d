#include "htmlprescan.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace parallax {

namespace {

// Browsers look at the first 1024 bytes; saved pages often put long comments
// or scripts first, so we look further.
constexpr qsizetype CharsetScanBytes = 16 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':'
        || c == '_';
}

QByteArray lowered(QByteArrayView view)
{
    QByteArray out(view.size(), Qt::Uninitialized);
    std::transform(view.begin(), view.end(), out.begin(), lower);
    return out;
}

bool startsWithNoCase(QByteArrayView bytes, qsizetype at, std::string_view prefix)
{
    if (at + qsizetype(prefix.size()) > bytes.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (lower(bytes[at + qsizetype(i)]) != prefix[i])
            return false;
    }
    return true;
}

qsizetype findNoCase(QByteArrayView bytes, qsizetype from, std::string_view needle)
{
    for (qsizetype i = from; i + qsizetype(needle.size()) <= bytes.size(); ++i) {
        if (startsWithNoCase(bytes, i, needle))
            return i;
    }
    return -1;
}

struct Attribute
{
    QByteArray name;
    QByteArray value;
};

// Reads one attribute at `pos` inside a tag; advances `pos`. nullopt at the tag's end.
std::optional<Attribute> readAttribute(QByteArrayView bytes, qsizetype &pos)
{
    const qsizetype size = bytes.size();
    while (pos < size && (isSpace(bytes[pos]) || bytes[pos] == '/'))
        ++pos;
    if (pos >= size || bytes[pos] == '>')
        return std::nullopt;
    Attribute attribute;
    const qsizetype nameStart = pos;
    while (pos < size && !isSpace(bytes[pos]) && bytes[pos] != '=' && bytes[pos] != '>' && bytes[pos] != '/')
        ++pos;
    attribute.name = lowered(bytes.sliced(nameStart, pos - nameStart));
    while (pos < size && isSpace(bytes[pos]))
        ++pos;
    if (pos >= size || bytes[pos] != '=')
        return attribute;
    ++pos;
    while (pos < size && isSpace(bytes[pos]))
        ++pos;
    if (pos < size && (bytes[pos] == '"' || bytes[pos] == '\'')) {
        const char quote = bytes[pos++];
        const qsizetype valueStart = pos;
        while (pos < size && bytes[pos] != quote)
            ++pos;
        attribute.value = bytes.sliced(valueStart, pos - valueStart).toByteArray();
        if (pos < size)
            ++pos;
    } else {
        const qsizetype valueStart = pos;
        while (pos < size && !isSpace(bytes[pos]) && bytes[pos] != '>')
            ++pos;
        attribute.value = bytes.sliced(valueStart, pos - valueStart).toByteArray();
    }
    return attribute;
}

// "text/html; charset=windows-1251" → "windows-1251"
QByteArray charsetFromContentType(const QByteArray &content)
{
    const QByteArray lowerContent = content.toLower();
    const qsizetype at = lowerContent.indexOf("charset");
    if (at < 0)
        return {};
    qsizetype pos = at + 7;
    while (pos < content.size() && isSpace(content[pos]))
        ++pos;
    if (pos >= content.size() || content[pos] != '=')
        return {};
    ++pos;
    while (pos < content.size() && (isSpace(content[pos]) || content[pos] == '"' || content[pos] == '\''))
        ++pos;
    qsizetype end = pos;
    while (end < content.size() && !isSpace(content[end]) && content[end] != ';' && content[end] != '"'
           && content[end] != '\'')
        ++end;
    return content.sliced(pos, end - pos);
}

QByteArray charsetOfMeta(QByteArrayView bytes, qsizetype pos)
{
    QByteArray charset;
    QByteArray content;
    bool contentType = false;
    while (const std::optional<Attribute> attribute = readAttribute(bytes, pos)) {
        if (attribute->name == "charset")
            charset = attribute->value.trimmed();
        else if (attribute->name == "content")
            content = attribute->value;
        else if (attribute->name == "http-equiv")
            contentType = attribute->value.trimmed().toLower() == "content-type";
    }
    if (!charset.isEmpty())
        return charset;
    return contentType ? charsetFromContentType(content) : QByteArray();
}

QByteArray charsetOfXmlDeclaration(QByteArrayView bytes)
{
    if (!bytes.startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>");
    const qsizetype at = bytes.first(end < 0 ? bytes.size() : end).indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype pos = at + 8;
    while (pos < bytes.size() && (isSpace(bytes[pos]) || bytes[pos] == '='))
        ++pos;
    if (pos >= bytes.size() || (bytes[pos] != '"' && bytes[pos] != '\''))
        return {};
    const char quote = bytes[pos++];
    const qsizetype close = bytes.indexOf(quote, pos);
    return close < 0 ? QByteArray() : bytes.sliced(pos, close - pos).toByteArray();
}

// Elements that never contain others or whose end tag the parser infers:
// they do not deepen the tree.
constexpr std::array<std::string_view, 34> Flat = {
    "area",  "base",  "br",     "col",   "embed",  "hr",       "img",      "input",    "link",
    "meta",  "param", "source", "track", "wbr",    "keygen",   "frame",    "basefont", "bgsound",
    "p",     "li",    "dt",     "dd",    "option", "optgroup", "tr",       "td",       "th",
    "thead", "tbody", "tfoot",  "rb",    "rt",     "rp",       "colgroup",
};

// Their content is text up to the end tag, never markup.
constexpr std::array<std::string_view, 9> RawText = {
    "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe", "noscript",
};

template<size_t N> bool contains(const std::array<std::string_view, N> &names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Past the '>' that ends the tag; quotes count only around attribute values.
qsizetype skipTag(QByteArrayView bytes, qsizetype pos)
{
    const qsizetype size = bytes.size();
    char previous = ' ';
    while (pos < size) {
        const char c = bytes[pos];
        if (c == '>')
            return pos + 1;
        if ((c == '"' || c == '\'') && previous == '=') {
            const qsizetype close = bytes.indexOf(c, pos + 1);
            if (close < 0)
                return size;
            pos = close + 1;
            previous = c;
            continue;
        }
        if (!isSpace(c))
            previous = c;
        ++pos;
    }
    return size;
}

} // namespace

QByteArray HtmlPrescan::declaredCharset(QByteArrayView bytes) const
{
    bytes = bytes.first(std::min(bytes.size(), CharsetScanBytes));
    if (QByteArray xml = charsetOfXmlDeclaration(bytes); !xml.isEmpty())
        return xml;
    qsizetype pos = 0;
    while ((pos = bytes.indexOf('<', pos)) >= 0) {
        if (startsWithNoCase(bytes, pos, "<!--")) {
            const qsizetype end = bytes.indexOf("-->", pos + 4);
            if (end < 0)
                return {};
            pos = end + 3;
        } else if (startsWithNoCase(bytes, pos, "<meta") && pos + 5 < bytes.size()
                   && (isSpace(bytes[pos + 5]) || bytes[pos + 5] == '/')) {
            if (QByteArray charset = charsetOfMeta(bytes, pos + 5); !charset.isEmpty())
                return charset;
            pos += 5;
        } else {
            ++pos;
        }
    }
    return {};
}

bool HtmlPrescan::nestsDeeperThan(QByteArrayView bytes, int limit) const
{
    int depth = 0;
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    while ((pos = bytes.indexOf('<', pos)) >= 0) {
        if (startsWithNoCase(bytes, pos, "<!--")) {
            const qsizetype end = bytes.indexOf("-->", pos + 4);
            if (end < 0)
                return false;
            pos = end + 3;
            continue;
        }
        const bool closing = pos + 1 < size && bytes[pos + 1] == '/';
        qsizetype nameStart = pos + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && isNameChar(bytes[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart) {
            pos = nameStart; // "<!DOCTYPE", "<?xml", a stray "<"
            continue;
        }
        // Lower-cased into a small buffer: no allocation per tag. Longer names
        // are none of the special ones.
        std::array<char, 16> buffer {};
        const qsizetype nameLength = std::min<qsizetype>(nameEnd - nameStart, qsizetype(buffer.size()));
        std::transform(bytes.begin() + nameStart, bytes.begin() + nameStart + nameLength, buffer.begin(),
                       lower);
        const std::string_view name(buffer.data(), size_t(nameLength));
        pos = skipTag(bytes, nameEnd);
        if (contains(Flat, name))
            continue;
        if (closing) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (bytes[pos - 1] == '>' && pos >= 2 && bytes[pos - 2] == '/')
            continue; // self-closing (SVG, MathML)
        if (contains(RawText, name)) {
            const qsizetype end = findNoCase(bytes, pos, "</" + std::string(name));
            if (end < 0)
                return false;
            pos = end;
            continue;
        }
        if (++depth > limit)
            return true;
    }
    return false;
}

} // namespace parallax
