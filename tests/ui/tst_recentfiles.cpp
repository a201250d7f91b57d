#include "recentfiles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestTenWithoutDuplicates();
    void skipsResourcesAndRemoves();

private:
    QTemporaryDir m_dir;
};

void TestRecentFiles::keepsTheNewestTenWithoutDuplicates()
{
    QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    RecentFiles recent(settings);
    for (int i = 0; i < 12; ++i)
        recent.add({QStringLiteral("/f%1.txt").arg(i)});
    QCOMPARE(recent.files().size(), RecentFiles::maxCount);
    QCOMPARE(recent.files().front(), QStringLiteral("/f11.txt"));
    QCOMPARE(recent.files().back(), QStringLiteral("/f2.txt"));
    recent.add({QStringLiteral("/f5.txt")});
    QCOMPARE(recent.files().front(), QStringLiteral("/f5.txt"));
    QCOMPARE(recent.files().count(QStringLiteral("/f5.txt")), 1);
    QCOMPARE(RecentFiles(settings).files(), recent.files()); // persisted
}

void TestRecentFiles::skipsResourcesAndRemoves()
{
    QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
    RecentFiles recent(settings);
    recent.add(
        {QStringLiteral(":/samples/northwire.txt"), QStringLiteral("/x.txt"), QStringLiteral("/y.txt")});
    QCOMPARE(recent.files(), (QStringList {QStringLiteral("/y.txt"), QStringLiteral("/x.txt")}));
    recent.remove(QStringLiteral("/y.txt"));
    QCOMPARE(recent.files(), QStringList {QStringLiteral("/x.txt")});
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
