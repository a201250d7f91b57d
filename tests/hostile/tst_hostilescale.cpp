// Inputs of hostile size: a 5 MB line without punctuation, 10,000 one-word
// sentences, 500 copies of one article. Each asserts the exact result.
//
// Decided for the 5 MB line: the loader and the segmenter invent no breaks, so
// it is one block and one sentence. Matching stays bounded anyway: candidates
// come from a bounded posting budget, and WordDiff falls back to a common
// prefix/suffix diff above WordDiff::MaxCoordinates, so the word diff of two
// such sentences has at most four operations.
#include "loading/articleloader.h"
#include "matching/comparisonjob.h"
#include "matching/worddiff.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// Letters only, never an English word, abbreviation or stop word: "Bacaca".
QString pseudoWord(int i)
{
    static const char consonants[] = "bcdfghklmnprstvz";
    static const char vowels[] = "aeiou";
    QString word;
    i += 8000; // three syllables at least
    do {
        word += QLatin1Char(consonants[i % 16]);
        word += QLatin1Char(vowels[(i / 16) % 5]);
        i /= 80;
    } while (i != 0);
    return word;
}

Article articleOf(const QString &text, const QString &name)
{
    const Result<Article> loaded = ArticleLoader().loadBytes(text.toUtf8(), name);
    if (!loaded)
        qFatal("%s: %s", qPrintable(name), qPrintable(loaded.error().message));
    return loaded.value();
}

} // namespace

class TestHostileScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveMegabyteLinesCompareWithABoundedDiff();
    void tenThousandOneWordSentences();
    void fiveHundredCopiesShareEverything();
};

void TestHostileScale::fiveMegabyteLinesCompareWithABoundedDiff()
{
    QStringList words;
    qsizetype bytes = 0;
    for (int i = 0; bytes < 5 * 1024 * 1024; ++i) {
        words << pseudoWord(i % 1000);
        bytes += words.last().size() + 1;
    }
    QStringList changed = words;
    const qsizetype first = 100;
    const qsizetype last = words.size() / 2;
    changed[first] = u"altered"_s;
    changed[last] = u"different"_s;
    const QString a = words.join(u' ');
    const QString b = changed.join(u' ');
    QVERIFY(a.size() >= 5 * 1024 * 1024);

    ComparisonInput input;
    input.articles = {articleOf(a, u"a.txt"_s), articleOf(b, u"b.txt"_s)};
    ComparisonOptions options;
    options.language = u"en"_s;
    const Comparison comparison = ComparisonJob(std::move(input), options).run();

    QCOMPARE(comparison.documents.size(), size_t(2));
    QCOMPARE(comparison.documents[0].sentences.size(), size_t(1));
    QCOMPARE(comparison.documents[1].sentences.size(), size_t(1));
    QCOMPARE(comparison.documents[0].sentences[0].tokens.size(), size_t(words.size()));
    QCOMPARE(comparison.links.size(), size_t(1));
    const Link &link = comparison.links[0];
    QCOMPARE(link.relation, Relation::Shared);

    // Token i owns its word and the space after it: offsets of word `index`.
    const auto offsetOf = [](const QStringList &list, qsizetype index) {
        qsizetype offset = 0;
        for (qsizetype i = 0; i < index; ++i)
            offset += list[i].size() + 1;
        return offset;
    };
    QVERIFY(qsizetype(words.size()) * words.size() > WordDiff::MaxCoordinates);
    QCOMPARE(link.diff.size(), size_t(4));
    QCOMPARE(link.diff[0].kind, DiffOp::Kind::Equal);
    QCOMPARE(link.diff[0].a, (TextSpan {0, offsetOf(words, first)}));
    QCOMPARE(link.diff[1].kind, DiffOp::Kind::Delete);
    QCOMPARE(link.diff[1].a, (TextSpan {offsetOf(words, first), offsetOf(words, last + 1)}));
    QCOMPARE(link.diff[2].kind, DiffOp::Kind::Insert);
    QCOMPARE(link.diff[2].b, (TextSpan {offsetOf(changed, first), offsetOf(changed, last + 1)}));
    QCOMPARE(link.diff[3].kind, DiffOp::Kind::Equal);
    QCOMPARE(link.diff[3].a, (TextSpan {offsetOf(words, last + 1), a.size()}));
    QCOMPARE(link.diff[3].b, (TextSpan {offsetOf(changed, last + 1), b.size()}));
}

void TestHostileScale::tenThousandOneWordSentences()
{
    QStringList sentences;
    for (int i = 0; i < 10000; ++i) {
        QString word = pseudoWord(i);
        word[0] = word[0].toUpper();
        sentences << word + u'.';
    }
    const QString text = sentences.join(u' ');
    ComparisonInput input;
    input.articles = {articleOf(text, u"a.txt"_s), articleOf(text, u"b.txt"_s)};
    ComparisonOptions options;
    options.language = u"en"_s; // guessed, these words read as Spanish, whose stop words they include
    const Comparison comparison = ComparisonJob(std::move(input), options).run();

    QCOMPARE(comparison.documents[0].sentences.size(), size_t(10000));
    QCOMPARE(comparison.documents[1].sentences.size(), size_t(10000));
    QCOMPARE(comparison.links.size(), size_t(10000));
    QCOMPARE(comparison.clusters.size(), size_t(10000));
    for (const Link &link : comparison.links) {
        QCOMPARE(link.relation, Relation::Shared);
        QCOMPARE(link.a.sentence, link.b.sentence);
    }
}

void TestHostileScale::fiveHundredCopiesShareEverything()
{
    const QString article
        = u"Ferry back in service\n\n"
          "The harbour ferry sailed again on Monday after a three-week repair. Its crew of twelve "
          "was praised by the mayor for their patience. Passengers queued from early morning to "
          "board the first crossing.\n\n"
          "The operator said the new engine would cut fuel costs sharply. Critics asked why the "
          "repair had taken so long.\n"_s;
    constexpr int copies = 500;
    constexpr int sentences = 6; // the headline is one
    ComparisonInput input;
    for (int i = 0; i < copies; ++i)
        input.articles.push_back(articleOf(article, u"copy%1.txt"_s.arg(i)));
    const Comparison comparison = ComparisonJob(std::move(input), ComparisonOptions {}).run();

    QCOMPARE(comparison.documents.size(), size_t(copies));
    QCOMPARE(comparison.links.size(), size_t(sentences * copies * (copies - 1) / 2));
    QCOMPARE(comparison.clusters.size(), size_t(sentences));
    for (const Cluster &cluster : comparison.clusters)
        QCOMPARE(cluster.members.size(), size_t(copies));
    for (const auto &document : comparison.sentences) {
        QCOMPARE(document.size(), size_t(sentences));
        for (const SentenceResult &result : document) {
            QCOMPARE(result.status, SentenceStatus::Shared);
            QCOMPARE(result.matches.size(), size_t(copies - 1));
        }
    }
    QCOMPARE(comparison.pairs.size(), size_t(copies * (copies - 1) / 2));
}

QTEST_GUILESS_MAIN(TestHostileScale)
#include "tst_hostilescale.moc"
