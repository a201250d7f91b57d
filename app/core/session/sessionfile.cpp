#include "sessionfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

const auto formatName = QStringLiteral("parallax-session");

QString tr(const char *text)
{
    return QCoreApplication::translate("parallax::SessionFile", text);
}

QJsonObject articleToJson(const SessionArticle &article)
{
    QJsonObject object;
    object[u"path"] = article.path;
    object[u"sha256"] = article.sha256;
    object[u"title"] = article.title;
    object[u"outlet"] = article.outlet;
    object[u"date"] = article.date;
    object[u"language"] = article.language;
    // Files are re-read from disk; only pasted text has nowhere else to live.
    if (article.isPasted())
        object[u"text"] = article.text;
    return object;
}

SessionArticle articleFromJson(const QJsonObject &object)
{
    SessionArticle article;
    article.path = object[u"path"].toString();
    article.sha256 = object[u"sha256"].toString();
    article.title = object[u"title"].toString();
    article.outlet = object[u"outlet"].toString();
    article.date = object[u"date"].toString();
    article.language = object[u"language"].toString();
    if (article.isPasted())
        article.text = object[u"text"].toString();
    return article;
}

QJsonObject optionsToJson(const ComparisonOptions &options)
{
    QJsonObject object;
    object[u"language"] = options.language;
    object[u"sharedThreshold"] = options.sharedThreshold;
    object[u"paraphraseThreshold"] = options.paraphraseThreshold;
    object[u"maxCandidatesPerSentence"] = options.maxCandidatesPerSentence;
    object[u"maxFileBytes"] = double(options.maxFileBytes);
    return object;
}

ComparisonOptions optionsFromJson(const QJsonObject &object)
{
    // Missing keys keep their defaults, so older or hand-written sessions still open.
    ComparisonOptions options;
    options.language = object[u"language"].toString(options.language);
    options.sharedThreshold
        = std::clamp(object[u"sharedThreshold"].toDouble(options.sharedThreshold), 0.0, 1.0);
    options.paraphraseThreshold
        = std::clamp(object[u"paraphraseThreshold"].toDouble(options.paraphraseThreshold), 0.0, 1.0);
    options.maxCandidatesPerSentence
        = std::max(1, object[u"maxCandidatesPerSentence"].toInt(options.maxCandidatesPerSentence));
    // Clamped before the cast: a hand-edited 1e300 does not fit a qint64
    // (undefined behaviour, found by fuzz_session).
    const double maxFileBytes = object[u"maxFileBytes"].toDouble(double(options.maxFileBytes));
    if (std::isfinite(maxFileBytes))
        options.maxFileBytes = qint64(std::clamp(maxFileBytes, 0.0, 9.0e15));
    return options;
}

// The order must name every article exactly once.
bool isPermutation(const QJsonArray &order, int count)
{
    if (order.size() != count)
        return false;
    std::vector<bool> seen(size_t(count), false);
    for (const QJsonValue &value : order) {
        const int index = value.toInt(-1);
        if (!value.isDouble() || index < 0 || index >= count || seen[size_t(index)])
            return false;
        seen[size_t(index)] = true;
    }
    return true;
}

} // namespace

QByteArray SessionFile::toJson(const Session &session) const
{
    QJsonArray articles;
    QJsonArray order;
    for (size_t i = 0; i < session.articles.size(); ++i) {
        articles.append(articleToJson(session.articles[i]));
        order.append(int(i));
    }
    QJsonObject root;
    root[u"format"] = formatName;
    root[u"version"] = formatVersion;
    root[u"articles"] = articles;
    root[u"order"] = order;
    root[u"settings"] = optionsToJson(session.options);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Session> SessionFile::fromJson(const QByteArray &json, const QString &path) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {
            path,
            tr("not a session file: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return Error {path, tr("not a session file: expected a JSON object")};
    const QJsonObject root = document.object();
    if (root[u"format"].toString() != formatName)
        return Error {path, tr("not a Parallax session (format \"%1\")").arg(root[u"format"].toString())};
    if (root[u"version"].toInt(-1) != formatVersion)
        return Error {path,
                      tr("unsupported session version %1 (this Parallax reads version %2)")
                          .arg(root[u"version"].toVariant().toString())
                          .arg(formatVersion)};
    if (!root[u"articles"].isArray())
        return Error {path, tr("broken session: no list of articles")};

    const QJsonArray articles = root[u"articles"].toArray();
    QJsonArray order = root[u"order"].toArray();
    if (!root.contains(u"order"))
        for (int i = 0; i < articles.size(); ++i)
            order.append(i);
    if (!isPermutation(order, int(articles.size())))
        return Error {path, tr("broken session: the article order does not match the articles")};

    Session session;
    for (const QJsonValue &index : order) {
        const QJsonValue value = articles.at(index.toInt());
        if (!value.isObject())
            return Error {path, tr("broken session: article %1 is not an object").arg(index.toInt() + 1)};
        session.articles.push_back(articleFromJson(value.toObject()));
    }
    session.options = optionsFromJson(root[u"settings"].toObject());
    return session;
}

std::optional<Error> SessionFile::save(const Session &session, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {path, file.errorString()};
    const QByteArray json = toJson(session);
    // flush() first: QSaveFile::commit() (Qt 6.4) ignores a failed flush of its
    // buffer and would replace the old file with a truncated one.
    if (file.write(json) != json.size() || !file.flush()) {
        const QString reason = file.errorString(); // before cancelWriting() replaces it
        file.cancelWriting();
        return Error {path, reason};
    }
    if (!file.commit())
        return Error {path, file.errorString()};
    return std::nullopt;
}

Result<Session> SessionFile::load(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {path, file.errorString()};
    // Sessions are a few kilobytes; a huge file is not one of ours.
    constexpr qint64 maxSessionBytes = 64LL * 1024 * 1024;
    if (file.size() > maxSessionBytes)
        return Error {path, tr("not a session file: too large")};
    return fromJson(file.readAll(), path);
}

} // namespace parallax
