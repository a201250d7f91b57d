#include "samplecomparison.h"
#include "sharechart.h"
#include "similarityheatmap.h"
#include "summarypanel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace parallax;
using namespace parallax::testing;

class TestSummaryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsBothViewsOfTheComparison();
    void heatmapClickActivatesThePair();
    void shareBarClickActivatesTheDocument();
    void clearsWithoutComparison();

private:
    std::shared_ptr<const Comparison> comparison();
    std::shared_ptr<const Comparison> m_comparison;
};

std::shared_ptr<const Comparison> TestSummaryPanel::comparison()
{
    if (!m_comparison)
        m_comparison = sampleComparison();
    return m_comparison;
}

void TestSummaryPanel::showsBothViewsOfTheComparison()
{
    SummaryPanel panel;
    panel.setComparison(comparison());
    QCOMPARE(panel.shareChart()->documentCount(), 4);
    QCOMPARE(panel.heatmap()->documentCount(), 4);
}

void TestSummaryPanel::heatmapClickActivatesThePair()
{
    SummaryPanel panel;
    panel.resize(1000, 500);
    panel.setComparison(comparison());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &SummaryPanel::pairActivated);
    SimilarityHeatmap *heatmap = panel.heatmap();
    QVERIFY(heatmap->isVisible());
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(1, 3).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first(), (QVariantList {1, 3}));
}

void TestSummaryPanel::shareBarClickActivatesTheDocument()
{
    SummaryPanel panel;
    panel.resize(1000, 500);
    panel.setComparison(comparison());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &SummaryPanel::documentActivated);
    QTest::mouseClick(panel.shareChart(), Qt::LeftButton, {}, panel.shareChart()->barRect(3).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 3);
}

void TestSummaryPanel::clearsWithoutComparison()
{
    SummaryPanel panel;
    panel.setComparison(comparison());
    panel.setComparison(nullptr);
    QCOMPARE(panel.shareChart()->documentCount(), 0);
    QCOMPARE(panel.heatmap()->documentCount(), 0);
}

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
