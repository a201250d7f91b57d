#include "samplecomparison.h"
#include "similarityheatmap.h"

#include "report/comparisonsummary.h"

#include <QSignalSpy>
#include <QtTest>

using namespace parallax;
using namespace parallax::testing;

class TestSimilarityHeatmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clickOnACellActivatesItsPair_data();
    void clickOnACellActivatesItsPair();
    void diagonalAndOutsideActivateNothing();
    void cellsTileTheGrid();
    void tooltipNamesThePairAndItsSimilarity();
    void manyDocumentsStayInsideTheWidget();

private:
    std::shared_ptr<const Comparison> m_comparison;
};

void TestSimilarityHeatmap::initTestCase()
{
    m_comparison = sampleComparison();
}

void TestSimilarityHeatmap::clickOnACellActivatesItsPair_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::newRow("0-1") << 0 << 1;
    QTest::newRow("1-0") << 1 << 0;
    QTest::newRow("2-3") << 2 << 3;
    QTest::newRow("3-0") << 3 << 0;
}

void TestSimilarityHeatmap::clickOnACellActivatesItsPair()
{
    QFETCH(int, a);
    QFETCH(int, b);
    SimilarityHeatmap heatmap;
    heatmap.resize(500, 400);
    heatmap.setComparison(m_comparison);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QSignalSpy activated(&heatmap, &SimilarityHeatmap::pairActivated);
    const QRect cell = heatmap.cellRect(a, b);
    QVERIFY(!cell.isEmpty());
    QVERIFY(heatmap.rect().contains(cell));
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toInt(), a);
    QCOMPARE(activated.first().at(1).toInt(), b);
}

void TestSimilarityHeatmap::diagonalAndOutsideActivateNothing()
{
    SimilarityHeatmap heatmap;
    heatmap.resize(500, 400);
    heatmap.setComparison(m_comparison);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QSignalSpy activated(&heatmap, &SimilarityHeatmap::pairActivated);
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, heatmap.cellRect(2, 2).center());
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, QPoint(1, 1));
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, heatmap.cellRect(3, 3).bottomRight() + QPoint(5, 5));
    QCOMPARE(activated.size(), 0);
}

void TestSimilarityHeatmap::cellsTileTheGrid()
{
    SimilarityHeatmap heatmap;
    heatmap.resize(530, 410);
    heatmap.setComparison(m_comparison);
    QCOMPARE(heatmap.documentCount(), 4);
    for (int a = 0; a < 4; ++a) {
        for (int b = 0; b < 4; ++b) {
            const QRect cell = heatmap.cellRect(a, b);
            QCOMPARE(heatmap.cellAt(cell.topLeft()), std::make_pair(a, b));
            QCOMPARE(heatmap.cellAt(cell.bottomRight()), std::make_pair(a, b));
            if (b + 1 < 4)
                QCOMPARE(heatmap.cellRect(a, b + 1).left(), cell.right() + 1);
        }
    }
    QVERIFY(heatmap.cellRect(4, 0).isEmpty());
    QVERIFY(heatmap.cellRect(-1, 0).isEmpty());
}

void TestSimilarityHeatmap::tooltipNamesThePairAndItsSimilarity()
{
    SimilarityHeatmap heatmap;
    heatmap.setComparison(m_comparison);
    const ComparisonSummary summary(*m_comparison);
    const QString tip = heatmap.cellToolTip(Northwire, Ledger);
    QVERIFY(tip.contains(m_comparison->documents[Northwire].article.title));
    QVERIFY(tip.contains(m_comparison->documents[Ledger].article.title));
    QVERIFY2(
        tip.contains(QStringLiteral("%1%").arg(std::lround(summary.similarity(Northwire, Ledger) * 100))),
        qPrintable(tip));
    QVERIFY(heatmap.cellToolTip(9, 0).isEmpty());
}

void TestSimilarityHeatmap::manyDocumentsStayInsideTheWidget()
{
    SimilarityHeatmap heatmap;
    heatmap.resize(600, 500);
    heatmap.setComparison(emptyDocuments(200));
    const QRect last = heatmap.cellRect(199, 199);
    QVERIFY(!last.isEmpty());
    QVERIFY(heatmap.rect().contains(last));
    QCOMPARE(heatmap.cellAt(heatmap.cellRect(120, 7).center()), std::make_pair(120, 7));
    QVERIFY(!heatmap.cellToolTip(120, 7).isEmpty());
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QSignalSpy activated(&heatmap, &SimilarityHeatmap::pairActivated);
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, heatmap.cellRect(120, 7).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 120);
    QCOMPARE(activated.first().at(1).toInt(), 7);
}

QTEST_MAIN(TestSimilarityHeatmap)
#include "tst_similarityheatmap.moc"
