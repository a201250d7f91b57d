#include "articlesetcommand.h"

#include "articleset.h"

namespace parallax {

ArticleSetCommand::ArticleSetCommand(ArticleSet *set, const QString &text, std::vector<ArticleEntry> before,
                                     std::vector<ArticleEntry> after)
    : QUndoCommand(text)
    , m_set(set)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void ArticleSetCommand::undo()
{
    m_set->setEntries(m_before);
}

void ArticleSetCommand::redo()
{
    m_set->setEntries(m_after);
}

} // namespace parallax
