#include "loading/datenormalizer.h"

#include <QTest>

using namespace parallax;

class TestDateNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso offset") << QStringLiteral("2018-05-17T10:30:00+03:00")
                                    << QStringLiteral("2018-05-17T10:30:00+03:00");
        QTest::newRow("iso utc ms") << QStringLiteral("2018-05-17T10:30:00.123Z")
                                    << QStringLiteral("2018-05-17T10:30:00Z");
        QTest::newRow("space separated")
            << QStringLiteral("2018-05-17 10:30:00") << QStringLiteral("2018-05-17T10:30:00");
        QTest::newRow("date only") << QStringLiteral(" 2018-05-17 ") << QStringLiteral("2018-05-17");
        QTest::newRow("rfc 2822") << QStringLiteral("Thu, 17 May 2018 10:30:00 +0200")
                                  << QStringLiteral("2018-05-17T10:30:00+02:00");
        QTest::newRow("long english") << QStringLiteral("May 17, 2018") << QStringLiteral("2018-05-17");
        QTest::newRow("day first") << QStringLiteral("17 May 2018") << QStringLiteral("2018-05-17");
        QTest::newRow("unparseable") << QStringLiteral(" yesterday ") << QStringLiteral("yesterday");
        QTest::newRow("invalid day") << QStringLiteral("2018-02-30") << QStringLiteral("2018-02-30");
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, date);
        QFETCH(QString, iso);
        QCOMPARE(DateNormalizer::normalize(date), iso);
    }
};

QTEST_GUILESS_MAIN(TestDateNormalizer)
#include "tst_datenormalizer.moc"
