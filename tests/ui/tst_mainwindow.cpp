#include "comparisonview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "recentfiles.h"
#include "samplearticles.h"
#include "sensitivitypanel.h"
#include "userprompter.h"

#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;

namespace {

// Answers the window's questions without dialogs and remembers them.
class ScriptedPrompter : public UserPrompter
{
public:
    SaveChoice askToSaveChanges(QWidget *) override
    {
        ++saveQuestions;
        return saveChoice;
    }
    bool confirmLargeFolder(QWidget *, const QString &, int count) override
    {
        folderCounts << count;
        return true;
    }
    FileDecision resolveSessionFile(QWidget *, const SessionArticle &article,
                                    const SessionFileState &state) override
    {
        problems << article.path + QStringLiteral(": ") + state.reason;
        return {fileAction, article.path};
    }

    SaveChoice saveChoice = SaveChoice::Cancel;
    FileDecision::Action fileAction = FileDecision::Action::Skip;
    int saveQuestions = 0;
    QList<int> folderCounts;
    QStringList problems;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensTheSampleWithTheExpectedStatuses();
    void dropOpensTheDroppedFiles();
    void brokenFileInADropIsReportedAndTheOthersOpen();
    void folderDropExpandsToItsArticles();
    void pastedTextBecomesAnArticle();
    void reorderRenameRemoveUndoRedo();
    void sessionRoundTrips();
    void sessionReportsAChangedFile();
    void recentFilesRememberOpenedFiles();
    void asksBeforeClosingWithUnsavedChanges();
    void exportsTheShownComparison_data();
    void exportsTheShownComparison();

private:
    QString copySample(const QString &name, const QString &folder);
    void drop(MainWindow &window, const QStringList &paths);
    QStringList shownTitles(const MainWindow &window) const;

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never touch the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

QString TestMainWindow::copySample(const QString &name, const QString &folder)
{
    QDir().mkpath(m_dir.filePath(folder));
    const QString target = m_dir.filePath(folder + QLatin1Char('/') + name);
    QFile::remove(target);
    QFile::copy(QStringLiteral(":/samples/") + name, target);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void TestMainWindow::drop(MainWindow &window, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    data.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

QStringList TestMainWindow::shownTitles(const MainWindow &window) const
{
    QStringList titles;
    if (window.comparison())
        for (const AnalyzedDocument &document : window.comparison()->documents)
            titles << document.article.title;
    return titles;
}

void TestMainWindow::opensTheSampleWithTheExpectedStatuses()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openSample();
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 4);
    const std::shared_ptr<const Comparison> comparison = window.comparison();
    QCOMPARE(comparison->documents[0].article.path, sampleArticlePaths()[0]);

    // What the columns draw is what the engine decided, for every sentence.
    const ComparisonView *view = window.comparisonView();
    for (int d = 0; d < 4; ++d) {
        window.comparisonView()->showDocument(d);
        const auto &sentences = comparison->sentences[size_t(d)];
        for (int s = 0; s < int(sentences.size()); ++s)
            QTRY_COMPARE(view->shownStatus({d, s}), std::optional(sentences[size_t(s)].status));
    }
    // And the engine's decisions for the sample are the expected ones.
    const auto statusOf = [&](int document, const QString &start) {
        const AnalyzedDocument &doc = comparison->documents[size_t(document)];
        for (size_t s = 0; s < doc.sentences.size(); ++s) {
            const TextSpan span = doc.sentences[s].span;
            if (doc.article.text.mid(span.start, span.length()).startsWith(start))
                return int(comparison->sentences[size_t(document)][s].status);
        }
        return -1;
    };
    QCOMPARE(statusOf(0, QStringLiteral("Engineers estimate that repairs")), int(SentenceStatus::Shared));
    QCOMPARE(statusOf(1, QStringLiteral("The 90-year-old bridge carries")), int(SentenceStatus::Paraphrased));
    QCOMPARE(statusOf(3, QStringLiteral("Many listeners who called")), int(SentenceStatus::Unique));
}

void TestMainWindow::dropOpensTheDroppedFiles()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    drop(window,
         {copySample(QStringLiteral("northwire.txt"), QStringLiteral("drop")),
          copySample(QStringLiteral("valley-ledger.html"), QStringLiteral("drop"))});
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 2);
    QVERIFY(window.comparison()->documents[1].article.path.endsWith(QStringLiteral("valley-ledger.html")));
    QVERIFY(!window.messageBar()->isVisibleTo(&window));
}

void TestMainWindow::brokenFileInADropIsReportedAndTheOthersOpen()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    const QString binary = m_dir.filePath(QStringLiteral("broken/binary.txt"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("broken")));
    {
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("PK\x03\x04\0\0\0\0binary\0\0", 16));
    }
    const QString pdf = m_dir.filePath(QStringLiteral("broken/report.pdf"));
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4");
    }
    drop(window,
         {copySample(QStringLiteral("northwire.txt"), QStringLiteral("broken")), binary, pdf,
          copySample(QStringLiteral("radio-kesterton.md"), QStringLiteral("broken"))});
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 2);
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("binary.txt")),
             qPrintable(window.messageBar()->text()));
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("report.pdf")));
    QVERIFY(window.messageBar()->details().contains(binary));
}

void TestMainWindow::folderDropExpandsToItsArticles()
{
    MainWindow window;
    ScriptedPrompter prompter;
    window.setPrompter(&prompter);
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    copySample(QStringLiteral("northwire.txt"), QStringLiteral("folder"));
    copySample(QStringLiteral("kesterton-courier.txt"), QStringLiteral("folder/sub"));
    copySample(QStringLiteral("radio-kesterton.md"), QStringLiteral("folder/sub"));
    drop(window, {m_dir.filePath(QStringLiteral("folder"))});
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 3);
    QVERIFY(prompter.folderCounts.isEmpty()); // small folders open without a question
}

void TestMainWindow::pastedTextBecomesAnArticle()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.pasteArticle(QStringLiteral("Bridge closed\n\nThe city closed the bridge on Tuesday."));
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 1);
    QCOMPARE(shownTitles(window), QStringList {QStringLiteral("Bridge closed")});
    QVERIFY(window.articleSet()->entries()[0].isPasted());
}

void TestMainWindow::reorderRenameRemoveUndoRedo()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openSample();
    QVERIFY(shown.wait(60000));
    const QStringList original = shownTitles(window);
    QCOMPARE(original.size(), 4);

    // Dragging a column header asks the window to move the article.
    Q_EMIT window.comparisonView()->columnMoveRequested(0, 2);
    QVERIFY(shown.wait(60000));
    QCOMPARE(shownTitles(window), (QStringList {original[1], original[2], original[0], original[3]}));

    window.articleSet()->rename(window.articleIndexOfColumn(0), QStringLiteral("My title"));
    QVERIFY(shown.wait(60000));
    QCOMPARE(shownTitles(window)[0], QStringLiteral("My title"));

    window.articleSet()->remove(window.articleIndexOfColumn(3));
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 3);

    QUndoStack *undo = window.articleSet()->undoStack();
    undo->undo();
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.columnCount(), 4);
    undo->undo();
    QVERIFY(shown.wait(60000));
    QCOMPARE(shownTitles(window), (QStringList {original[1], original[2], original[0], original[3]}));
    undo->undo();
    QVERIFY(shown.wait(60000));
    QCOMPARE(shownTitles(window), original);
    undo->redo();
    QVERIFY(shown.wait(60000));
    QCOMPARE(shownTitles(window)[2], original[0]);
}

void TestMainWindow::sessionRoundTrips()
{
    const QString sessionPath = m_dir.filePath(QStringLiteral("round.parallax"));
    ComparisonOptions options;
    options.sharedThreshold = 0.75;
    options.paraphraseThreshold = 0.45;
    QStringList titles;
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        window.openFiles({copySample(QStringLiteral("northwire.txt"), QStringLiteral("session")),
                          copySample(QStringLiteral("kesterton-courier.txt"), QStringLiteral("session"))});
        QVERIFY(shown.wait(60000));
        window.pasteArticle(QStringLiteral("Listener notes\n\nThe ferry was full on Wednesday."));
        QVERIFY(shown.wait(60000));
        window.articleSet()->move(2, 0);
        window.articleSet()->rename(1, QStringLiteral("The wire"));
        window.articleSet()->setProperties(
            2, {{}, QStringLiteral("Courier"), QStringLiteral("2024-03-05"), QStringLiteral("en")});
        window.setOptions(options);
        QVERIFY(shown.wait(60000));
        QVERIFY(window.isDirty());
        titles = shownTitles(window);
        QVERIFY(window.saveSession(sessionPath));
        QVERIFY(!window.isDirty());
    }
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    QVERIFY(window.openSession(sessionPath));
    QVERIFY(shown.wait(60000));
    QCOMPARE(shownTitles(window), titles);
    QCOMPARE(titles[0], QStringLiteral("Listener notes"));
    QCOMPARE(titles[1], QStringLiteral("The wire"));
    const auto &entries = window.articleSet()->entries();
    QVERIFY(entries[0].isPasted());
    QCOMPARE(entries[0].article->text, QStringLiteral("Listener notes\n\nThe ferry was full on Wednesday."));
    QCOMPARE(entries[2].outlet, QStringLiteral("Courier"));
    QCOMPARE(window.comparison()->documents[2].article.date, QStringLiteral("2024-03-05"));
    QCOMPARE(window.options().sharedThreshold, 0.75);
    QCOMPARE(window.comparison()->options.paraphraseThreshold, 0.45);
    QCOMPARE(window.sensitivityPanel()->options().sharedThreshold, 0.75);
    QCOMPARE(window.sessionPath(), sessionPath);
    QVERIFY(!window.isDirty());
}

void TestMainWindow::sessionReportsAChangedFile()
{
    const QString sessionPath = m_dir.filePath(QStringLiteral("changed.parallax"));
    const QString first = copySample(QStringLiteral("northwire.txt"), QStringLiteral("changed"));
    const QString second = copySample(QStringLiteral("radio-kesterton.md"), QStringLiteral("changed"));
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        window.openFiles({first, second});
        QVERIFY(shown.wait(60000));
        QVERIFY(window.saveSession(sessionPath));
    }
    {
        QFile file(second);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n\nA paragraph added later.\n");
    }
    MainWindow window;
    ScriptedPrompter prompter;
    window.setPrompter(&prompter);
    QSignalSpy opened(&window, &MainWindow::filesOpened);
    QVERIFY(window.openSession(sessionPath));
    QVERIFY(opened.wait(60000));
    QCOMPARE(prompter.problems.size(), 1);
    QVERIFY(prompter.problems[0].startsWith(second));
    QCOMPARE(window.articleSet()->count(), 1); // skipped, as the user chose
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("radio-kesterton.md")));
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("changed")));

    // "Open the current version" reads the file as it is now.
    prompter.fileAction = UserPrompter::FileDecision::Action::OpenCurrent;
    QVERIFY(window.openSession(sessionPath));
    QVERIFY(opened.wait(60000));
    QCOMPARE(window.articleSet()->count(), 2);
    QVERIFY(window.articleSet()->entries()[1].article->text.contains(QStringLiteral("added later")));
}

void TestMainWindow::recentFilesRememberOpenedFiles()
{
    const QString path = copySample(QStringLiteral("valley-ledger.html"), QStringLiteral("recent"));
    const QString gone = m_dir.filePath(QStringLiteral("recent/gone.txt"));
    {
        QSettings settings;
        RecentFiles(settings).add({gone});
    }
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::filesOpened);
    window.openFiles({path});
    QVERIFY(opened.wait(60000));
    QSettings settings;
    QCOMPARE(RecentFiles(settings).files().value(0), QFileInfo(path).absoluteFilePath());
    window.updateRecentMenu();
    const QList<QAction *> actions = window.recentMenu()->actions();
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions[0]->text(), QStringLiteral("valley-ledger.html"));
    QVERIFY(actions[0]->isEnabled());
    QCOMPARE(actions[1]->text(), QStringLiteral("gone.txt"));
    QVERIFY(!actions[1]->isEnabled()); // a missing file is greyed
}

void TestMainWindow::asksBeforeClosingWithUnsavedChanges()
{
    MainWindow window;
    ScriptedPrompter prompter;
    window.setPrompter(&prompter);
    window.show();
    QVERIFY(window.close()); // nothing to lose: no question
    QCOMPARE(prompter.saveQuestions, 0);

    window.show();
    window.pasteArticle(QStringLiteral("Something\n\nWorth keeping."));
    QVERIFY(window.isDirty());
    prompter.saveChoice = UserPrompter::SaveChoice::Cancel;
    QVERIFY(!window.close());
    QCOMPARE(prompter.saveQuestions, 1);
    QVERIFY(window.isVisible());
    prompter.saveChoice = UserPrompter::SaveChoice::Discard;
    QVERIFY(window.close());
    QCOMPARE(prompter.saveQuestions, 2);
}

void TestMainWindow::exportsTheShownComparison_data()
{
    QTest::addColumn<MainWindow::ExportKind>("kind");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("json") << MainWindow::ExportKind::Json << QByteArray("{");
    QTest::newRow("html") << MainWindow::ExportKind::Html << QByteArray("<!DOCTYPE html>");
    QTest::newRow("csv") << MainWindow::ExportKind::Csv << QByteArray("\xEF\xBB\xBF");
}

void TestMainWindow::exportsTheShownComparison()
{
    QFETCH(MainWindow::ExportKind, kind);
    QFETCH(QByteArray, start);
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("export.out"));
    QVERIFY(!window.exportTo(kind, path)); // nothing to export yet
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openSample();
    QVERIFY(shown.wait(60000));
    QVERIFY(window.exportTo(kind, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    QVERIFY(bytes.contains("Brennan Bridge"));

    QVERIFY(!window.exportTo(kind, QStringLiteral("/nonexistent/dir/x.out")));
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("x.out")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
