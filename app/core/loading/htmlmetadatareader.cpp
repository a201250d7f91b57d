#include "htmlmetadatareader.h"

#include "datenormalizer.h"
#include "inlinetextbuffer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gumbo.h>

#include <array>

namespace parallax {

namespace {

constexpr int MaxWalkDepth = 2000;

// Meta keys (property, name or itemprop) in order of trust.
constexpr std::array<const char16_t *, 4> TitleKeys
    = {u"og:title", u"twitter:title", u"headline", u"dc.title"};
constexpr std::array<const char16_t *, 5> OutletKeys
    = {u"og:site_name", u"application-name", u"publisher", u"article:publisher", u"dc.publisher"};
constexpr std::array<const char16_t *, 16> DateKeys = {
    u"article:published_time",
    u"og:article:published_time",
    u"datepublished",
    u"article.published",
    u"pubdate",
    u"publishdate",
    u"publish-date",
    u"publish_date",
    u"date",
    u"dc.date.issued",
    u"dc.date",
    u"dcterms.created",
    u"dcterms.date",
    u"sailthru.date",
    u"parsely-pub-date",
    u"og:updated_time",
};

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

void collectText(const GumboNode *node, InlineTextBuffer &buffer, int depth)
{
    if (depth > MaxWalkDepth)
        return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA) {
        buffer.append(QString::fromUtf8(node->v.text.text));
    } else if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag != GUMBO_TAG_SCRIPT
               && node->v.element.tag != GUMBO_TAG_STYLE) {
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i)
            collectText(static_cast<const GumboNode *>(children.data[i]), buffer, depth + 1);
    }
}

QString textOf(const GumboNode *node)
{
    InlineTextBuffer buffer;
    collectText(node, buffer, 0);
    return buffer.take();
}

QString rawTextOf(const GumboNode *node)
{
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA
            || child->type == GUMBO_NODE_WHITESPACE)
            text += QString::fromUtf8(child->v.text.text);
    }
    return text;
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject())
        return value.toObject().value(QLatin1StringView("name")).toString().trimmed();
    if (value.isArray() && !value.toArray().isEmpty())
        return nameOf(value.toArray().first());
    return {};
}

bool isUrl(const QString &text)
{
    return text.startsWith(u"http://") || text.startsWith(u"https://") || text.startsWith(u"www.");
}

struct Found
{
    QString title; // <title>
    QString heading; // first <h1>
    QString timeTag; // first <time datetime>
    QHash<QString, QString> meta;
    QString ldTitle;
    QString ldOutlet;
    QString ldDate;

    void addMeta(const QString &key, const QString &content)
    {
        const QString value = content.simplified();
        if (!key.isEmpty() && !value.isEmpty() && !meta.contains(key))
            meta.insert(key, value);
    }

    void readJsonLd(const QJsonValue &value, int depth)
    {
        if (depth > 8)
            return;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                readJsonLd(item, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (ldDate.isEmpty())
            ldDate = object.value(QLatin1StringView("datePublished")).toString().trimmed();
        if (ldTitle.isEmpty())
            ldTitle = object.value(QLatin1StringView("headline")).toString().simplified();
        if (ldOutlet.isEmpty())
            ldOutlet = nameOf(object.value(QLatin1StringView("publisher")));
        readJsonLd(object.value(QLatin1StringView("@graph")), depth + 1);
    }

    void visit(const GumboNode *node, int depth)
    {
        if (depth > MaxWalkDepth || node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboElement &element = node->v.element;
        switch (element.tag) {
        case GUMBO_TAG_TITLE:
            if (title.isEmpty())
                title = textOf(node);
            return;
        case GUMBO_TAG_META: {
            const QString content = attribute(element, "content");
            for (const char *key : {"property", "name", "itemprop"})
                addMeta(attribute(element, key).trimmed().toLower(), content);
            return;
        }
        case GUMBO_TAG_SCRIPT:
            if (attribute(element, "type").trimmed().toLower() == u"application/ld+json") {
                const QJsonDocument json = QJsonDocument::fromJson(rawTextOf(node).toUtf8());
                readJsonLd(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), 0);
            }
            return;
        case GUMBO_TAG_H1:
            if (heading.isEmpty())
                heading = textOf(node);
            return;
        case GUMBO_TAG_TIME:
            if (timeTag.isEmpty())
                timeTag = attribute(element, "datetime").trimmed();
            break;
        default:
            break;
        }
        const GumboVector &children = element.children;
        for (unsigned int i = 0; i < children.length; ++i)
            visit(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    }

    template<size_t N> QString firstMeta(const std::array<const char16_t *, N> &keys) const
    {
        for (const char16_t *key : keys) {
            const QString value = meta.value(QString::fromUtf16(key));
            if (!value.isEmpty() && !isUrl(value))
                return value;
        }
        return {};
    }
};

} // namespace

HtmlMetadata HtmlMetadataReader::read(const GumboInternalNode *root) const
{
    Found found;
    found.visit(root, 0);

    HtmlMetadata metadata;
    metadata.outlet = found.firstMeta(OutletKeys);
    if (metadata.outlet.isEmpty())
        metadata.outlet = found.ldOutlet;

    const QString metaTitle = found.firstMeta(TitleKeys);
    metadata.title = cleanTitle(found.title, metadata.outlet);
    // "Headline | Section | Site": the page's own headline is the better title.
    if (!metaTitle.isEmpty() && metadata.title.size() > metaTitle.size()
        && metadata.title.contains(metaTitle))
        metadata.title = metaTitle;
    for (const QString &candidate : {metaTitle, found.ldTitle, found.heading}) {
        if (!metadata.title.isEmpty())
            break;
        metadata.title = candidate;
    }

    QString date = found.firstMeta(DateKeys);
    if (date.isEmpty())
        date = found.ldDate;
    if (date.isEmpty())
        date = found.timeTag;
    metadata.date = DateNormalizer::normalize(date);
    return metadata;
}

QString HtmlMetadataReader::cleanTitle(const QString &title, const QString &outlet)
{
    const QString simplified = title.simplified();
    if (outlet.isEmpty())
        return simplified;
    for (const QStringView separator : {QStringView(u" | "), QStringView(u" - "), QStringView(u" – "),
                                        QStringView(u" — "), QStringView(u" :: "), QStringView(u" · ")}) {
        const qsizetype last = simplified.lastIndexOf(separator);
        if (last > 0 && simplified.sliced(last + separator.size()).compare(outlet, Qt::CaseInsensitive) == 0)
            return simplified.first(last);
        const qsizetype first = simplified.indexOf(separator);
        if (first > 0 && simplified.first(first).compare(outlet, Qt::CaseInsensitive) == 0)
            return simplified.sliced(first + separator.size());
    }
    return simplified;
}

} // namespace parallax
