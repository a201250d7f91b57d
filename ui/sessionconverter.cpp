#include "sessionconverter.h"

#include "loading/articleloader.h"
#include "session/sessionfilestate.h"

#include <QCoreApplication>

namespace parallax {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parallax::SessionConverter", text);
}

} // namespace

QStringList SessionConverter::Plan::filePaths() const
{
    QStringList paths;
    for (const SessionArticle &article : articles)
        if (!article.isPasted())
            paths << article.path;
    return paths;
}

Session SessionConverter::toSession(const std::vector<ArticleEntry> &entries,
                                    const ComparisonOptions &options)
{
    Session session;
    session.options = options;
    for (const ArticleEntry &entry : entries) {
        SessionArticle article;
        article.path = entry.sourcePath;
        article.sha256 = entry.article ? entry.article->sha256 : QString();
        article.title = entry.title;
        article.outlet = entry.outlet;
        article.date = entry.date;
        article.language = entry.language;
        if (entry.isPasted() && entry.article) {
            article.text = entry.article->text;
            // A pasted article's title came from its first line; keep what the user saw.
            if (article.title.isEmpty())
                article.title = entry.article->title;
        }
        session.articles.push_back(article);
    }
    return session;
}

SessionConverter::Plan SessionConverter::plan(const Session &session, UserPrompter &prompter, QWidget *parent)
{
    Plan plan;
    for (SessionArticle article : session.articles) {
        const SessionFileState state = SessionFileState::check(article);
        if (state.kind == SessionFileState::Kind::Changed || state.kind == SessionFileState::Kind::Missing) {
            const UserPrompter::FileDecision decision = prompter.resolveSessionFile(parent, article, state);
            if (decision.action == UserPrompter::FileDecision::Action::Skip) {
                plan.skipped.push_back({article.path, state.reason});
                continue;
            }
            if (decision.action == UserPrompter::FileDecision::Action::Locate)
                article.path = decision.path;
        }
        plan.articles.push_back(article);
    }
    return plan;
}

std::vector<ArticleEntry> SessionConverter::entries(const Plan &plan, const LoadBatch &loaded,
                                                    ArticleSet &set, std::vector<Error> &errors)
{
    std::vector<ArticleEntry> result;
    size_t file = 0;
    int pasted = 0;
    for (const SessionArticle &saved : plan.articles) {
        ArticleEntry entry;
        if (saved.isPasted()) {
            entry = set.makeEntry(pastedArticle(saved.text, tr("Pasted text %1").arg(++pasted)), QString());
        } else {
            if (file >= loaded.size())
                break;
            const LoadedFile &loadedFile = loaded[file++];
            if (!loadedFile.article.ok()) {
                errors.push_back(loadedFile.article.error());
                continue;
            }
            entry = set.makeEntry(loadedFile.article.value(), loadedFile.path);
        }
        entry.title = saved.title;
        entry.outlet = saved.outlet;
        entry.date = saved.date;
        entry.language = saved.language;
        result.push_back(entry);
    }
    return result;
}

Article SessionConverter::pastedArticle(const QString &text, const QString &name)
{
    // Through the loader, so pasted text gets the same blocks and title rules as a .txt file.
    const Result<Article> loaded = ArticleLoader().loadBytes(text.toUtf8(), name);
    if (loaded.ok())
        return loaded.value();
    Article article;
    article.path = name;
    article.title = name;
    article.text = text;
    article.blocks = {TextSpan {0, text.size()}};
    return article;
}

} // namespace parallax
