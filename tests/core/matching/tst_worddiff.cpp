#include "matching/worddiff.h"
#include "testdocuments.h"

#include <QRandomGenerator>
#include <QTest>

#include <dtl/dtl.hpp>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// "e 0 4 0 4" style description of ops, for readable comparisons.
QString describe(const std::vector<DiffOp> &ops)
{
    QStringList parts;
    for (const DiffOp &op : ops) {
        const char *kind = op.kind == DiffOp::Kind::Equal ? "e" : op.kind == DiffOp::Kind::Delete ? "d" : "i";
        parts << u"%1 %2-%3 %4-%5"_s.arg(QLatin1StringView(kind))
                     .arg(op.a.start)
                     .arg(op.a.end)
                     .arg(op.b.start)
                     .arg(op.b.end);
    }
    return parts.join(u" | "_s);
}

// Equal+Delete a-spans tile sentence a; Equal+Insert b-spans tile sentence b.
void checkCoverage(const std::vector<DiffOp> &ops, const Sentence &a, const Sentence &b)
{
    qsizetype posA = a.span.start;
    qsizetype posB = b.span.start;
    for (const DiffOp &op : ops) {
        if (op.kind != DiffOp::Kind::Insert) {
            QCOMPARE(op.a.start, posA);
            QVERIFY(op.a.end > op.a.start);
            posA = op.a.end;
        } else {
            QVERIFY(op.a.isEmpty());
        }
        if (op.kind != DiffOp::Kind::Delete) {
            QCOMPARE(op.b.start, posB);
            QVERIFY(op.b.end > op.b.start);
            posB = op.b.end;
        } else {
            QVERIFY(op.b.isEmpty());
        }
    }
    QCOMPARE(posA, a.span.end);
    QCOMPARE(posB, b.span.end);
    for (size_t i = 1; i < ops.size(); ++i)
        QVERIFY2(ops[i].kind != ops[i - 1].kind, "adjacent ops of one kind are merged");
}

// A sentence whose token i is the one character at offset i, with form
// forms[i]: every op's spans are then the indices of the tokens it covers.
Sentence unitSentence(const std::vector<quint64> &forms)
{
    Sentence sentence;
    sentence.span = {0, qsizetype(forms.size())};
    for (size_t i = 0; i < forms.size(); ++i)
        sentence.tokens.push_back({{qsizetype(i), qsizetype(i) + 1}, forms[i]});
    return sentence;
}

// "= 0 1", "- 2", "+ 3" per step: the script of ops on unit sentences, or dtl's.
QStringList steps(const std::vector<DiffOp> &ops)
{
    QStringList result;
    for (const DiffOp &op : ops) {
        if (op.kind == DiffOp::Kind::Equal) {
            for (qsizetype i = 0; i < op.a.length(); ++i)
                result << u"= %1 %2"_s.arg(op.a.start + i).arg(op.b.start + i);
        } else if (op.kind == DiffOp::Kind::Delete) {
            for (qsizetype i = op.a.start; i < op.a.end; ++i)
                result << u"- %1"_s.arg(i);
        } else {
            for (qsizetype i = op.b.start; i < op.b.end; ++i)
                result << u"+ %1"_s.arg(i);
        }
    }
    return result;
}

QStringList dtlSteps(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    dtl::Diff<quint64> diff(a, b, /*deletesFirst=*/true);
    diff.compose();
    QStringList result;
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON)
            result << u"= %1 %2"_s.arg(info.beforeIdx - 1).arg(info.afterIdx - 1);
        else if (info.type == dtl::SES_DELETE)
            result << u"- %1"_s.arg(info.beforeIdx - 1);
        else
            result << u"+ %1"_s.arg(info.afterIdx - 1);
    }
    return result;
}

std::vector<quint64> randomForms(QRandomGenerator &random, int length, int alphabet)
{
    std::vector<quint64> forms(static_cast<size_t>(length));
    for (quint64 &form : forms)
        form = random.bounded(alphabet);
    return forms;
}

} // namespace

class tst_WordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactOps_data();
    void exactOps();
    void offsetsIntoLaterSentences();
    void sentenceWithoutWords();
    void monsterSentencesFallBackToCoarseDiff();
    void randomScriptsAreDtls_data();
    void randomScriptsAreDtls();
};

void tst_WordDiff::exactOps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equal") << u"The cat sat."_s << u"The cat sat."_s << u"e 0-12 0-12"_s;
    QTest::newRow("inserted word") << u"The cat sat."_s << u"The black cat sat."_s
                                   << u"e 0-4 0-4 | i 4-4 4-10 | e 4-12 10-18"_s;
    QTest::newRow("changed word") << u"The cat sat."_s << u"The dog sat."_s
                                  << u"e 0-4 0-4 | d 4-8 4-4 | i 8-8 4-8 | e 8-12 8-12"_s;
    QTest::newRow("deleted last word")
        << u"The cat sat down."_s << u"The cat sat."_s << u"e 0-12 0-12 | d 12-17 12-12"_s;
    // red green blue -> green red blue: green and blue kept, red moves.
    QTest::newRow("reordered words") << u"red green blue"_s << u"green red blue"_s
                                     << u"d 0-4 0-0 | e 4-10 0-6 | i 10-10 6-10 | e 10-14 10-14"_s;
    QTest::newRow("quote style only")
        << u"He said \"yes\" today."_s << u"He said \u201cyes\u201d today."_s << u"e 0-20 0-20"_s;
    QTest::newRow("apostrophe style only") << u"It isn't so."_s << u"It isn\u2019t so."_s << u"e 0-12 0-12"_s;
    QTest::newRow("case only") << u"THE CAT SAT"_s << u"the cat sat"_s << u"e 0-11 0-11"_s;
    QTest::newRow("leading quote") << u"\"Now,\" he said."_s << u"Now he said."_s << u"e 0-15 0-12"_s;
    QTest::newRow("nothing in common")
        << u"alpha beta"_s << u"gamma delta"_s << u"d 0-10 0-0 | i 10-10 0-11"_s;
}

void tst_WordDiff::exactOps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    const Sentence sa = test::makeSentence(a, 0, a.size());
    const Sentence sb = test::makeSentence(b, 0, b.size());
    const std::vector<DiffOp> ops = WordDiff::diff(sa, sb);
    QCOMPARE(describe(ops), expected);
    checkCoverage(ops, sa, sb);
}

void tst_WordDiff::offsetsIntoLaterSentences()
{
    const AnalyzedDocument a = test::makeDocument({u"First line."_s, u"The cat sat."_s});
    const AnalyzedDocument b = test::makeDocument({u"Other."_s, u"More."_s, u"The black cat sat."_s});
    const std::vector<DiffOp> ops = WordDiff::diff(a.sentences[1], b.sentences[2]);
    QCOMPARE(describe(ops), u"e 12-16 13-17 | i 16-16 17-23 | e 16-24 23-31"_s);
    checkCoverage(ops, a.sentences[1], b.sentences[2]);
    QCOMPARE(b.article.text.mid(ops[1].b.start, ops[1].b.length()), u"black "_s);
}

void tst_WordDiff::sentenceWithoutWords()
{
    const Sentence dash = test::makeSentence(u"--"_s, 0, 2);
    const Sentence words = test::makeSentence(u"Some words."_s, 0, 11);
    QVERIFY(dash.tokens.empty());
    const std::vector<DiffOp> ops = WordDiff::diff(dash, words);
    QCOMPARE(describe(ops), u"d 0-2 0-0 | i 2-2 0-11"_s);
    checkCoverage(ops, dash, words);
}

void tst_WordDiff::monsterSentencesFallBackToCoarseDiff()
{
    // 1,500 x 1,500 tokens is past MaxCoordinates: common prefix and suffix
    // around one changed block, still covering both sentences.
    QStringList wordsA;
    QStringList wordsB;
    for (int i = 0; i < 1500; ++i) {
        wordsA << u"w%1"_s.arg(i);
        wordsB << (i >= 700 && i < 710 ? u"x%1"_s.arg(i) : u"w%1"_s.arg(i));
    }
    const QString a = wordsA.join(u' ');
    const QString b = wordsB.join(u' ');
    const Sentence sa = test::makeSentence(a, 0, a.size());
    const Sentence sb = test::makeSentence(b, 0, b.size());
    QVERIFY(qsizetype(sa.tokens.size() * sb.tokens.size()) > WordDiff::MaxCoordinates);
    const std::vector<DiffOp> ops = WordDiff::diff(sa, sb);
    QCOMPARE(ops.size(), size_t(4));
    QCOMPARE(ops[0].kind, DiffOp::Kind::Equal);
    QCOMPARE(ops[1].kind, DiffOp::Kind::Delete);
    QCOMPARE(ops[2].kind, DiffOp::Kind::Insert);
    QCOMPARE(ops[3].kind, DiffOp::Kind::Equal);
    QCOMPARE(a.mid(ops[1].a.start, ops[1].a.length()).split(u' ', Qt::SkipEmptyParts).size(), 10);
    checkCoverage(ops, sa, sb);
}

// The ops were read off dtl's script (with deletesFirst); WordDiff now walks
// the same search itself. Few distinct forms make many equally short scripts,
// so dtl's choice among them is what is checked, in both orders and for equal
// lengths (where dtl swaps the sequences).
void tst_WordDiff::randomScriptsAreDtls_data()
{
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("alphabet");
    QTest::addColumn<int>("rounds");
    QTest::newRow("short, two forms") << 12 << 2 << 3000;
    QTest::newRow("sentences, four forms") << 40 << 4 << 2000;
    QTest::newRow("sentences, many forms") << 40 << 30 << 1000;
    QTest::newRow("long, three forms") << 400 << 3 << 30;
}

void tst_WordDiff::randomScriptsAreDtls()
{
    QFETCH(int, maxLength);
    QFETCH(int, alphabet);
    QFETCH(int, rounds);
    QRandomGenerator random(uint(maxLength * 31 + alphabet));
    for (int round = 0; round < rounds; ++round) {
        const int lengthA = random.bounded(1, maxLength + 1);
        const int lengthB = round % 5 == 0 ? lengthA : random.bounded(1, maxLength + 1);
        const std::vector<quint64> a = randomForms(random, lengthA, alphabet);
        const std::vector<quint64> b = randomForms(random, lengthB, alphabet);
        const std::vector<DiffOp> ops = WordDiff::diff(unitSentence(a), unitSentence(b));
        QCOMPARE(steps(ops), dtlSteps(a, b));
    }
}

QTEST_GUILESS_MAIN(tst_WordDiff)
#include "tst_worddiff.moc"
