#include "mainwindow.h"

#include <QSignalSpy>
#include <QTextBrowser>
#include <QtTest>

using namespace parallax;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheSampleInOneColumnPerArticle();
    void reportsABrokenFileAndShowsTheOthers();
};

void TestMainWindow::opensTheSampleInOneColumnPerArticle()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openSample();
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 4);
    QCOMPARE(int(window.comparison().documents.size()), 4);
    const auto *first = window.findChildren<QTextBrowser *>().value(0);
    QVERIFY(first);
    QVERIFY(first->toPlainText().contains(QStringLiteral("Brennan Bridge")));
}

void TestMainWindow::reportsABrokenFileAndShowsTheOthers()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openFiles({QStringLiteral(":/samples/northwire.txt"), QStringLiteral("/nonexistent/missing.txt"),
                      QStringLiteral(":/samples/radio-kesterton.md")});
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 2);
    QCOMPARE(int(window.comparison().errors.size()), 1);
    QCOMPARE(window.comparison().errors.front().path, QStringLiteral("/nonexistent/missing.txt"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
