#pragma once

#include "model/article.h"

#include <QString>

namespace parallax {

// Markdown → plain text blocks through md4c: markup removed; headings,
// paragraphs, list items, block quotes, code blocks and table rows become
// blocks; links keep their text, images their alt text. The first level-1
// heading is the title, else a YAML front matter title. Fills text, blocks,
// title and date of the returned Article.
class MarkdownExtractor
{
public:
    Article extract(const QString &markdown) const;

    // "&amp;" → "&", "&#8220;" → "“"; unknown entities come back unchanged.
    static QString decodeEntity(QStringView entity);
};

} // namespace parallax
