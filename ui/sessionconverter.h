#pragma once

#include "articleset.h"
#include "comparisoncontroller.h"
#include "userprompter.h"

#include "session/session.h"

#include <vector>

class QWidget;

namespace parallax {

// Between the window's articles and a session file. Opening is a plan (which
// files to read, what the user chose for files that moved or changed) and then
// the entries built from what was loaded, in the session's order.
class SessionConverter
{
public:
    struct Plan
    {
        std::vector<SessionArticle> articles; // kept, in order; relocated paths already applied
        std::vector<Error> skipped; // what the user left out, and why
        QStringList filePaths() const;
    };

    static Session toSession(const std::vector<ArticleEntry> &entries, const ComparisonOptions &options);

    // Asks `prompter` about every file that moved or changed; nothing is dropped silently.
    static Plan plan(const Session &session, UserPrompter &prompter, QWidget *parent);

    // Entries for the plan's articles; files that failed to load go to `errors`.
    static std::vector<ArticleEntry> entries(const Plan &plan, const LoadBatch &loaded, ArticleSet &set,
                                             std::vector<Error> &errors);

    static Article pastedArticle(const QString &text, const QString &name);
};

} // namespace parallax
