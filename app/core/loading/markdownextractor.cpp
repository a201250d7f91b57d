#include "markdownextractor.h"

#include "blocktextbuilder.h"
#include "datenormalizer.h"
#include "inlinetextbuffer.h"

#include <md4c.h>

#include <array>
#include <utility>

namespace parallax {

namespace {

struct NamedEntity
{
    std::u16string_view name;
    char16_t character;
};

// The entities people actually type in Markdown.
constexpr std::array<NamedEntity, 33> Entities = {{
    {u"amp", u'&'},      {u"lt", u'<'},       {u"gt", u'>'},       {u"quot", u'"'},     {u"apos", u'\''},
    {u"nbsp", 0x00A0},   {u"ndash", 0x2013},  {u"mdash", 0x2014},  {u"hellip", 0x2026}, {u"lsquo", 0x2018},
    {u"rsquo", 0x2019},  {u"ldquo", 0x201C},  {u"rdquo", 0x201D},  {u"sbquo", 0x201A},  {u"bdquo", 0x201E},
    {u"laquo", 0x00AB},  {u"raquo", 0x00BB},  {u"copy", 0x00A9},   {u"reg", 0x00AE},    {u"trade", 0x2122},
    {u"euro", 0x20AC},   {u"pound", 0x00A3},  {u"yen", 0x00A5},    {u"cent", 0x00A2},   {u"sect", 0x00A7},
    {u"para", 0x00B6},   {u"middot", 0x00B7}, {u"bull", 0x2022},   {u"deg", 0x00B0},    {u"times", 0x00D7},
    {u"divide", 0x00F7}, {u"shy", 0x00AD},    {u"thinsp", 0x2009},
}};

struct FrontMatter
{
    QString title;
    QString date;
    qsizetype end = 0; // where the Markdown proper starts
};

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
        && value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    return value.trimmed();
}

// A YAML block between "---" lines at the very top (Jekyll, Hugo, Pandoc).
FrontMatter readFrontMatter(const QString &text)
{
    FrontMatter front;
    if (!text.startsWith(u"---\n"))
        return front;
    qsizetype close = text.indexOf(u"\n---\n", 3);
    qsizetype closeLength = 5;
    if (close < 0 && text.endsWith(u"\n---")) {
        close = text.size() - 4;
        closeLength = 4;
    }
    if (close < 0 || close > 64 * 1024)
        return front;
    const QStringList lines = text.sliced(4, close - 4 + 1).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.first(colon).trimmed().toLower();
        if (key == u"title" && front.title.isEmpty())
            front.title = unquote(line.sliced(colon + 1));
        else if (key == u"date" && front.date.isEmpty())
            front.date = unquote(line.sliced(colon + 1));
    }
    front.end = close + closeLength;
    return front;
}

class Collector
{
public:
    Article article;

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<Collector *>(self)->onEnterBlock(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<Collector *>(self)->onLeaveBlock(type, detail);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE, void *, void *) { return 0; }
    static int leaveSpan(MD_SPANTYPE, void *, void *) { return 0; }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        static_cast<Collector *>(self)->onText(type, QString::fromUtf8(text, qsizetype(size)));
        return 0;
    }

    void finish()
    {
        article.text = m_builder.text();
        article.blocks = m_builder.blocks();
    }

private:
    void onEnterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            if (!m_buffer.isEmpty())
                m_buffer.appendVerbatim(u"\t");
            return;
        case MD_BLOCK_HTML:
            ++m_htmlDepth;
            break;
        case MD_BLOCK_CODE:
            ++m_codeDepth;
            break;
        case MD_BLOCK_H:
            m_headingLevel = int(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        default:
            break;
        }
        flush();
    }

    void onLeaveBlock(MD_BLOCKTYPE type, void *)
    {
        switch (type) {
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            return;
        case MD_BLOCK_HTML:
            --m_htmlDepth;
            break;
        case MD_BLOCK_CODE:
            --m_codeDepth;
            break;
        default:
            break;
        }
        const int heading = std::exchange(m_headingLevel, 0);
        const QString text = flush();
        if (heading == 1 && article.title.isEmpty())
            article.title = text;
    }

    void onText(MD_TEXTTYPE type, const QString &text)
    {
        if (m_htmlDepth > 0)
            return;
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_LATEXMATH:
            m_buffer.append(text);
            break;
        case MD_TEXT_CODE:
            if (m_codeDepth > 0)
                m_buffer.appendVerbatim(text);
            else
                m_buffer.append(text);
            break;
        case MD_TEXT_ENTITY:
            m_buffer.append(MarkdownExtractor::decodeEntity(text));
            break;
        case MD_TEXT_NULLCHAR:
            m_buffer.append(QString(QChar(0xFFFD)));
            break;
        case MD_TEXT_SOFTBR:
            m_buffer.appendLineBreak();
            break;
        case MD_TEXT_BR:
            flush();
            m_nextSeparator = BlockTextBuilder::Separator::Line;
            break;
        case MD_TEXT_HTML:
            break; // inline tags: markup, not text
        }
    }

    QString flush()
    {
        QString text = m_buffer.take();
        m_builder.addBlock(text, m_nextSeparator);
        m_nextSeparator = BlockTextBuilder::Separator::Paragraph;
        return text;
    }

    BlockTextBuilder m_builder;
    InlineTextBuffer m_buffer;
    BlockTextBuilder::Separator m_nextSeparator = BlockTextBuilder::Separator::Paragraph;
    int m_htmlDepth = 0;
    int m_codeDepth = 0;
    int m_headingLevel = 0;
};

} // namespace

Article MarkdownExtractor::extract(const QString &markdown) const
{
    const FrontMatter front = readFrontMatter(markdown);
    const QByteArray utf8 = QStringView(markdown).sliced(front.end).toUtf8();

    Collector collector;
    MD_PARSER parser {};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_TASKLISTS;
    parser.enter_block = &Collector::enterBlock;
    parser.leave_block = &Collector::leaveBlock;
    parser.enter_span = &Collector::enterSpan;
    parser.leave_span = &Collector::leaveSpan;
    parser.text = &Collector::text;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector);
    collector.finish();

    Article article = std::move(collector.article);
    if (article.title.isEmpty())
        article.title = front.title;
    article.date = DateNormalizer::normalize(front.date);
    return article;
}

QString MarkdownExtractor::decodeEntity(QStringView entity)
{
    if (entity.size() < 3 || entity.front() != u'&' || entity.back() != u';')
        return entity.toString();
    const QStringView name = entity.sliced(1, entity.size() - 2);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
        const uint code = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t character = code;
        return QString::fromUcs4(&character, 1);
    }
    for (const NamedEntity &known : Entities) {
        if (name == QStringView(known.name.data(), qsizetype(known.name.size())))
            return QString(QChar(known.character));
    }
    return entity.toString();
}

} // namespace parallax
