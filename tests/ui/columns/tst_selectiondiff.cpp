#include "selectiondiff.h"

#include <QtTest>

using namespace parallax;

class TestSelectionDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partnerExtrasReadTheDiffFromEitherSide();
    void missingFromAllKeepsOnlyWordsNoPartnerHas();
    void uniqueSentenceHasNoMarks();
};

namespace {

// Document 0: "red big cat" ; document 1: "red cat" ; document 2: "big red dog".
Comparison threeDocuments()
{
    Comparison comparison;
    const QStringList texts {QStringLiteral("red big cat"), QStringLiteral("red cat"),
                             QStringLiteral("big red dog")};
    for (const QString &text : texts) {
        AnalyzedDocument document;
        document.article.text = text;
        document.sentences.push_back(Sentence {TextSpan {0, text.size()}, {}});
        comparison.documents.push_back(document);
        comparison.sentences.push_back(std::vector<SentenceResult>(1));
    }
    Link first; // 0 -> 1: "big" deleted
    first.id = 0;
    first.a = SentenceRef {0, 0};
    first.b = SentenceRef {1, 0};
    first.diff = {DiffOp {DiffOp::Kind::Equal, {0, 3}, {0, 3}}, DiffOp {DiffOp::Kind::Delete, {4, 7}, {}},
                  DiffOp {DiffOp::Kind::Equal, {8, 11}, {4, 7}}};
    Link second; // 0 -> 2: "red" kept, "big" moved (deleted and inserted), "cat" replaced by "dog"
    second.id = 1;
    second.a = SentenceRef {0, 0};
    second.b = SentenceRef {2, 0};
    second.diff = {DiffOp {DiffOp::Kind::Insert, {}, {0, 3}}, DiffOp {DiffOp::Kind::Equal, {0, 3}, {4, 7}},
                   DiffOp {DiffOp::Kind::Delete, {4, 7}, {}}, DiffOp {DiffOp::Kind::Delete, {8, 11}, {}},
                   DiffOp {DiffOp::Kind::Insert, {}, {8, 11}}};
    comparison.links = {first, second};
    comparison.sentences[0][0].matches
        = {Match {1, 0, Relation::Shared, 0.9, 0}, Match {2, 0, Relation::Paraphrased, 0.6, 1}};
    comparison.sentences[1][0].matches = {Match {0, 0, Relation::Shared, 0.9, 0}};
    return comparison;
}

} // namespace

void TestSelectionDiff::partnerExtrasReadTheDiffFromEitherSide()
{
    const Comparison comparison = threeDocuments();
    // Selected a: the partner's extras are the Inserts.
    const auto extras = SelectionDiff::partnerExtras(comparison.links[1], SentenceRef {0, 0});
    QCOMPARE(extras.size(), size_t(2));
    QCOMPARE(extras[0], (TextSpan {0, 3}));
    QCOMPARE(extras[1], (TextSpan {8, 11}));
    // Selected b: the partner (a) has "big" that b lacks.
    const auto fromB = SelectionDiff::partnerExtras(comparison.links[0], SentenceRef {1, 0});
    QCOMPARE(fromB.size(), size_t(1));
    QCOMPARE(fromB[0], (TextSpan {4, 7}));
}

void TestSelectionDiff::missingFromAllKeepsOnlyWordsNoPartnerHas()
{
    const Comparison comparison = threeDocuments();
    // "big": document 1 lacks it and document 2's diff deletes it (it moved);
    // "cat": only document 2 lacks it, so it stays unmarked.
    const auto both = SelectionDiff::missingFromAll(comparison, SentenceRef {0, 0});
    QCOMPARE(both.size(), size_t(1));
    QCOMPARE(both[0], (TextSpan {4, 7}));
    // Document 1's one partner lacks nothing of "red cat".
    QVERIFY(SelectionDiff::missingFromAll(comparison, SentenceRef {1, 0}).empty());
    Comparison single = comparison;
    single.sentences[0][0].matches.erase(single.sentences[0][0].matches.begin()); // only document 2 left
    const auto missing = SelectionDiff::missingFromAll(single, SentenceRef {0, 0});
    QCOMPARE(missing.size(), size_t(2));
    QCOMPARE(missing[0], (TextSpan {4, 7}));
    QCOMPARE(missing[1], (TextSpan {8, 11}));
}

void TestSelectionDiff::uniqueSentenceHasNoMarks()
{
    const Comparison comparison = threeDocuments();
    QVERIFY(SelectionDiff::missingFromAll(comparison, SentenceRef {2, 0}).empty());
}

QTEST_GUILESS_MAIN(TestSelectionDiff)
#include "tst_selectiondiff.moc"
