#include "similarity/diffshape.h"
#include "similarity/sentencepairreader.h"
#include "text/documentanalyzer.h"

#include <dtl/dtl.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

using Keys = std::vector<quint64>;

// The shape read off dtl's own shortest edit script: what PairFeatures
// computed before DiffShape, and what the paraphrase model was calibrated on.
DiffShape dtlShape(const Keys &a, const Keys &b)
{
    DiffShape shape;
    if (a.empty() || b.empty()) {
        shape.longestGap = int(std::max(a.size(), b.size()));
        shape.gaps = shape.longestGap > 0 ? 1 : 0;
        shape.longestExtra = shape.longestGap;
        return shape;
    }
    dtl::Diff<quint64, Keys> diff(a, b);
    diff.compose();
    int added = 0;
    int deleted = 0;
    auto closeGap = [&] {
        if (added + deleted > 0) {
            ++shape.gaps;
            shape.longestGap = std::max({shape.longestGap, added, deleted});
            shape.longestExtra = std::max(shape.longestExtra, std::abs(added - deleted));
        }
        added = deleted = 0;
    };
    for (const auto &[key, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            ++shape.lcs;
            closeGap();
        } else if (info.type == dtl::SES_ADD) {
            ++added;
        } else {
            ++deleted;
        }
    }
    closeGap();
    return shape;
}

Keys randomKeys(QRandomGenerator &random, int length, int alphabet)
{
    Keys keys(size_t(length), 0);
    for (quint64 &key : keys)
        key = random.bounded(alphabet) * 0x9E3779B97F4A7C15ULL; // spread over 64 bits
    return keys;
}

// `keys` with a few words deleted, inserted or replaced: a rewrite of a sentence.
Keys edited(QRandomGenerator &random, Keys keys, int edits, int alphabet)
{
    for (int e = 0; e < edits; ++e) {
        const size_t at = keys.empty() ? 0 : random.bounded(quint32(keys.size()));
        const quint64 word = random.bounded(alphabet) * 0x9E3779B97F4A7C15ULL;
        switch (random.bounded(3)) {
        case 0:
            if (!keys.empty())
                keys.erase(keys.begin() + qsizetype(at));
            break;
        case 1:
            keys.insert(keys.begin() + qsizetype(at), word);
            break;
        default:
            if (!keys.empty())
                keys[at] = word;
        }
    }
    return keys;
}

QString describe(const DiffShape &shape)
{
    return u"lcs %1 longest gap %2 gaps %3 longest extra %4"_s.arg(shape.lcs)
        .arg(shape.longestGap)
        .arg(shape.gaps)
        .arg(shape.longestExtra);
}

void compareWithDtl(const Keys &a, const Keys &b)
{
    const DiffShape expected = dtlShape(a, b);
    const DiffShape actual = DiffShape::of(a, b);
    QVERIFY2(actual == expected,
             qPrintable(u"|a| %1 |b| %2: %3, dtl: %4"_s.arg(a.size()).arg(b.size()).arg(describe(actual),
                                                                                        describe(expected))));
}

std::vector<quint64> stems(const std::vector<Token> &tokens)
{
    std::vector<quint64> result;
    for (const Token &token : tokens)
        result.push_back(token.stem);
    return result;
}

} // namespace

class tst_DiffShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCases_data()
    {
        QTest::addColumn<QList<quint64>>("a");
        QTest::addColumn<QList<quint64>>("b");
        QTest::addColumn<int>("lcs");
        QTest::addColumn<int>("gaps");
        QTest::newRow("both empty") << QList<quint64> {} << QList<quint64> {} << 0 << 0;
        QTest::newRow("one empty") << QList<quint64> {} << QList<quint64> {1, 2} << 0 << 1;
        QTest::newRow("equal") << QList<quint64> {1, 2, 3} << QList<quint64> {1, 2, 3} << 3 << 0;
        QTest::newRow("inserted twice")
            << QList<quint64> {1, 2, 3} << QList<quint64> {1, 9, 2, 9, 3} << 3 << 2;
        QTest::newRow("replaced") << QList<quint64> {1, 2, 3} << QList<quint64> {1, 5, 3} << 2 << 1;
    }

    void knownCases()
    {
        QFETCH(QList<quint64>, a);
        QFETCH(QList<quint64>, b);
        QFETCH(int, lcs);
        QFETCH(int, gaps);
        const Keys ka(a.begin(), a.end());
        const Keys kb(b.begin(), b.end());
        QCOMPARE(DiffShape::of(ka, kb).lcs, lcs);
        QCOMPARE(DiffShape::of(ka, kb).gaps, gaps);
        compareWithDtl(ka, kb);
        compareWithDtl(kb, ka);
    }

    // Small alphabets make many equally short scripts: the tie-breaking must
    // be dtl's, in both orders and for equal lengths (where dtl swaps).
    void randomMatchesDtl_data()
    {
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<int>("rounds");
        QTest::newRow("short") << 12 << 20000;
        QTest::newRow("sentences") << 60 << 5000;
        QTest::newRow("long") << 400 << 100;
    }

    void randomMatchesDtl()
    {
        QFETCH(int, maxLength);
        QFETCH(int, rounds);
        QRandomGenerator random(7);
        for (int round = 0; round < rounds; ++round) {
            const int alphabet = 1 + int(random.bounded(12));
            const Keys a = randomKeys(random, int(random.bounded(maxLength + 1)), alphabet);
            const Keys b = round % 2 == 0 ? randomKeys(random, int(random.bounded(maxLength + 1)), alphabet)
                                          : edited(random, a, 1 + int(random.bounded(6)), alphabet);
            compareWithDtl(a, b);
            compareWithDtl(b, a);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Beyond (|shorter| + 1) * (|longer| + 1) >= dtl::MAX_CORDINATES_SIZE dtl
    // may stop its search early; DiffShape then asks dtl. Both sides of the line.
    void longSequencesMatchDtl()
    {
        QRandomGenerator random(11);
        for (const int length : {1413, 1414, 1500}) {
            const Keys a = randomKeys(random, length, 400);
            compareWithDtl(a, randomKeys(random, length, 400));
            compareWithDtl(a, edited(random, a, 200, 400));
        }
    }

    // Real sentences: every MSRP test pair, and each first sentence against
    // the next pair's second (unrelated sentences, long scripts).
    void msrpSentencesMatchDtl()
    {
        const QString path
            = QDir(QStringLiteral(PARALLAX_SHARED_DIR)).filePath(u"data/msrp/msr_paraphrase_test.txt"_s);
        if (!QFileInfo::exists(path))
            QSKIP("MSRP data not present (../shared/data/msrp)");
        const auto read = SentencePairReader::readFile(path);
        QVERIFY(read.ok());
        DocumentAnalyzer analyzer(u"en"_s);
        std::vector<Keys> first;
        std::vector<Keys> second;
        for (const SentencePair &pair : read.value()) {
            first.push_back(stems(analyzer.tokenize(pair.text1, u"en"_s)));
            second.push_back(stems(analyzer.tokenize(pair.text2, u"en"_s)));
        }
        for (size_t i = 0; i < first.size(); ++i) {
            compareWithDtl(first[i], second[i]);
            compareWithDtl(first[i], second[(i + 1) % second.size()]);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(tst_DiffShape)
#include "tst_diffshape.moc"
