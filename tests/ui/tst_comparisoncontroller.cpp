#include "comparisoncontroller.h"
#include "samplearticles.h"

#include <QSignalSpy>
#include <QtTest>

using namespace parallax;

class TestComparisonController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsInOrderWithErrorsAsValues();
    void comparesCachedArticles();
    void newerRequestReplacesTheOlder();
    void destructorWaitsForRunningWork();

private:
    std::vector<Article> loadSample();
};

std::vector<Article> TestComparisonController::loadSample()
{
    ComparisonController controller;
    std::vector<Article> articles;
    bool done = false;
    controller.loadFiles(sampleArticlePaths(), 1 << 20, [&](const LoadBatch &batch) {
        for (const LoadedFile &file : batch)
            if (file.article.ok())
                articles.push_back(file.article.value());
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    return articles;
}

void TestComparisonController::loadsInOrderWithErrorsAsValues()
{
    ComparisonController controller;
    QSignalSpy busy(&controller, &ComparisonController::busyChanged);
    LoadBatch result;
    bool done = false;
    controller.loadFiles({QStringLiteral(":/samples/northwire.txt"), QStringLiteral("/nonexistent/x.txt"),
                          QStringLiteral(":/samples/radio-kesterton.md")},
                         1 << 20, [&](const LoadBatch &batch) {
                             result = batch;
                             done = true;
                         });
    QVERIFY(controller.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!controller.isBusy());
    QCOMPARE(result.size(), size_t(3));
    QVERIFY(result[0].article.ok());
    QVERIFY(!result[1].article.ok());
    QCOMPARE(result[1].article.error().path, QStringLiteral("/nonexistent/x.txt"));
    QCOMPARE(result[2].path, QStringLiteral(":/samples/radio-kesterton.md"));
    QCOMPARE(busy.count(), 2); // on, off
}

void TestComparisonController::comparesCachedArticles()
{
    const std::vector<Article> articles = loadSample();
    QCOMPARE(articles.size(), size_t(4));
    ComparisonController controller;
    QSignalSpy ready(&controller, &ComparisonController::comparisonReady);
    controller.compare(articles, {}, {7, 8, 9, 10});
    QVERIFY(ready.wait(60000));
    QCOMPARE(controller.comparison()->documents.size(), size_t(4));
    QCOMPARE(controller.comparisonTag(), (std::vector<int> {7, 8, 9, 10}));
    QVERIFY(!controller.comparison()->links.empty());
}

void TestComparisonController::newerRequestReplacesTheOlder()
{
    const std::vector<Article> articles = loadSample();
    ComparisonController controller;
    QSignalSpy ready(&controller, &ComparisonController::comparisonReady);
    controller.compare(articles, {}, {1});
    controller.compare({articles[0], articles[1]}, {}, {2});
    QVERIFY(ready.wait(60000));
    // Only the newest result is shown, whatever the older run did.
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(controller.comparison()->documents.size(), size_t(2));
    QCOMPARE(controller.comparisonTag(), std::vector<int> {2});
}

void TestComparisonController::destructorWaitsForRunningWork()
{
    const std::vector<Article> articles = loadSample();
    bool called = false;
    {
        ComparisonController controller;
        controller.compare(articles, {});
        controller.loadFiles(sampleArticlePaths(), 1 << 20, [&](const LoadBatch &) { called = true; });
    } // must neither crash nor leave work behind
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

QTEST_MAIN(TestComparisonController)
#include "tst_comparisoncontroller.moc"
