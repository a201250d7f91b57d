#pragma once

#include "session/session.h"
#include "session/sessionfilestate.h"

#include <QString>

class QWidget;

namespace parallax {

// The questions the window asks its user. The default asks with dialogs;
// tests derive and answer without blocking.
class UserPrompter
{
public:
    enum class SaveChoice { Save, Discard, Cancel };

    // What to do with a session's file that moved or changed since it was saved.
    struct FileDecision
    {
        enum class Action { OpenCurrent, Locate, Skip };
        Action action = Action::Skip;
        QString path; // the located file for Locate
    };

    virtual ~UserPrompter() = default;

    virtual SaveChoice askToSaveChanges(QWidget *parent);
    virtual bool confirmLargeFolder(QWidget *parent, const QString &folder, int fileCount);
    virtual FileDecision resolveSessionFile(QWidget *parent, const SessionArticle &article,
                                            const SessionFileState &state);
};

} // namespace parallax
