#pragma once

#include "model/article.h"

#include <QString>

#include <memory>

namespace parallax {

// One of the user's articles: the Article as loaded (kept, so edits never
// re-read files) plus the user's overrides. Copying an entry shares the
// loaded Article, which is what keeps undo snapshots cheap.
struct ArticleEntry
{
    int id = -1; // stable identity across edits (for undo and the views)
    QString sourcePath; // the file it was read from; empty for pasted text
    std::shared_ptr<const Article> article; // as loaded
    QString title; // overrides; empty = as loaded
    QString outlet;
    QString date;
    QString language;

    bool isPasted() const { return sourcePath.isEmpty(); }

    // The article the comparison sees: the loaded one with the overrides applied.
    Article effective() const
    {
        Article result = article ? *article : Article {};
        if (!title.isEmpty())
            result.title = title;
        if (!outlet.isEmpty())
            result.outlet = outlet;
        if (!date.isEmpty())
            result.date = date;
        if (!language.isEmpty())
            result.language = language;
        return result;
    }
};

} // namespace parallax
