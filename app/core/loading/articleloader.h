#pragma once

#include "model/article.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace parallax {

struct LoadOptions
{
    qint64 maxBytes = 50LL * 1024 * 1024; // larger files are refused without reading them
};

// Turns a file (or bytes) into an Article: detects the format and encoding,
// extracts the readable text and its blocks. Never throws; bad input is an Error
// naming the file and the reason. Const and stateless: safe on any thread.
class ArticleLoader
{
public:
    explicit ArticleLoader(LoadOptions options = {});

    Result<Article> loadFile(const QString &path) const;

    // `path` names the input in messages and decides the format by its suffix
    // (.html/.htm, .md/.markdown, anything else is plain text).
    Result<Article> loadBytes(const QByteArray &bytes, const QString &path) const;

private:
    LoadOptions m_options;
};

} // namespace parallax
