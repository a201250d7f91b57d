#include "documentlabels.h"

#include <QFileInfo>

namespace parallax {

QString sourceName(const Article &article)
{
    if (!article.outlet.isEmpty())
        return article.outlet;
    return QFileInfo(article.path).fileName();
}

QString meaningfulTitle(const Article &article)
{
    const QFileInfo file(article.path);
    if (article.title == file.fileName() || article.title == file.completeBaseName())
        return {};
    return article.title;
}

QString documentLabel(const Article &article)
{
    const QString source = sourceName(article);
    const QString title = meaningfulTitle(article);
    if (source.isEmpty() || source == title)
        return article.title;
    if (title.isEmpty())
        return source;
    return source + QStringLiteral(" \u2014 ") + title;
}

} // namespace parallax
