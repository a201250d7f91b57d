#include "coveragemodel.h"
#include "coverageview.h"
#include "samplecomparison.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace parallax;
using namespace parallax::testing;

class TestCoverageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enterOnACellActivatesItsSentence();
    void emptyCellActivatesNothing();
    void copyPutsTheSelectedRowsAsCitations();
    void referenceChoiceReordersTheRows();
    void keepsTheReferenceWhenTheSameArticlesAreComparedAgain();

private:
    static int rowOf(const CoverageModel &model, SentenceRef ref);
    std::shared_ptr<const Comparison> m_comparison;
};

void TestCoverageView::initTestCase()
{
    m_comparison = sampleComparison();
}

int TestCoverageView::rowOf(const CoverageModel &model, SentenceRef ref)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto refs = model.sentences(row, ref.document);
        if (std::find(refs.begin(), refs.end(), ref) != refs.end())
            return row;
    }
    return -1;
}

void TestCoverageView::enterOnACellActivatesItsSentence()
{
    CoverageView view;
    view.resize(1000, 600);
    view.setComparison(m_comparison);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &CoverageView::sentenceActivated);
    const SentenceRef ledger = findSentence(*m_comparison, Ledger, QStringLiteral("According to engineers"));
    const int row = rowOf(*view.model(), ledger);
    QVERIFY(row >= 0);
    QTableView *table = view.table();
    table->setFocus();
    table->setCurrentIndex(view.model()->index(row, Ledger));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).value<SentenceRef>(), ledger);
}

void TestCoverageView::emptyCellActivatesNothing()
{
    CoverageView view;
    view.resize(1000, 600);
    view.setComparison(m_comparison);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &CoverageView::sentenceActivated);
    const int row
        = rowOf(*view.model(), findSentence(*m_comparison, Northwire, QStringLiteral("Engineers estimate")));
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(row, Radio));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(activated.size(), 0);
}

void TestCoverageView::copyPutsTheSelectedRowsAsCitations()
{
    CoverageView view;
    view.resize(1000, 600);
    view.setComparison(m_comparison);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.copyAction()->isEnabled());
    const CoverageModel &model = *view.model();
    const int first
        = rowOf(model, findSentence(*m_comparison, Northwire, QStringLiteral("Engineers estimate")));
    const int second
        = rowOf(model, findSentence(*m_comparison, Northwire, QStringLiteral("The bridge was last")));
    view.table()->selectRow(second);
    view.table()->selectionModel()->select(model.index(first, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(view.copyAction()->isEnabled());
    view.table()->setFocus();
    QTest::keySequence(view.table(), QKeySequence::Copy);
    // Rows are copied in grid order, whatever the order of selecting them.
    const QString expected = model.citation(std::min(first, second)) + QStringLiteral("\n\n")
        + model.citation(std::max(first, second));
    QCOMPARE(QApplication::clipboard()->text(), expected);
    QVERIFY(expected.contains(QStringLiteral("\u201cThe bridge was last renovated in 1987.\u201d \u2014 ")));
}

void TestCoverageView::referenceChoiceReordersTheRows()
{
    CoverageView view;
    view.setComparison(m_comparison);
    auto *choice = view.findChild<QComboBox *>();
    QVERIFY(choice);
    QCOMPARE(choice->count(), 4);
    QCOMPARE(choice->itemText(Ledger),
             QStringLiteral("Valley Morning Ledger \u2014 ") + m_comparison->documents[Ledger].article.title);
    QVERIFY(choice->itemText(Northwire) != choice->itemText(Courier));
    QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
    choice->setCurrentIndex(Radio);
    Q_EMIT choice->activated(Radio);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(view.model()->referenceDocument(), int(Radio));
    QCOMPARE(view.model()->sentences(0, Radio), (std::vector<SentenceRef> {{Radio, 0}}));
}

void TestCoverageView::keepsTheReferenceWhenTheSameArticlesAreComparedAgain()
{
    CoverageView view;
    view.setComparison(m_comparison);
    view.setReferenceDocument(Ledger);
    view.setComparison(m_comparison);
    QCOMPARE(view.model()->referenceDocument(), int(Ledger));
    QCOMPARE(view.findChild<QComboBox *>()->currentIndex(), int(Ledger));
    view.setComparison(emptyDocuments(2));
    QCOMPARE(view.model()->referenceDocument(), 0);
}

QTEST_MAIN(TestCoverageView)
#include "tst_coverageview.moc"
