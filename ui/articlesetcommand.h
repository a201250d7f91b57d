#pragma once

#include "articleentry.h"

#include <QUndoCommand>

#include <vector>

namespace parallax {

class ArticleSet;

// One edit of an ArticleSet, stored as the entry lists before and after.
// Entries share their loaded Articles, so a snapshot costs a few pointers per
// article and undo/redo never reloads anything.
class ArticleSetCommand : public QUndoCommand
{
public:
    ArticleSetCommand(ArticleSet *set, const QString &text, std::vector<ArticleEntry> before,
                      std::vector<ArticleEntry> after);

    void undo() override;
    void redo() override;

private:
    ArticleSet *m_set;
    std::vector<ArticleEntry> m_before;
    std::vector<ArticleEntry> m_after;
};

} // namespace parallax
