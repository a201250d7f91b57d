#include "session/sessionfilestate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;

class TestSessionFileState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsUnchangedChangedMissingAndPasted();
};

void TestSessionFileState::tellsUnchangedChangedMissingAndPasted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc");
    }
    // SHA-256("abc"), the well-known test vector.
    const QString digest = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QCOMPARE(fileSha256(path), digest);

    SessionArticle article;
    article.path = path;
    article.sha256 = digest;
    QCOMPARE(SessionFileState::check(article).kind, SessionFileState::Kind::Unchanged);

    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("d");
    }
    const SessionFileState changed = SessionFileState::check(article);
    QCOMPARE(changed.kind, SessionFileState::Kind::Changed);
    QVERIFY(!changed.reason.isEmpty());

    article.path = dir.filePath(QStringLiteral("gone.txt"));
    QCOMPARE(SessionFileState::check(article).kind, SessionFileState::Kind::Missing);

    QCOMPARE(SessionFileState::check(SessionArticle {}).kind, SessionFileState::Kind::Pasted);
}

QTEST_GUILESS_MAIN(TestSessionFileState)
#include "tst_sessionfilestate.moc"
