// CoverageTable: one row per claim (cluster or unique sentence), rows in the
// reference document's reading order, then claims it lacks in first-seen order.

#include "report/coveragetable.h"

#include <QTest>

using namespace parallax;

namespace {

AnalyzedDocument document(int sentences)
{
    AnalyzedDocument result;
    for (int s = 0; s < sentences; ++s)
        result.sentences.push_back(Sentence {{s * 10, s * 10 + 9}, {}});
    return result;
}

SentenceResult in(int cluster)
{
    return SentenceResult {cluster < 0 ? SentenceStatus::Unique : SentenceStatus::Shared, cluster, {}};
}

// A: [c0, u, c5]   B: [c5, c0, c0]   C: [u, c5, u]
Comparison comparison()
{
    Comparison c;
    c.documents = {document(3), document(3), document(3)};
    c.sentences = {{in(0), in(-1), in(5)}, {in(5), in(0), in(0)}, {in(-1), in(5), in(-1)}};
    c.clusters = {Cluster {0, {{0, 0}, {1, 1}, {1, 2}}}, Cluster {5, {{0, 2}, {1, 0}, {2, 1}}}};
    return c;
}

using Cells = std::vector<std::vector<int>>;

} // namespace

class tst_CoverageTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceFirst();
    void otherReference();
    void everySentenceExactlyOnce_data();
    void everySentenceExactlyOnce();
    void referenceOutOfRange();
    void empty();
    void missingResultsReadAsUnique();
};

void tst_CoverageTable::referenceFirst()
{
    const CoverageTable table(comparison(), 0);
    QCOMPARE(table.referenceDocument(), 0);
    QCOMPARE(table.documentCount(), 3);
    const auto &rows = table.rows();
    QCOMPARE(rows.size(), size_t(5));
    QCOMPARE(rows[0].cluster, 0);
    QVERIFY(rows[0].cells == (Cells {{0}, {1, 2}, {}}));
    QCOMPARE(rows[1].cluster, -1);
    QVERIFY(rows[1].cells == (Cells {{1}, {}, {}}));
    QCOMPARE(rows[2].cluster, 5);
    QVERIFY(rows[2].cells == (Cells {{2}, {0}, {1}}));
    // C's unique sentences follow, in its reading order.
    QVERIFY(rows[3].cells == (Cells {{}, {}, {0}}));
    QVERIFY(rows[4].cells == (Cells {{}, {}, {2}}));
}

void tst_CoverageTable::otherReference()
{
    const CoverageTable table(comparison(), 2);
    const auto &rows = table.rows();
    QCOMPARE(rows.size(), size_t(5));
    QVERIFY(rows[0].cells == (Cells {{}, {}, {0}}));
    QCOMPARE(rows[1].cluster, 5);
    QVERIFY(rows[2].cells == (Cells {{}, {}, {2}}));
    // Then A (document order): cluster 0, A's unique sentence.
    QCOMPARE(rows[3].cluster, 0);
    QVERIFY(rows[4].cells == (Cells {{1}, {}, {}}));
}

void tst_CoverageTable::everySentenceExactlyOnce_data()
{
    QTest::addColumn<int>("reference");
    for (int r = 0; r < 3; ++r)
        QTest::addRow("reference %d", r) << r;
}

void tst_CoverageTable::everySentenceExactlyOnce()
{
    QFETCH(int, reference);
    const CoverageTable table(comparison(), reference);
    std::vector<int> seen(9, 0);
    for (const CoverageTable::Row &row : table.rows()) {
        QCOMPARE(row.cells.size(), size_t(3));
        for (size_t d = 0; d < 3; ++d) {
            for (const int s : row.cells[d])
                ++seen[d * 3 + size_t(s)];
        }
    }
    QVERIFY(seen == std::vector<int>(9, 1));
}

// An invalid reference falls back to plain document order.
void tst_CoverageTable::referenceOutOfRange()
{
    const CoverageTable table(comparison(), 7);
    QCOMPARE(table.rows().size(), size_t(5));
    QCOMPARE(table.rows()[0].cluster, 0);
    const CoverageTable negative(comparison(), -1);
    QCOMPARE(negative.rows().size(), size_t(5));
}

void tst_CoverageTable::empty()
{
    const CoverageTable table(Comparison {}, 0);
    QCOMPARE(table.documentCount(), 0);
    QVERIFY(table.rows().empty());
}

// A canceled or hand-built Comparison may lack results: no crash, each such
// sentence its own claim.
void tst_CoverageTable::missingResultsReadAsUnique()
{
    Comparison c = comparison();
    c.sentences.resize(1);
    c.sentences[0].resize(2);
    const CoverageTable table(c, 0);
    QCOMPARE(table.rows().size(), size_t(9));
    QVERIFY(table.rows()[2].cells == (Cells {{2}, {}, {}}));
}

QTEST_GUILESS_MAIN(tst_CoverageTable)
#include "tst_coveragetable.moc"
