#include "articleset.h"

#include <QSignalSpy>
#include <QtTest>

using namespace parallax;

class TestArticleSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addsInOneUndoableStep();
    void reorderUndoRedo();
    void renameUndoRedoKeepsTheLoadedArticle();
    void removeUndoRedo();
    void propertiesOverrideTheLoadedValues();
    void resetClearsHistory();

private:
    QStringList titles() const;
    ArticleSet *m_set = nullptr;
    std::unique_ptr<ArticleSet> m_owner;
};

namespace {

Article article(const QString &title)
{
    Article a;
    a.path = title + QStringLiteral(".txt");
    a.title = title;
    a.text = title + QStringLiteral(" text.");
    a.language = QStringLiteral("en");
    return a;
}

} // namespace

void TestArticleSet::init()
{
    m_owner = std::make_unique<ArticleSet>();
    m_set = m_owner.get();
    m_set->add({m_set->makeEntry(article(QStringLiteral("A")), QStringLiteral("/a.txt")),
                m_set->makeEntry(article(QStringLiteral("B")), QStringLiteral("/b.txt")),
                m_set->makeEntry(article(QStringLiteral("C")), QString())});
}

QStringList TestArticleSet::titles() const
{
    QStringList result;
    for (const Article &a : m_set->articles())
        result << a.title;
    return result;
}

void TestArticleSet::addsInOneUndoableStep()
{
    QCOMPARE(titles(), (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(m_set->undoStack()->count(), 1);
    QVERIFY(m_set->entries()[2].isPasted());
    m_set->undoStack()->undo();
    QCOMPARE(m_set->count(), 0);
    m_set->undoStack()->redo();
    QCOMPARE(m_set->count(), 3);
}

void TestArticleSet::reorderUndoRedo()
{
    QSignalSpy changed(m_set, &ArticleSet::changed);
    m_set->move(0, 2);
    QCOMPARE(titles(), (QStringList {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    QCOMPARE(changed.count(), 1);
    m_set->undoStack()->undo();
    QCOMPARE(titles(), (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    m_set->undoStack()->redo();
    QCOMPARE(titles(), (QStringList {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    m_set->move(0, 5); // out of range: no command
    QCOMPARE(m_set->undoStack()->count(), 2);
}

void TestArticleSet::renameUndoRedoKeepsTheLoadedArticle()
{
    const Article *loaded = m_set->entries()[1].article.get();
    const int id = m_set->entries()[1].id;
    m_set->rename(1, QStringLiteral("Renamed"));
    QCOMPARE(titles()[1], QStringLiteral("Renamed"));
    // No reload: the same loaded Article object, the same identity.
    QCOMPARE(m_set->entries()[1].article.get(), loaded);
    QCOMPARE(m_set->entries()[1].id, id);
    QCOMPARE(m_set->undoStack()->undoText(), QStringLiteral("Rename Article"));
    m_set->undoStack()->undo();
    QCOMPARE(titles()[1], QStringLiteral("B"));
    m_set->undoStack()->redo();
    QCOMPARE(titles()[1], QStringLiteral("Renamed"));
}

void TestArticleSet::removeUndoRedo()
{
    const int id = m_set->entries()[0].id;
    m_set->remove(0);
    QCOMPARE(titles(), (QStringList {QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(m_set->indexOf(id), -1);
    m_set->undoStack()->undo();
    QCOMPARE(m_set->indexOf(id), 0);
    QCOMPARE(titles(), (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

void TestArticleSet::propertiesOverrideTheLoadedValues()
{
    m_set->setProperties(0, {{}, QStringLiteral("Wire"), QStringLiteral("2024-01-02"), QStringLiteral("de")});
    const Article effective = m_set->articles()[0];
    QCOMPARE(effective.title, QStringLiteral("A")); // empty override keeps the loaded title
    QCOMPARE(effective.outlet, QStringLiteral("Wire"));
    QCOMPARE(effective.date, QStringLiteral("2024-01-02"));
    QCOMPARE(effective.language, QStringLiteral("de"));
    QCOMPARE(m_set->entries()[0].article->language, QStringLiteral("en"));
    m_set->undoStack()->undo();
    QCOMPARE(m_set->articles()[0].language, QStringLiteral("en"));
}

void TestArticleSet::resetClearsHistory()
{
    m_set->rename(0, QStringLiteral("X"));
    m_set->reset({m_set->makeEntry(article(QStringLiteral("Z")), QString())});
    QCOMPARE(titles(), QStringList {QStringLiteral("Z")});
    QCOMPARE(m_set->undoStack()->count(), 0);
    QVERIFY(m_set->undoStack()->isClean());
}

QTEST_MAIN(TestArticleSet)
#include "tst_articleset.moc"
