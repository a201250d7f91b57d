#include "samplecomparison.h"
#include "uniqueclaimspanel.h"

#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace parallax;
using namespace parallax::testing;

class TestUniqueClaimsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsPerSourceTheClaimsNoOtherCarries();
    void everyListedSentenceIsUnique();
    void clickActivatesTheSentence();
    void clearsWithoutComparison();

private:
    std::shared_ptr<const Comparison> m_comparison;
};

void TestUniqueClaimsPanel::initTestCase()
{
    m_comparison = sampleComparison();
}

void TestUniqueClaimsPanel::listsPerSourceTheClaimsNoOtherCarries()
{
    UniqueClaimsPanel panel;
    panel.setComparison(m_comparison);
    const SentenceRef renovated
        = findSentence(*m_comparison, Northwire, QStringLiteral("The bridge was last renovated"));
    QCOMPARE(panel.claimsOf(Northwire), (std::vector<SentenceRef> {renovated}));
    const SentenceRef baker = findSentence(*m_comparison, Radio, QStringLiteral("Mr. Tomas Berg"));
    const auto radio = panel.claimsOf(Radio);
    QVERIFY(std::find(radio.begin(), radio.end(), baker) != radio.end());
    QVERIFY(std::is_sorted(radio.begin(), radio.end()));
    // One top-level entry per source, its claims below.
    QTreeWidget *tree = panel.tree();
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(tree->topLevelItem(Northwire)->text(0), QStringLiteral("Only in northwire.txt (1)"));
    QCOMPARE(tree->topLevelItem(Northwire)->childCount(), 1);
    QVERIFY(tree->topLevelItem(Northwire)->child(0)->text(0).startsWith(
        QStringLiteral("The bridge was last renovated")));
    QCOMPARE(tree->topLevelItem(Radio)->childCount(), int(radio.size()));
}

void TestUniqueClaimsPanel::everyListedSentenceIsUnique()
{
    UniqueClaimsPanel panel;
    panel.setComparison(m_comparison);
    int listed = 0;
    for (int d = 0; d < 4; ++d) {
        for (const SentenceRef ref : panel.claimsOf(d)) {
            QCOMPARE(ref.document, d);
            QCOMPARE(m_comparison->sentences[size_t(d)][size_t(ref.sentence)].status, SentenceStatus::Unique);
            ++listed;
        }
    }
    int unique = 0;
    for (const auto &document : m_comparison->sentences)
        unique += int(std::count_if(document.begin(), document.end(), [](const SentenceResult &s) {
            return s.status == SentenceStatus::Unique;
        }));
    QCOMPARE(listed, unique);
}

void TestUniqueClaimsPanel::clickActivatesTheSentence()
{
    UniqueClaimsPanel panel;
    panel.resize(500, 600);
    panel.setComparison(m_comparison);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &UniqueClaimsPanel::sentenceActivated);
    QTreeWidget *tree = panel.tree();
    QTreeWidgetItem *item = tree->topLevelItem(Radio)->child(1);
    QVERIFY(item);
    const QRect rect = tree->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    const auto ref = activated.first().at(0).value<SentenceRef>();
    QCOMPARE(ref, panel.claimsOf(Radio)[1]);
    // A source's heading is not a sentence.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(tree->topLevelItem(0)).center());
    QCOMPARE(activated.size(), 1);
}

void TestUniqueClaimsPanel::clearsWithoutComparison()
{
    UniqueClaimsPanel panel;
    panel.setComparison(m_comparison);
    panel.setComparison(nullptr);
    QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    QVERIFY(panel.claimsOf(0).empty());
}

QTEST_MAIN(TestUniqueClaimsPanel)
#include "tst_uniqueclaimspanel.moc"
