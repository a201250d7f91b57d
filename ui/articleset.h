#pragma once

#include "articleentry.h"

#include <QObject>
#include <QUndoStack>

#include <vector>

namespace parallax {

// The user's articles in display order. Every edit (add, remove, rename,
// reorder, properties) is an undoable command on undoStack(); none re-reads a
// file. changed() tells the window to re-run the comparison from the cached
// Articles.
class ArticleSet : public QObject
{
    Q_OBJECT

public:
    struct Properties
    {
        QString title;
        QString outlet;
        QString date;
        QString language;
    };

    explicit ArticleSet(QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_undoStack; }
    const std::vector<ArticleEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    int indexOf(int id) const; // -1 when absent
    std::vector<Article> articles() const; // effective articles, in order

    // A new entry (not yet added) for a loaded article.
    ArticleEntry makeEntry(const Article &article, const QString &sourcePath);

    void add(std::vector<ArticleEntry> entries);
    void remove(int index);
    void move(int from, int to);
    void rename(int index, const QString &title);
    void setProperties(int index, const Properties &properties);
    Properties properties(int index) const; // the overrides

    // Replaces everything without undo (a session was opened, the window was cleared).
    void reset(std::vector<ArticleEntry> entries);

    // Used by the undo command only.
    void setEntries(std::vector<ArticleEntry> entries);

Q_SIGNALS:
    void changed();

private:
    void push(const QString &text, std::vector<ArticleEntry> after);
    bool isValid(int index) const { return index >= 0 && index < count(); }

    std::vector<ArticleEntry> m_entries;
    QUndoStack m_undoStack;
    int m_nextId = 1;
};

} // namespace parallax
