#pragma once

#include "model/comparisonoptions.h"

#include <QString>

#include <vector>

namespace parallax {

// One article of a session. A file article names its file and the SHA-256 of
// the bytes it was read from; a pasted article has no file and keeps its text.
// title/outlet/date/language are the user's overrides (empty = as loaded).
struct SessionArticle
{
    QString path; // empty for pasted text
    QString sha256; // lower-case hex of the file's bytes when it was read
    QString title;
    QString outlet;
    QString date;
    QString language;
    QString text; // pasted articles only

    bool isPasted() const { return path.isEmpty(); }
    friend bool operator==(const SessionArticle &, const SessionArticle &) = default;
};

// What a session file holds: the articles in display order and the settings.
struct Session
{
    std::vector<SessionArticle> articles;
    ComparisonOptions options;
};

} // namespace parallax
