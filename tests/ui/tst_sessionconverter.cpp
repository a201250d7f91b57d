#include "sessionconverter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;

class TestSessionConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesOverridesHashesAndPastedText();
    void asksAboutChangedAndMissingFiles();
};

namespace {

class ScriptedPrompter : public UserPrompter
{
public:
    FileDecision resolveSessionFile(QWidget *, const SessionArticle &article,
                                    const SessionFileState &state) override
    {
        asked << article.path;
        kinds << state.kind;
        if (state.kind == SessionFileState::Kind::Missing)
            return {FileDecision::Action::Locate, located};
        return {};
    }
    QStringList asked;
    QList<SessionFileState::Kind> kinds;
    QString located;
};

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

void TestSessionConverter::storesOverridesHashesAndPastedText()
{
    ArticleSet set;
    Article file;
    file.sha256 = QStringLiteral("abc");
    file.title = QStringLiteral("Loaded");
    ArticleEntry fileEntry = set.makeEntry(file, QStringLiteral("/a.txt"));
    fileEntry.outlet = QStringLiteral("Wire");
    const ArticleEntry pasted = set.makeEntry(
        SessionConverter::pastedArticle(QStringLiteral("First line\n\nMore."), QStringLiteral("P")),
        QString());
    ComparisonOptions options;
    options.sharedThreshold = 0.6;
    const Session session = SessionConverter::toSession({fileEntry, pasted}, options);
    QCOMPARE(session.articles.size(), size_t(2));
    QCOMPARE(session.articles[0].path, QStringLiteral("/a.txt"));
    QCOMPARE(session.articles[0].sha256, QStringLiteral("abc"));
    QCOMPARE(session.articles[0].outlet, QStringLiteral("Wire"));
    QVERIFY(session.articles[0].text.isEmpty());
    QVERIFY(session.articles[1].isPasted());
    QCOMPARE(session.articles[1].text, QStringLiteral("First line\n\nMore."));
    QCOMPARE(session.articles[1].title, QStringLiteral("First line"));
    QCOMPARE(session.options.sharedThreshold, 0.6);
}

void TestSessionConverter::asksAboutChangedAndMissingFiles()
{
    QTemporaryDir dir;
    const QString same = dir.filePath(QStringLiteral("same.txt"));
    const QString changed = dir.filePath(QStringLiteral("changed.txt"));
    const QString moved = dir.filePath(QStringLiteral("moved.txt"));
    write(same, "abc");
    write(changed, "new");
    write(moved, "abc");
    const QString abc = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    Session session;
    session.articles = {{same, abc, {}, {}, {}, {}, {}},
                        {changed, abc, {}, {}, {}, {}, {}},
                        {dir.filePath(QStringLiteral("gone.txt")), abc, QStringLiteral("T"), {}, {}, {}, {}},
                        {{}, {}, QStringLiteral("Pasted"), {}, {}, {}, QStringLiteral("Some text.")}};
    ScriptedPrompter prompter;
    prompter.located = moved;
    const SessionConverter::Plan plan = SessionConverter::plan(session, prompter, nullptr);
    QCOMPARE(prompter.asked, (QStringList {changed, dir.filePath(QStringLiteral("gone.txt"))}));
    QCOMPARE(prompter.kinds, (QList {SessionFileState::Kind::Changed, SessionFileState::Kind::Missing}));
    // The changed file was skipped (and reported), the missing one located.
    QCOMPARE(plan.skipped.size(), size_t(1));
    QCOMPARE(plan.skipped[0].path, changed);
    QCOMPARE(plan.filePaths(), (QStringList {same, moved}));

    ArticleSet set;
    Article loadedArticle;
    loadedArticle.title = QStringLiteral("From file");
    const LoadBatch loaded {{same, loadedArticle}, {moved, Error {moved, QStringLiteral("broken")}}};
    std::vector<Error> errors;
    const std::vector<ArticleEntry> entries = SessionConverter::entries(plan, loaded, set, errors);
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[0].sourcePath, same);
    QVERIFY(entries[1].isPasted());
    QCOMPARE(entries[1].title, QStringLiteral("Pasted"));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].message, QStringLiteral("broken"));
}

QTEST_MAIN(TestSessionConverter)
#include "tst_sessionconverter.moc"
