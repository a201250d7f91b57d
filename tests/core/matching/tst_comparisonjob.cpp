#include "comparisonchecks.h"
#include "matching/comparisonjob.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

const QStringList storySentences = {
    u"The city of Kesterton closed the Brennan Bridge on Tuesday after inspectors found corrosion."_s,
    u"Mayor Ana Lindqvist called the closure the only responsible decision."_s,
    u"Engineers estimate that repairs will cost 38 million euros and take two years."_s,
    u"A free ferry will run every 15 minutes between the harbour and Eastbank."_s,
    u"Drivers are advised to use the Mill Road crossing instead."_s,
    u"Shopkeepers on Bridge Street fear that customers will stay away."_s,
    u"The council said it would not raise local taxes to pay for the repairs."_s,
    u"The bridge was last renovated in 1987 and carries 40,000 vehicles a day."_s,
};

Article article(const QString &path, const QStringList &lines)
{
    Article result;
    result.path = path;
    result.format = u"text"_s;
    result.encoding = u"UTF-8"_s;
    result.title = path;
    result.text = lines.join(u'\n');
    qsizetype start = 0;
    for (const QString &line : lines) {
        result.blocks.append({start, start + line.size()});
        start += line.size() + 1;
    }
    return result;
}

// `count` articles, each telling a different selection of the story, some
// reworded, so that matching has work to do in every pair.
std::vector<Article> manyArticles(int count)
{
    std::vector<Article> articles;
    for (int i = 0; i < count; ++i) {
        QStringList lines;
        for (int s = 0; s < storySentences.size(); ++s) {
            if ((i + s) % 3 == 0)
                continue;
            QString line = storySentences[s];
            if ((i * 7 + s) % 4 == 0)
                line.replace(u"The "_s, u"Officials said the "_s);
            lines << line;
        }
        lines << u"Outlet %1 thanks its readers in issue %2."_s.arg(i).arg(i * 13);
        articles.push_back(article(u"article-%1"_s.arg(i), lines));
    }
    return articles;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_ComparisonJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFilesBecomeErrorsOthersAreCompared();
    void articlesFollowFiles();
    void sameResultWhateverTheThreadCount();
    void progressIsReported();
    void canceledBeforeStartGivesNoResult();
    void canceledWhileRunningStopsPromptly();
    void nothingToCompare();
};

void tst_ComparisonJob::badFilesBecomeErrorsOthersAreCompared()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good1 = dir.filePath(u"one.txt"_s);
    const QString good2 = dir.filePath(u"two.txt"_s);
    const QString empty = dir.filePath(u"empty.txt"_s);
    const QString missing = dir.filePath(u"missing.txt"_s);
    QVERIFY(writeFile(good1, storySentences.mid(0, 4).join(u'\n').toUtf8()));
    QVERIFY(writeFile(good2, storySentences.mid(2, 4).join(u'\n').toUtf8()));
    QVERIFY(writeFile(empty, {}));

    ComparisonInput input;
    input.paths = {good1, missing, empty, good2};
    const Comparison comparison = ComparisonJob(input, {}).run();

    QCOMPARE(comparison.errors.size(), size_t(2));
    QCOMPARE(comparison.errors[0].path, missing); // as given, in input order
    QCOMPARE(comparison.errors[1].path, empty);
    QVERIFY(!comparison.errors[0].message.isEmpty());
    QCOMPARE(comparison.documents.size(), size_t(2));
    QCOMPARE(comparison.documents[0].article.path, good1);
    QCOMPARE(comparison.documents[1].article.path, good2);
    // Sentences 2 and 3 of the story are in both files.
    QCOMPARE(comparison.links.size(), size_t(2));
    QCOMPARE(comparison.links[0].a, (SentenceRef {0, 2}));
    QCOMPARE(comparison.links[0].b, (SentenceRef {1, 0}));
    QCOMPARE(comparison.links[0].relation, Relation::Shared);
    QCOMPARE(comparison.sentences[0][0].status, SentenceStatus::Unique);
    QCOMPARE(comparison.sentences[0][3].status, SentenceStatus::Shared);
    QCOMPARE(comparison.pairs.size(), size_t(1));
    QCOMPARE(comparison.pairs[0].shared, 2);
    test::checkInvariants(comparison);
}

void tst_ComparisonJob::articlesFollowFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"file.txt"_s);
    QVERIFY(writeFile(file, storySentences.mid(0, 3).join(u'\n').toUtf8()));
    ComparisonInput input;
    input.paths = {file};
    input.articles = {article(u"pasted"_s, storySentences.mid(1, 3))};
    const Comparison comparison = ComparisonJob(input, {}).run();
    QVERIFY(comparison.errors.empty());
    QCOMPARE(comparison.documents.size(), size_t(2));
    QCOMPARE(comparison.documents[1].article.path, u"pasted"_s);
    QCOMPARE(comparison.links.size(), size_t(2));
    QCOMPARE(comparison.clusters.size(), size_t(2));
    QCOMPARE(comparison.clusters[0].id, 1); // flat position of sentence 0.1
    test::checkInvariants(comparison);
}

void tst_ComparisonJob::sameResultWhateverTheThreadCount()
{
    ComparisonInput input;
    input.articles = manyArticles(12);
    ComparisonOptions one;
    one.threads = 1;
    ComparisonOptions four;
    four.threads = 4;
    const Comparison a = ComparisonJob(input, one).run();
    const Comparison b = ComparisonJob(input, four).run();
    QVERIFY(a.links.size() > 50);
    QVERIFY(a.clusters.size() > 5);
    test::checkInvariants(a);
    QCOMPARE(test::dump(a), test::dump(b));
    // And the same again (no hidden state between runs).
    QCOMPARE(test::dump(ComparisonJob(input, four).run()), test::dump(b));
}

void tst_ComparisonJob::progressIsReported()
{
    ComparisonInput input;
    input.articles = manyArticles(5);
    QPromise<Comparison> promise;
    QFuture<Comparison> future = promise.future();
    promise.start();
    ComparisonJob(input, {})(promise);
    promise.finish();
    QCOMPARE(future.resultCount(), 1);
    QVERIFY(future.progressMaximum() > 0);
    QCOMPARE(future.progressValue(), future.progressMaximum());
    QVERIFY(!future.progressText().isEmpty());
}

void tst_ComparisonJob::canceledBeforeStartGivesNoResult()
{
    ComparisonInput input;
    input.articles = manyArticles(5);
    QPromise<Comparison> promise;
    QFuture<Comparison> future = promise.future();
    promise.start();
    future.cancel();
    ComparisonJob(input, {})(promise);
    promise.finish();
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
}

void tst_ComparisonJob::canceledWhileRunningStopsPromptly()
{
    ComparisonInput input;
    input.articles = manyArticles(80); // 3,160 document pairs
    QFutureWatcher<Comparison> watcher;
    QSignalSpy progressed(&watcher, &QFutureWatcher<Comparison>::progressValueChanged);
    QSignalSpy finished(&watcher, &QFutureWatcher<Comparison>::finished);
    watcher.setFuture(QtConcurrent::run(ComparisonJob(input, {})));
    QVERIFY(progressed.wait(10000));
    watcher.cancel();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY(watcher.isCanceled());
    QCOMPARE(watcher.future().resultCount(), 0);
}

void tst_ComparisonJob::nothingToCompare()
{
    const Comparison none = ComparisonJob({}, {}).run();
    QVERIFY(none.documents.empty());
    QVERIFY(none.links.empty());
    ComparisonInput single;
    single.articles = {article(u"alone"_s, storySentences)};
    const Comparison alone = ComparisonJob(single, {}).run();
    QCOMPARE(alone.documents.size(), size_t(1));
    QVERIFY(alone.links.empty());
    QCOMPARE(alone.sentences[0].size(), size_t(storySentences.size()));
    for (const SentenceResult &result : alone.sentences[0])
        QCOMPARE(result.status, SentenceStatus::Unique);
}

QTEST_GUILESS_MAIN(tst_ComparisonJob)
#include "tst_comparisonjob.moc"
