#pragma once

#include <QString>

struct GumboInternalNode;

namespace parallax {

struct HtmlMetadata
{
    QString title;
    QString outlet;
    QString date; // ISO 8601 where parseable, else as found
};

// Title, outlet and publication date from a page's own metadata: <title>,
// Open Graph and article meta tags, JSON-LD, <time datetime>, the first <h1>.
class HtmlMetadataReader
{
public:
    HtmlMetadata read(const GumboInternalNode *root) const;

    // Drops the site's name from "Headline | Site" style titles.
    static QString cleanTitle(const QString &title, const QString &outlet);
};

} // namespace parallax
