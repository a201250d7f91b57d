#include "coveragemodel.h"
#include "samplecomparison.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QPoint>
#include <QSignalSpy>
#include <QtTest>

using namespace parallax;
using namespace parallax::testing;

class TestCoverageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void rowCarriesTheClaimInEverySourceThatHasIt();
    void uniqueSentenceRowHasExactlyOneCell();
    void rowsFollowTheReferenceArticle_data();
    void rowsFollowTheReferenceArticle();
    void everySentenceIsInExactlyOneCell();
    void citationQuotesEachSourceWithItsDetails();
    void referenceSwitchResetsTheModel();
    void rowStatusColoursTheCellsThatCarryIt();
    void headersNameSourcesAndCountCarriers();
    void emptyWithoutComparison();

private:
    // The row whose cell in the sentence's document holds that sentence; -1 when none.
    static int rowOf(const CoverageModel &model, SentenceRef ref);
    static std::vector<SentenceRef> cellSentences(const CoverageModel &model, int row, int document);

    std::shared_ptr<const Comparison> m_comparison;
};

void TestCoverageModel::initTestCase()
{
    m_comparison = sampleComparison();
    QCOMPARE(int(m_comparison->documents.size()), 4);
    QVERIFY(m_comparison->errors.empty());
}

int TestCoverageModel::rowOf(const CoverageModel &model, SentenceRef ref)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto refs = cellSentences(model, row, ref.document);
        if (std::find(refs.begin(), refs.end(), ref) != refs.end())
            return row;
    }
    return -1;
}

std::vector<SentenceRef> TestCoverageModel::cellSentences(const CoverageModel &model, int row, int document)
{
    std::vector<SentenceRef> refs;
    for (const QVariant &value : model.index(row, document).data(CoverageModel::SentencesRole).toList())
        refs.push_back({value.toPoint().x(), value.toPoint().y()});
    return refs;
}

void TestCoverageModel::passesTheModelTester()
{
    CoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(m_comparison);
    QVERIFY(model.rowCount() > 0);
    model.setReferenceDocument(Radio);
    model.setStatusPalette(StatusPalette::dark());
    model.setComparison(nullptr);
    model.setComparison(m_comparison, Ledger);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data(Qt::ToolTipRole);
    }
}

void TestCoverageModel::rowCarriesTheClaimInEverySourceThatHasIt()
{
    CoverageModel model;
    model.setComparison(m_comparison);
    const SentenceRef wire
        = findSentence(*m_comparison, Northwire, QStringLiteral("Engineers estimate that repairs"));
    QVERIFY(wire.sentence >= 0);
    const int row = rowOf(model, wire);
    QVERIFY(row >= 0);
    QCOMPARE(model.columnCount(), 4);
    for (const int document : {Northwire, Courier, Ledger}) {
        QCOMPARE(int(cellSentences(model, row, document).size()), 1);
        QVERIFY(!model.index(row, document).data().toString().isEmpty());
    }
    QVERIFY(cellSentences(model, row, Radio).empty());
    QVERIFY(model.index(row, Radio).data().toString().isEmpty());
    QCOMPARE(model.sourceCount(row), 3);
    QVERIFY(
        model.index(row, Courier).data().toString().contains(QStringLiteral("38 million euros and take")));
    QVERIFY(model.index(row, Ledger).data().toString().startsWith(QStringLiteral("According to engineers")));
    QVERIFY(model.index(row, Ledger)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("According to engineers")));
}

void TestCoverageModel::uniqueSentenceRowHasExactlyOneCell()
{
    CoverageModel model;
    model.setComparison(m_comparison);
    const SentenceRef unique
        = findSentence(*m_comparison, Northwire, QStringLiteral("The bridge was last renovated"));
    QVERIFY(unique.sentence >= 0);
    const int row = rowOf(model, unique);
    QVERIFY(row >= 0);
    int cells = 0;
    for (int document = 0; document < model.columnCount(); ++document)
        cells += cellSentences(model, row, document).empty() ? 0 : 1;
    QCOMPARE(cells, 1);
    QCOMPARE(model.index(row, Northwire).data(CoverageModel::StatusRole).toInt(),
             int(SentenceStatus::Unique));
    QCOMPARE(model.sourceCount(row), 1);
}

void TestCoverageModel::rowsFollowTheReferenceArticle_data()
{
    QTest::addColumn<int>("reference");
    QTest::newRow("northwire") << int(Northwire);
    QTest::newRow("courier") << int(Courier);
    QTest::newRow("ledger") << int(Ledger);
    QTest::newRow("radio") << int(Radio);
}

void TestCoverageModel::rowsFollowTheReferenceArticle()
{
    QFETCH(int, reference);
    CoverageModel model;
    model.setComparison(m_comparison, reference);
    QCOMPARE(model.referenceDocument(), reference);
    // The reference's sentences fill the first rows, in reading order; then
    // come the claims it does not carry.
    const int sentences = int(m_comparison->documents[size_t(reference)].sentences.size());
    int expected = 0;
    bool pastReference = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto refs = cellSentences(model, row, reference);
        if (refs.empty()) {
            pastReference = true;
            continue;
        }
        QVERIFY2(!pastReference,
                 qPrintable(QStringLiteral("row %1 of the reference after its last claim").arg(row)));
        for (const SentenceRef ref : refs)
            QCOMPARE(ref.sentence, expected++);
    }
    QCOMPARE(expected, sentences);
    QVERIFY(model.headerData(reference, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.headerData((reference + 1) % 4, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
}

void TestCoverageModel::everySentenceIsInExactlyOneCell()
{
    CoverageModel model;
    model.setComparison(m_comparison, Ledger);
    std::map<SentenceRef, int> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int document = 0; document < model.columnCount(); ++document) {
            for (const SentenceRef ref : cellSentences(model, row, document)) {
                QCOMPARE(ref.document, document);
                ++seen[ref];
            }
        }
    }
    int total = 0;
    for (const AnalyzedDocument &document : m_comparison->documents)
        total += int(document.sentences.size());
    QCOMPARE(int(seen.size()), total);
    for (const auto &[ref, count] : seen)
        QCOMPARE(count, 1);
}

void TestCoverageModel::citationQuotesEachSourceWithItsDetails()
{
    CoverageModel model;
    model.setComparison(m_comparison);
    const SentenceRef wire
        = findSentence(*m_comparison, Northwire, QStringLiteral("Engineers estimate that repairs"));
    const QStringList lines = model.citation(rowOf(model, wire)).split(u'\n');
    QCOMPARE(lines.size(), 3);
    const QString wireTitle = m_comparison->documents[Northwire].article.title;
    QCOMPARE(lines[0],
             QStringLiteral(
                 "\u201cEngineers estimate that repairs will cost 38 million euros and take at least two "
                 "years.\u201d \u2014 %1, :/samples/northwire.txt")
                 .arg(wireTitle));
    // The courier's sentence is hard-wrapped in its file: quoted on one line.
    QVERIFY(lines[1].startsWith(
        QStringLiteral("\u201cEngineers estimate that repairs will cost 38 million euros and")));
    QVERIFY(lines[1].endsWith(QStringLiteral(":/samples/kesterton-courier.txt")));
    const Article &ledger = m_comparison->documents[Ledger].article;
    QVERIFY(!ledger.outlet.isEmpty());
    QVERIFY(!ledger.date.isEmpty());
    QVERIFY2(lines[2].endsWith(QStringLiteral("\u201d \u2014 %1 (%2, %3), :/samples/valley-ledger.html")
                                   .arg(ledger.title, ledger.outlet, ledger.date)),
             qPrintable(lines[2]));
    QVERIFY(model.citation(-1).isEmpty());
    QVERIFY(model.citation(model.rowCount()).isEmpty());
}

void TestCoverageModel::referenceSwitchResetsTheModel()
{
    CoverageModel model;
    model.setComparison(m_comparison);
    const QPersistentModelIndex kept = model.index(3, 1);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setReferenceDocument(Radio);
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QVERIFY(!kept.isValid());
    QCOMPARE(model.referenceDocument(), int(Radio));
    QCOMPARE(cellSentences(model, 0, Radio), (std::vector<SentenceRef> {{Radio, 0}}));
    // Choosing the same reference again changes nothing.
    model.setReferenceDocument(Radio);
    QCOMPARE(reset.size(), 1);
    // Out of range choices fall back to an existing article.
    model.setReferenceDocument(99);
    QCOMPARE(model.referenceDocument(), 3);
}

void TestCoverageModel::rowStatusColoursTheCellsThatCarryIt()
{
    CoverageModel model;
    model.setComparison(m_comparison);
    model.setStatusPalette(StatusPalette::dark());
    const int row
        = rowOf(model, findSentence(*m_comparison, Northwire, QStringLiteral("Engineers estimate")));
    QCOMPARE(model.index(row, Courier).data(CoverageModel::StatusRole).toInt(), int(SentenceStatus::Shared));
    QCOMPARE(model.status(row), SentenceStatus::Shared);
    QCOMPARE(model.index(row, Ledger).data(Qt::BackgroundRole).value<QBrush>().color(),
             StatusPalette::dark().background(SentenceStatus::Shared));
    QVERIFY(!model.index(row, Radio).data(Qt::BackgroundRole).isValid());
    // Every row's status is the strongest status among its sentences.
    for (int r = 0; r < model.rowCount(); ++r) {
        SentenceStatus best = SentenceStatus::Unique;
        for (int document = 0; document < model.columnCount(); ++document) {
            for (const SentenceRef ref : cellSentences(model, r, document))
                best = std::max(best,
                                m_comparison->sentences[size_t(ref.document)][size_t(ref.sentence)].status);
        }
        QCOMPARE(model.index(r, 0).data(CoverageModel::StatusRole).toInt(), int(best));
    }
}

void TestCoverageModel::headersNameSourcesAndCountCarriers()
{
    CoverageModel model;
    model.setComparison(m_comparison);
    // Source first (the sample's wire and courier share a headline), then the title.
    QCOMPARE(model.headerData(Northwire, Qt::Horizontal).toString(),
             QStringLiteral("northwire.txt\n") + m_comparison->documents[Northwire].article.title);
    QCOMPARE(model.headerData(Ledger, Qt::Horizontal).toString(),
             QStringLiteral("Valley Morning Ledger\n") + m_comparison->documents[Ledger].article.title);
    const int row
        = rowOf(model, findSentence(*m_comparison, Northwire, QStringLiteral("Engineers estimate")));
    const QString header = model.headerData(row, Qt::Vertical).toString();
    QVERIFY2(header.startsWith(QString::number(row + 1)), qPrintable(header));
    QVERIFY2(header.endsWith(QStringLiteral("3/4")), qPrintable(header));
    QVERIFY(
        model.headerData(row, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("3 of 4")));
    QCOMPARE(model.headerData(row, Qt::Vertical, CoverageModel::SentencesRole).toList().size(), 3);
}

void TestCoverageModel::emptyWithoutComparison()
{
    CoverageModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setReferenceDocument(2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
}

QTEST_MAIN(TestCoverageModel)
#include "tst_coveragemodel.moc"
