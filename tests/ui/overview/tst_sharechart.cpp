#include "samplecomparison.h"
#include "sharechart.h"

#include "report/comparisonsummary.h"

#include <QSignalSpy>
#include <QtTest>

using namespace parallax;
using namespace parallax::testing;

class TestShareChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void barPartsAreTheSummaryShares();
    void tooltipGivesThePercentages();
    void clickOnABarActivatesItsDocument();
    void manyDocumentsMakeATallChart();

private:
    std::shared_ptr<const Comparison> m_comparison;
};

void TestShareChart::initTestCase()
{
    m_comparison = sampleComparison();
}

void TestShareChart::barPartsAreTheSummaryShares()
{
    ShareChart chart;
    chart.resize(700, chart.sizeHint().height());
    chart.setComparison(m_comparison);
    const ComparisonSummary summary(*m_comparison);
    QCOMPARE(chart.documentCount(), 4);
    for (int d = 0; d < 4; ++d) {
        const QRect bar = chart.barRect(d);
        QVERIFY(bar.width() > 100);
        const auto &shares = summary.documents()[size_t(d)];
        const std::pair<SentenceStatus, double> parts[] = {{SentenceStatus::Shared, shares.shared},
                                                           {SentenceStatus::Paraphrased, shares.paraphrased},
                                                           {SentenceStatus::Unique, shares.unique}};
        int covered = 0;
        for (const auto &[status, share] : parts) {
            const QRect part = chart.partRect(d, status);
            // Within a pixel of the engine's share of the bar.
            QVERIFY2(std::abs(part.width() - share * bar.width()) <= 1.0,
                     qPrintable(QStringLiteral("document %1, %2: %3 px of %4 for share %5")
                                    .arg(d)
                                    .arg(statusName(status))
                                    .arg(part.width())
                                    .arg(bar.width())
                                    .arg(share)));
            covered += part.width();
        }
        QCOMPARE(covered, bar.width());
        // Parts run shared, paraphrased, unique from the left.
        QCOMPARE(chart.partRect(d, SentenceStatus::Unique).right(), bar.right());
    }
    // The sample's radio report is mostly its own listeners' voices.
    QVERIFY(summary.documents()[Radio].unique > 0.3);
}

void TestShareChart::tooltipGivesThePercentages()
{
    ShareChart chart;
    chart.setComparison(m_comparison);
    const ComparisonSummary summary(*m_comparison);
    const auto &shares = summary.documents()[Ledger];
    const QString tip = chart.barToolTip(Ledger);
    QVERIFY(tip.contains(m_comparison->documents[Ledger].article.title));
    QVERIFY2(tip.contains(QStringLiteral("Unique: %1%").arg(std::lround(shares.unique * 100))),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Shared: %1%").arg(std::lround(shares.shared * 100))),
             qPrintable(tip));
    QVERIFY(chart.barToolTip(4).isEmpty());
}

void TestShareChart::clickOnABarActivatesItsDocument()
{
    ShareChart chart;
    chart.resize(600, chart.sizeHint().height());
    chart.setComparison(m_comparison);
    chart.resize(600, chart.sizeHint().height());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy activated(&chart, &ShareChart::documentActivated);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.barRect(2).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 2);
    QCOMPARE(chart.documentAt(QPoint(5, 2)), -1); // the legend
}

void TestShareChart::manyDocumentsMakeATallChart()
{
    ShareChart chart;
    chart.setComparison(emptyDocuments(200));
    QVERIFY(chart.minimumSizeHint().height() >= 200 * chart.fontMetrics().height());
    chart.resize(500, chart.minimumSizeHint().height());
    QVERIFY(chart.rect().contains(chart.barRect(199)));
    QVERIFY(chart.partRect(5, SentenceStatus::Shared).isEmpty()); // no sentences, nothing to share
}

QTEST_MAIN(TestShareChart)
#include "tst_sharechart.moc"
