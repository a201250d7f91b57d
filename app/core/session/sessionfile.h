#pragma once

#include "session.h"

#include "model/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace parallax {

// Reads and writes "parallax-session" JSON, version 1:
//   {format, version, articles: [{path, sha256, title, outlet, date, language, text}],
//    order: [indexes into articles, display order], settings: {...}}
// Sessions are small, so a QJsonDocument is fine here. Stateless.
class SessionFile
{
public:
    static constexpr int formatVersion = 1;

    QByteArray toJson(const Session &session) const;
    // `path` only names the input in the error.
    Result<Session> fromJson(const QByteArray &json, const QString &path) const;

    // Atomic (QSaveFile): on failure the old file is untouched and an Error says why.
    std::optional<Error> save(const Session &session, const QString &path) const;
    Result<Session> load(const QString &path) const;
};

} // namespace parallax
