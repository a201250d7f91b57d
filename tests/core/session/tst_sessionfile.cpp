#include "session/sessionfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;

class TestSessionFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsArticlesOrderOverridesAndSettings();
    void keepsTextOnlyForPastedArticles();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void appliesTheSavedOrder();
    void failedSaveLeavesTheOldFileUntouched();
    void loadReportsAMissingFile();
    void saveIntoAMissingDirectoryFails();
};

namespace {

Session sampleSession()
{
    Session session;
    session.articles.push_back({QStringLiteral("/data/b.txt"),
                                QStringLiteral("ab12"),
                                QStringLiteral("Second"),
                                QStringLiteral("Outlet B"),
                                QStringLiteral("2024-05-02"),
                                QStringLiteral("de"),
                                {}});
    session.articles.push_back(
        {{}, {}, QStringLiteral("Pasted"), {}, {}, {}, QStringLiteral("Pasted text.\n\nLine ü")});
    session.articles.push_back({QStringLiteral("/data/a.html"), QStringLiteral("cd34"), {}, {}, {}, {}, {}});
    session.options.sharedThreshold = 0.7;
    session.options.paraphraseThreshold = 0.35;
    session.options.language = QStringLiteral("en");
    return session;
}

} // namespace

void TestSessionFile::roundTripsArticlesOrderOverridesAndSettings()
{
    const Session session = sampleSession();
    const Result<Session> read = SessionFile().fromJson(SessionFile().toJson(session), QStringLiteral("x"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read.value().articles.size(), session.articles.size());
    for (size_t i = 0; i < session.articles.size(); ++i)
        QVERIFY(read.value().articles[i] == session.articles[i]);
    QCOMPARE(read.value().options.sharedThreshold, 0.7);
    QCOMPARE(read.value().options.paraphraseThreshold, 0.35);
    QCOMPARE(read.value().options.language, QStringLiteral("en"));
}

void TestSessionFile::keepsTextOnlyForPastedArticles()
{
    Session session = sampleSession();
    session.articles[0].text = QStringLiteral("should not be stored");
    const QJsonObject root = QJsonDocument::fromJson(SessionFile().toJson(session)).object();
    QCOMPARE(root[u"format"].toString(), QStringLiteral("parallax-session"));
    QCOMPARE(root[u"version"].toInt(), 1);
    const QJsonArray articles = root[u"articles"].toArray();
    QVERIFY(!articles[0].toObject().contains(u"text"));
    QCOMPARE(articles[1].toObject()[u"text"].toString(), QStringLiteral("Pasted text.\n\nLine ü"));
}

void TestSessionFile::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not a session file");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
    QTest::newRow("wrong format") << QByteArray(
        R"({"format":"parallax-comparison","version":1,"articles":[]})")
                                  << QStringLiteral("not a Parallax session");
    QTest::newRow("wrong version") << QByteArray(R"({"format":"parallax-session","version":2,"articles":[]})")
                                   << QStringLiteral("unsupported session version 2");
    QTest::newRow("no articles") << QByteArray(R"({"format":"parallax-session","version":1})")
                                 << QStringLiteral("no list of articles");
    QTest::newRow("bad order") << QByteArray(
        R"({"format":"parallax-session","version":1,"articles":[{},{}],"order":[0,0]})")
                               << QStringLiteral("order does not match");
    QTest::newRow("article not object")
        << QByteArray(R"({"format":"parallax-session","version":1,"articles":[3],"order":[0]})")
        << QStringLiteral("article 1 is not an object");
}

void TestSessionFile::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<Session> read = SessionFile().fromJson(json, QStringLiteral("s.parallax"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().path, QStringLiteral("s.parallax"));
    QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
}

void TestSessionFile::appliesTheSavedOrder()
{
    const QByteArray json = R"({"format":"parallax-session","version":1,
        "articles":[{"path":"/a"},{"path":"/b"},{"path":"/c"}],"order":[2,0,1]})";
    const Result<Session> read = SessionFile().fromJson(json, {});
    QVERIFY(read.ok());
    QCOMPARE(read.value().articles[0].path, QStringLiteral("/c"));
    QCOMPARE(read.value().articles[1].path, QStringLiteral("/a"));
    QCOMPARE(read.value().articles[2].path, QStringLiteral("/b"));
}

void TestSessionFile::failedSaveLeavesTheOldFileUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.parallax"));
    QVERIFY(!SessionFile().save(sampleSession(), path));
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());

    // A read-only directory: QSaveFile cannot create its temporary file there.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Session changed = sampleSession();
    changed.articles.pop_back();
    const std::optional<Error> error = SessionFile().save(changed, path);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!error)
        QSKIP("the directory stayed writable (running as root?)");
    QCOMPARE(error->path, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    const Result<Session> reread = SessionFile().load(path);
    QVERIFY(reread.ok());
    QCOMPARE(reread.value().articles.size(), size_t(3));
}

void TestSessionFile::loadReportsAMissingFile()
{
    const Result<Session> read = SessionFile().load(QStringLiteral("/nonexistent/s.parallax"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().path, QStringLiteral("/nonexistent/s.parallax"));
    QVERIFY(!read.error().message.isEmpty());
}

void TestSessionFile::saveIntoAMissingDirectoryFails()
{
    const std::optional<Error> error
        = SessionFile().save(sampleSession(), QStringLiteral("/nonexistent/dir/s.parallax"));
    QVERIFY(error);
    QVERIFY(!error->message.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/s.parallax")));
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
