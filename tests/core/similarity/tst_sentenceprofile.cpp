#include "similarity/pairscorer.h"
#include "similarity/sentencepairreader.h"
#include "similarity/sentenceprofile.h"
#include "similarity/synonymtable.h"
#include "text/documentanalyzer.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// A sentence and its text, kept together so the profile's view stays valid.
struct Analyzed
{
    QString text;
    Sentence sentence;
};

Analyzed analyze(DocumentAnalyzer &analyzer, const QString &text)
{
    Analyzed result {text, {}};
    result.sentence.span = TextSpan {0, text.size()};
    result.sentence.tokens = analyzer.tokenize(text, u"en"_s);
    return result;
}

// The plain definition markSynonyms must agree with: per content stem of
// `a`, whether some content stem of `b` shares a synset with it.
std::vector<quint8> sharingStems(const SentenceProfile &a, const SentenceProfile &b,
                                 const SynonymTable &table)
{
    std::vector<quint8> result;
    for (const quint64 stem : a.contentSet) {
        const std::vector<quint32> groups = table.groups(stem);
        result.push_back(std::any_of(b.contentSet.begin(), b.contentSet.end(), [&](quint64 other) {
            return SynonymTable::shareGroup(groups, table.groups(other));
        }));
    }
    return result;
}

// markSynonyms(b) of `a` from `marks`, compared with the plain definition:
// marked stems keep their mark, the others get 4 when they share a synset.
// Returns how many stems got 4, or -1 when the two differ.
int checkMarks(const SentenceProfile &a, const SentenceProfile &b, const SynonymTable &table,
               std::vector<quint8> marks)
{
    std::vector<quint8> expected = marks;
    const std::vector<quint8> sharing = sharingStems(a, b, table);
    for (size_t i = 0; i < expected.size(); ++i)
        expected[i] = expected[i] != 0 ? expected[i] : quint8(sharing[i] * 4);
    a.markSynonyms(b, marks, 4);
    return marks == expected ? int(std::count(marks.begin(), marks.end(), 4)) : -1;
}

// markSameContent against a search of each stem in the other sentence.
bool sameContentAgrees(const SentenceProfile &a, const SentenceProfile &b)
{
    std::vector<quint8> mine(a.contentSet.size(), 0);
    std::vector<quint8> theirs(b.contentSet.size(), 0);
    a.markSameContent(b, mine, theirs, 1);
    const auto agrees
        = [](const SentenceProfile &side, const SentenceProfile &other, const std::vector<quint8> &marks) {
              for (size_t i = 0; i < side.contentSet.size(); ++i) {
                  if (marks[i]
                      != quint8(std::binary_search(other.contentSet.begin(), other.contentSet.end(),
                                                   side.contentSet[i])))
                      return false;
              }
              return true;
          };
    return agrees(a, b, mine) && agrees(b, a, theirs);
}

// markSameContent, then markSynonyms in both directions of a pair, from no
// marks and from random ones (the scorer marks the stems found exactly before
// the synonym test); how many stems were found by synonym, or -1 on a
// difference.
int checkPair(const Analyzed &textA, const Analyzed &textB, const SynonymTable &table,
              QRandomGenerator &random)
{
    const SentenceProfile a(SentenceView {&textA.sentence, &textA.text}, table);
    const SentenceProfile b(SentenceView {&textB.sentence, &textB.text}, table);
    if (!sameContentAgrees(a, b)) {
        qWarning("same content differs: \"%s\" / \"%s\"", qPrintable(textA.text), qPrintable(textB.text));
        return -1;
    }
    int found = 0;
    for (const auto &[mine, other] : {std::pair {&a, &b}, std::pair {&b, &a}}) {
        std::vector<quint8> randomMarks(mine->contentSet.size());
        for (quint8 &mark : randomMarks)
            mark = quint8(random.bounded(2));
        for (const std::vector<quint8> &marks :
             {std::vector<quint8>(mine->contentSet.size(), 0), randomMarks}) {
            const int count = checkMarks(*mine, *other, table, marks);
            if (count < 0) {
                qWarning("differs: \"%s\" / \"%s\"", qPrintable(textA.text), qPrintable(textB.text));
                return -1;
            }
            found += count;
        }
    }
    return found;
}

} // namespace

class tst_SentenceProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synonymsAreMarked();
    void generatedPairs();
    void msrpPairs();
};

void tst_SentenceProfile::synonymsAreMarked()
{
    const SynonymTable table = SynonymTable::builtin();
    DocumentAnalyzer analyzer(u"en"_s);
    const Analyzed textA = analyze(analyzer, u"He purchased a big car near the river."_s);
    const Analyzed textB = analyze(analyzer, u"She bought a large automobile yesterday near it."_s);
    const SentenceProfile a(SentenceView {&textA.sentence, &textA.text}, table);
    const SentenceProfile b(SentenceView {&textB.sentence, &textB.text}, table);
    QCOMPARE(a.contentSet.size(), size_t(5)); // purchas big car near river
    QCOMPARE(b.contentSet.size(), size_t(5)); // bought larg automobil yesterday near
    std::vector<quint8> marks(a.contentSet.size(), 0);
    a.markSynonyms(b, marks, 2);
    QCOMPARE(std::count(marks.begin(), marks.end(), 2), 4); // all but river
    std::vector<quint8> expected = sharingStems(a, b, table);
    for (quint8 &mark : expected)
        mark *= 2;
    QCOMPARE(marks, expected);
    // A stem found another way keeps its mark.
    const size_t found = size_t(std::find(marks.begin(), marks.end(), 2) - marks.begin());
    std::fill(marks.begin(), marks.end(), 0);
    marks[found] = 1;
    a.markSynonyms(b, marks, 2);
    QCOMPARE(marks[found], 1);
    QCOMPARE(std::count(marks.begin(), marks.end(), 2), 3);
}

void tst_SentenceProfile::generatedPairs()
{
    // Words with many synsets among each other (several owners of one group
    // in a sentence, on both sides), and words without any.
    const QStringList words = {u"buy"_s,        u"purchase"_s, u"big"_s,    u"large"_s, u"great"_s, u"car"_s,
                               u"automobile"_s, u"say"_s,      u"state"_s,  u"tell"_s,  u"stop"_s,  u"halt"_s,
                               u"end"_s,        u"finish"_s,   u"begin"_s,  u"start"_s, u"get"_s,   u"take"_s,
                               u"make"_s,       u"run"_s,      u"house"_s,  u"home"_s,  u"quick"_s, u"fast"_s,
                               u"river"_s,      u"qwzxv"_s,    u"zorbly"_s, u"the"_s,   u"of"_s,    u"and"_s};
    QRandomGenerator random(7);
    const auto sentence = [&] {
        QStringList picked;
        const int length = random.bounded(1, 40);
        for (int i = 0; i < length; ++i)
            picked << words[random.bounded(int(words.size()))];
        return picked.join(u' ');
    };
    const SynonymTable table = SynonymTable::builtin();
    DocumentAnalyzer analyzer(u"en"_s);
    int markedStems = 0;
    for (int pair = 0; pair < 300; ++pair) {
        const int found
            = checkPair(analyze(analyzer, sentence()), analyze(analyzer, sentence()), table, random);
        QVERIFY(found >= 0);
        markedStems += found;
    }
    QVERIFY(markedStems > 1000);
}

void tst_SentenceProfile::msrpPairs()
{
    const QString file
        = QDir(QStringLiteral(PARALLAX_SHARED_DIR)).filePath(u"data/msrp/msr_paraphrase_test.txt"_s);
    if (!QFileInfo::exists(file))
        QSKIP("MSRP data not present (../shared/data/msrp)");
    const auto read = SentencePairReader::readFile(file);
    QVERIFY(read.ok());
    const std::vector<SentencePair> &pairs = read.value();
    const SynonymTable table = SynonymTable::builtin();
    DocumentAnalyzer analyzer(u"en"_s);
    QRandomGenerator random(11);
    int markedStems = 0;
    // Each pair as given (mostly related) and each first sentence with the
    // next pair's second one (mostly unrelated).
    for (size_t i = 0; i < pairs.size(); ++i) {
        const Analyzed first = analyze(analyzer, pairs[i].text1);
        const int related = checkPair(first, analyze(analyzer, pairs[i].text2), table, random);
        const int unrelated
            = checkPair(first, analyze(analyzer, pairs[(i + 1) % pairs.size()].text2), table, random);
        QVERIFY(related >= 0 && unrelated >= 0);
        markedStems += related + unrelated;
    }
    QVERIFY(markedStems > 10000);
}

QTEST_GUILESS_MAIN(tst_SentenceProfile)
#include "tst_sentenceprofile.moc"
