#include "articleset.h"

#include "articlesetcommand.h"

namespace parallax {

ArticleSet::ArticleSet(QObject *parent)
    : QObject(parent)
{ }

int ArticleSet::indexOf(int id) const
{
    for (int i = 0; i < count(); ++i)
        if (m_entries[size_t(i)].id == id)
            return i;
    return -1;
}

std::vector<Article> ArticleSet::articles() const
{
    std::vector<Article> result;
    result.reserve(m_entries.size());
    for (const ArticleEntry &entry : m_entries)
        result.push_back(entry.effective());
    return result;
}

ArticleEntry ArticleSet::makeEntry(const Article &article, const QString &sourcePath)
{
    ArticleEntry entry;
    entry.id = m_nextId++;
    entry.sourcePath = sourcePath;
    entry.article = std::make_shared<const Article>(article);
    return entry;
}

void ArticleSet::add(std::vector<ArticleEntry> entries)
{
    if (entries.empty())
        return;
    std::vector<ArticleEntry> after = m_entries;
    const int added = int(entries.size());
    for (ArticleEntry &entry : entries)
        after.push_back(std::move(entry));
    push(tr("Add %n Article(s)", nullptr, added), std::move(after));
}

void ArticleSet::remove(int index)
{
    if (!isValid(index))
        return;
    std::vector<ArticleEntry> after = m_entries;
    after.erase(after.begin() + index);
    push(tr("Remove Article"), std::move(after));
}

void ArticleSet::move(int from, int to)
{
    if (!isValid(from) || !isValid(to) || from == to)
        return;
    std::vector<ArticleEntry> after = m_entries;
    ArticleEntry moved = after[size_t(from)];
    after.erase(after.begin() + from);
    after.insert(after.begin() + to, std::move(moved));
    push(tr("Move Article"), std::move(after));
}

void ArticleSet::rename(int index, const QString &title)
{
    if (!isValid(index) || m_entries[size_t(index)].title == title)
        return;
    std::vector<ArticleEntry> after = m_entries;
    after[size_t(index)].title = title;
    push(tr("Rename Article"), std::move(after));
}

void ArticleSet::setProperties(int index, const Properties &properties)
{
    if (!isValid(index))
        return;
    std::vector<ArticleEntry> after = m_entries;
    ArticleEntry &entry = after[size_t(index)];
    entry.title = properties.title;
    entry.outlet = properties.outlet;
    entry.date = properties.date;
    entry.language = properties.language;
    push(tr("Change Article Properties"), std::move(after));
}

ArticleSet::Properties ArticleSet::properties(int index) const
{
    if (!isValid(index))
        return {};
    const ArticleEntry &entry = m_entries[size_t(index)];
    return {entry.title, entry.outlet, entry.date, entry.language};
}

void ArticleSet::reset(std::vector<ArticleEntry> entries)
{
    m_undoStack.clear();
    setEntries(std::move(entries));
    m_undoStack.setClean();
}

void ArticleSet::setEntries(std::vector<ArticleEntry> entries)
{
    m_entries = std::move(entries);
    for (const ArticleEntry &entry : m_entries)
        m_nextId = std::max(m_nextId, entry.id + 1);
    Q_EMIT changed();
}

void ArticleSet::push(const QString &text, std::vector<ArticleEntry> after)
{
    // QUndoStack::push runs redo(), which applies `after`.
    m_undoStack.push(new ArticleSetCommand(this, text, m_entries, std::move(after)));
}

} // namespace parallax
