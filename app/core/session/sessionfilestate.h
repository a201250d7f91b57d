#pragma once

#include "session.h"

#include <QString>

namespace parallax {

// Whether a session's file article still is what the session saw: the user
// decides what to do with a file that moved or changed; nothing is dropped or
// re-read silently.
struct SessionFileState
{
    enum class Kind { Unchanged, Changed, Missing, Pasted };
    Kind kind = Kind::Unchanged;
    QString reason; // for the user, empty when unchanged

    static SessionFileState check(const SessionArticle &article);
};

// Lower-case hex SHA-256 of a file's bytes (the digest ArticleLoader records),
// empty when the file cannot be read.
QString fileSha256(const QString &path);

} // namespace parallax
