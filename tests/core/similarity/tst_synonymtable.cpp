#include "model/tokenkey.h"
#include "similarity/synonymtable.h"
#include "text/documentanalyzer.h"
#include "text/normalizer.h"

#include <QTest>
#include <QtEndian>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// The stem key a run-time token of `word` carries.
quint64 stemKey(const QString &word)
{
    DocumentAnalyzer analyzer(u"en"_s);
    const std::vector<Token> tokens = analyzer.tokenize(word, u"en"_s);
    return tokens.size() == 1 ? tokens.front().stem : 0;
}

QByteArray tableBytes(const std::vector<std::pair<quint64, quint32>> &entries)
{
    QByteArray bytes("PXSYN001", 8);
    uchar buffer[8];
    qToLittleEndian(quint32(entries.size()), buffer);
    bytes.append(reinterpret_cast<const char *>(buffer), 4);
    qToLittleEndian(quint32(0), buffer);
    bytes.append(reinterpret_cast<const char *>(buffer), 4);
    for (const auto &entry : entries) {
        qToLittleEndian(entry.first, buffer);
        bytes.append(reinterpret_cast<const char *>(buffer), 8);
    }
    for (const auto &entry : entries) {
        qToLittleEndian(entry.second, buffer);
        bytes.append(reinterpret_cast<const char *>(buffer), 4);
    }
    return bytes;
}

} // namespace

class tst_SynonymTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinIsLoaded();
    void wordnetSynonyms_data();
    void wordnetSynonyms();
    void unknownWord();
    void keysMatchNormalizer();
    void handMadeTable();
    void invalidBytes_data();
    void invalidBytes();
};

void tst_SynonymTable::builtinIsLoaded()
{
    const SynonymTable table = SynonymTable::builtin();
    QVERIFY(!table.isEmpty());
    QVERIFY(table.entryCount() > 10000);
}

void tst_SynonymTable::wordnetSynonyms_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("synonyms");
    QTest::newRow("purchase/buy") << u"purchase"_s << u"buy"_s << true;
    QTest::newRow("purchased/bought") << u"purchased"_s << u"bought"_s << true; // irregular form via verb.exc
    QTest::newRow("buys/purchases") << u"buys"_s << u"purchases"_s << true;
    QTest::newRow("big/large") << u"big"_s << u"large"_s << true;
    QTest::newRow("Car/automobile") << u"Car"_s << u"automobile"_s << true;
    QTest::newRow("said/stated") << u"said"_s << u"stated"_s << true;
    QTest::newRow("buy/river") << u"buy"_s << u"river"_s << false;
    QTest::newRow("big/small") << u"big"_s << u"small"_s << false;
}

void tst_SynonymTable::wordnetSynonyms()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, synonyms);
    const SynonymTable table = SynonymTable::builtin();
    const quint64 keyA = stemKey(a);
    const quint64 keyB = stemKey(b);
    QVERIFY(keyA != 0 && keyB != 0);
    QCOMPARE(table.areSynonyms(keyA, keyB), synonyms);
    QCOMPARE(table.areSynonyms(keyB, keyA), synonyms);
}

void tst_SynonymTable::unknownWord()
{
    const SynonymTable table = SynonymTable::builtin();
    const quint64 key = tokenKey(u"qwzxv"_s);
    QVERIFY(table.groups(key).empty());
    QVERIFY(table.areSynonyms(key, key)); // a stem is its own synonym
    QVERIFY(!table.areSynonyms(key, stemKey(u"buy"_s)));
}

void tst_SynonymTable::keysMatchNormalizer()
{
    // The generator keys lemmas with Normalizer; run-time tokens must agree.
    Normalizer normalizer(u"en"_s);
    QCOMPARE(stemKey(u"Purchases"_s), tokenKey(normalizer.stem(Normalizer::fold(u"purchases"))));
    QVERIFY(!SynonymTable::builtin().groups(stemKey(u"purchase"_s)).empty());
}

void tst_SynonymTable::handMadeTable()
{
    // key 1 senses: group 7 (rank 0), group 9 (rank 5); key 2: group 9 (rank 0); key 3: group 7 (rank 1).
    const QByteArray bytes = tableBytes({{1, 7}, {1, (5u << 24) | 9}, {2, 9}, {3, (1u << 24) | 7}});
    const SynonymTable table(bytes, 3);
    QCOMPARE(table.entryCount(), 4);
    QCOMPARE(table.groups(1), (std::vector<quint32> {7}));
    QVERIFY(table.areSynonyms(1, 3));
    QVERIFY(!table.areSynonyms(1, 2)); // shared only through a rarer sense than maxSenses allows
    const SynonymTable allSenses(bytes, 8);
    QCOMPARE(allSenses.groups(1), (std::vector<quint32> {7, 9}));
    QVERIFY(allSenses.areSynonyms(1, 2));
    QVERIFY(table.groups(4).empty());
    QVERIFY(table.groups(0).empty());
}

void tst_SynonymTable::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("PXSYN999").append(8, '\0');
    QByteArray truncated = tableBytes({{1, 7}, {2, 7}});
    truncated.chop(1);
    QTest::newRow("truncated") << truncated;
    QTest::newRow("count too large") << tableBytes({{1, 7}}).replace(8, 1, "\x05");
}

void tst_SynonymTable::invalidBytes()
{
    QFETCH(QByteArray, bytes);
    const SynonymTable table(bytes);
    QVERIFY(table.isEmpty());
    QVERIFY(table.groups(1).empty());
    QVERIFY(!table.areSynonyms(1, 2));
}

QTEST_GUILESS_MAIN(tst_SynonymTable)
#include "tst_synonymtable.moc"
