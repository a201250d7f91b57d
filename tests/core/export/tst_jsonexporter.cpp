#include "export/jsonexporter.h"
#include "recordingdevice.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

AnalyzedDocument document(const QString &path, const QString &text, std::vector<TextSpan> spans)
{
    AnalyzedDocument result;
    result.article.path = path;
    result.article.sha256 = QString(u"ab"_s).repeated(32);
    result.article.format = u"text"_s;
    result.article.encoding = u"UTF-8"_s;
    result.article.title = path;
    result.article.language = u"en"_s;
    result.article.text = text;
    for (const TextSpan &span : spans)
        result.sentences.push_back(Sentence {span, {}});
    return result;
}

DiffOp op(DiffOp::Kind kind, TextSpan a, TextSpan b)
{
    return DiffOp {kind, a, b};
}

Match match(int documentIndex, int sentence, Relation relation, double score, int link)
{
    return Match {documentIndex, sentence, relation, score, link};
}

SentenceResult result(SentenceStatus status, int cluster, std::vector<Match> matches)
{
    return SentenceResult {status, cluster, std::move(matches)};
}

// Three documents: English with an emoji, Chinese with an emoji, plain English.
// Spans are UTF-16; the expected code point offsets in the tests are worked
// out by hand.
Comparison handBuilt()
{
    Comparison c;
    c.options.maxFileBytes = 1234;
    c.options.language.clear();
    c.options.sharedThreshold = 0.8;
    c.options.paraphraseThreshold = 0.55;
    c.options.maxCandidatesPerSentence = 8;
    c.options.threads = 7;

    c.documents.push_back(document(
        u"a/fire.txt"_s, u"Fire 🔥 at the mill.\nThe mayor said 3 people were hurt."_s, {{0, 20}, {21, 55}}));
    c.documents.push_back(document(u"b.txt"_s, u"工厂起火😀。市长说三人受伤。"_s, {{0, 7}, {7, 15}}));
    c.documents.back().article.language = u"zh"_s;
    c.documents.back().article.encoding = u"UTF-16LE"_s;
    c.documents.push_back(document(u"c.html"_s, u"The mayor said three people were hurt. Fire at the mill."_s,
                                   {{0, 38}, {39, 56}}));
    c.documents.back().article.outlet = u"Daily 🔥 News"_s;
    c.documents.back().article.date = u"2024-05-01"_s;
    c.documents.back().article.title = u"Mill fire\u2028update"_s;

    using K = DiffOp::Kind;
    Link link0 {0, {0, 0}, {1, 0}, Relation::Paraphrased, 0.5, false, {}, {}};
    link0.diff = {op(K::Insert, {}, {0, 4}), op(K::Equal, {5, 7}, {4, 6}), op(K::Delete, {8, 19}, {})};
    Link link1 {1, {0, 0}, {2, 1}, Relation::Paraphrased, 0.99996, true, {}, {}};
    link1.diff = {op(K::Equal, {15, 19}, {51, 55})};
    Link link2 {2, {0, 1}, {2, 0}, Relation::Shared, 0.93456, false, {u"number"_s}, {}};
    link2.diff = {op(K::Equal, {21, 36}, {0, 15}), op(K::Delete, {36, 37}, {}), op(K::Insert, {}, {15, 20}),
                  op(K::Equal, {37, 55}, {20, 38})};
    c.links = {link0, link1, link2};

    c.sentences = {
        {result(SentenceStatus::Paraphrased, 0,
                {match(1, 0, Relation::Paraphrased, 0.5, 0), match(2, 1, Relation::Paraphrased, 0.99996, 1)}),
         result(SentenceStatus::Shared, 1, {match(2, 0, Relation::Shared, 0.93456, 2)})},
        {result(SentenceStatus::Paraphrased, 0, {match(0, 0, Relation::Paraphrased, 0.5, 0)}),
         result(SentenceStatus::Unique, -1, {})},
        {result(SentenceStatus::Shared, 1, {match(0, 1, Relation::Shared, 0.93456, 2)}),
         result(SentenceStatus::Paraphrased, 0, {match(0, 0, Relation::Paraphrased, 0.99996, 1)})},
    };
    c.clusters = {Cluster {0, {{0, 0}, {1, 0}, {2, 1}}}, Cluster {1, {{0, 1}, {2, 0}}}};
    c.pairs = {PairSummary {0, 1, 0, 1, 0.35, 0.123456}, PairSummary {0, 2, 1, 1, 1.0, 2.0 / 3.0}};
    c.errors = {Error {u"missing \"file\".txt"_s, u"file not found"_s}};
    return c;
}

// Two documents of `sentences` sentences each, an emoji in every sentence (so
// code point offsets drift from UTF-16 ones along the text), and a link with
// a word diff between each pair of equal-numbered sentences: more sentences
// and links than the exporter serializes in one block.
Comparison large(int sentences)
{
    Comparison c;
    QString text;
    std::vector<TextSpan> spans;
    for (int s = 0; s < sentences; ++s) {
        const QString sentence = u"Sentence %1 🔥 of \"many\". "_s.arg(s);
        spans.push_back({text.size(), text.size() + sentence.size() - 1});
        text += sentence;
    }
    c.documents.push_back(document(u"a.txt"_s, text, spans));
    c.documents.push_back(document(u"b.txt"_s, text, spans));
    c.sentences.resize(2);
    using K = DiffOp::Kind;
    for (int s = 0; s < sentences; ++s) {
        const TextSpan span = spans[size_t(s)];
        const double score = 1.0 - s * 1e-4;
        Link link {s, {0, s}, {1, s}, Relation::Shared, score, s % 7 == 0, {}, {}};
        if (s % 5 == 0)
            link.conflicts = {u"number"_s};
        link.diff
            = {op(K::Equal, {span.start, span.end - 4}, {span.start, span.end - 4}),
               op(K::Delete, {span.end - 4, span.end}, {}), op(K::Insert, {}, {span.end - 4, span.end})};
        c.links.push_back(link);
        c.sentences[0].push_back(
            result(SentenceStatus::Shared, s, {match(1, s, Relation::Shared, score, s)}));
        c.sentences[1].push_back(
            result(SentenceStatus::Shared, s, {match(0, s, Relation::Shared, score, s)}));
    }
    return c;
}

QByteArray exportBytes(const Comparison &comparison)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!JsonExporter().write(comparison, buffer))
        return {};
    return buffer.data();
}

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON:" << error.errorString() << "at" << error.offset;
    return document.object();
}

QJsonArray pair(int first, int second)
{
    return QJsonArray {first, second};
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// Takes the first `limit` bytes, then fails every write, as a full disk does.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (written + size > m_limit)
            return -1;
        written += size;
        return size;
    }

private:
    qint64 m_limit;
};

// The substring of `text` between two code point offsets.
QString codePointMid(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

} // namespace

class tst_JsonExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header();
    void settings();
    void settingsLanguageWhenSet();
    void documents();
    void sentences_data();
    void sentences();
    void sentenceTextMatchesCodePointRange();
    void matches();
    void links();
    void diffs();
    void clusters();
    void pairs();
    void errors();
    void scoresAreRoundedInTheBytes();
    void escapingInMetadata();
    void deterministicBytes();
    void missingResultsReadAsUnique();
    void emptyComparison();
    void streamsLargeDocuments();
    void largeExportIsTheSerialBytes();
    void largeExportInOrder();
    void largeExportStreams();
    void failingDevice();
    void deviceFailingMidway();
};

void tst_JsonExporter::header()
{
    const QByteArray bytes = exportBytes(handBuilt());
    QVERIFY(bytes.startsWith(
        "{\"format\":\"parallax-comparison\",\"version\":\"1.0\",\"generator\":\"parallax "));
    QVERIFY(bytes.endsWith("}\n"));
    const QJsonObject root = parse(bytes);
    QCOMPARE(root.value(u"format").toString(), u"parallax-comparison"_s);
    QCOMPARE(root.value(u"version").toString(), u"1.0"_s);
    QCOMPARE(root.value(u"generator").toString(), u"parallax " PARALLAX_VERSION ""_s);
    QCOMPARE(root.value(u"offsets").toString(), u"codepoint"_s);
    QCOMPARE(sortedKeys(root),
             (QStringList {u"clusters"_s, u"documents"_s, u"errors"_s, u"format"_s, u"generator"_s,
                           u"links"_s, u"offsets"_s, u"pairs"_s, u"settings"_s, u"version"_s}));
}

void tst_JsonExporter::settings()
{
    const QJsonObject settings = parse(exportBytes(handBuilt())).value(u"settings").toObject();
    // threads is an execution detail and must not appear (same bytes for any thread count).
    QCOMPARE(sortedKeys(settings),
             (QStringList {u"language"_s, u"max_candidates_per_sentence"_s, u"max_file_bytes"_s,
                           u"paraphrase_threshold"_s, u"shared_threshold"_s}));
    QCOMPARE(settings.value(u"max_file_bytes").toInteger(), 1234);
    QVERIFY(settings.value(u"language").isNull());
    QCOMPARE(settings.value(u"shared_threshold").toDouble(), 0.8);
    QCOMPARE(settings.value(u"paraphrase_threshold").toDouble(), 0.55);
    QCOMPARE(settings.value(u"max_candidates_per_sentence").toInt(), 8);
}

void tst_JsonExporter::settingsLanguageWhenSet()
{
    Comparison comparison = handBuilt();
    comparison.options.language = u"ru"_s;
    const QJsonObject settings = parse(exportBytes(comparison)).value(u"settings").toObject();
    QCOMPARE(settings.value(u"language").toString(), u"ru"_s);
}

void tst_JsonExporter::documents()
{
    const Comparison comparison = handBuilt();
    const QJsonArray documents = parse(exportBytes(comparison)).value(u"documents").toArray();
    QCOMPARE(documents.size(), 3);
    for (int d = 0; d < 3; ++d) {
        const QJsonObject document = documents.at(d).toObject();
        const Article &article = comparison.documents[size_t(d)].article;
        QCOMPARE(document.value(u"id").toInt(-1), d);
        QCOMPARE(document.value(u"path").toString(), article.path);
        QCOMPARE(document.value(u"sha256").toString(), article.sha256);
        QCOMPARE(document.value(u"title").toString(), article.title);
        QCOMPARE(document.value(u"language").toString(), article.language);
        QCOMPARE(document.value(u"encoding").toString(), article.encoding);
        QCOMPARE(document.value(u"text").toString(), article.text);
        QVERIFY(document.value(u"sentences").isArray());
    }
    const QJsonObject first = documents.at(0).toObject();
    QVERIFY(first.contains(u"outlet"));
    QVERIFY(first.value(u"outlet").isNull());
    QVERIFY(first.contains(u"date"));
    QVERIFY(first.value(u"date").isNull());
    const QJsonObject third = documents.at(2).toObject();
    QCOMPARE(third.value(u"outlet").toString(), u"Daily 🔥 News"_s);
    QCOMPARE(third.value(u"date").toString(), u"2024-05-01"_s);
}

void tst_JsonExporter::sentences_data()
{
    QTest::addColumn<int>("documentIndex");
    QTest::addColumn<int>("sentence");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("cluster"); // -1: null

    // UTF-16 [0, 20) holds one surrogate pair: code points [0, 19).
    QTest::newRow("emoji sentence") << 0 << 0 << 0 << 19 << u"Fire 🔥 at the mill."_s << u"paraphrased"_s << 0;
    // After the pair and the line break: UTF-16 [21, 55) -> [20, 54).
    QTest::newRow("after emoji") << 0 << 1 << 20 << 54 << u"The mayor said 3 people were hurt."_s
                                 << u"shared"_s << 1;
    QTest::newRow("cjk with emoji") << 1 << 0 << 0 << 6 << u"工厂起火😀。"_s << u"paraphrased"_s << 0;
    QTest::newRow("cjk after emoji") << 1 << 1 << 6 << 14 << u"市长说三人受伤。"_s << u"unique"_s << -1;
    QTest::newRow("ascii") << 2 << 1 << 39 << 56 << u"Fire at the mill."_s << u"paraphrased"_s << 0;
}

void tst_JsonExporter::sentences()
{
    QFETCH(int, documentIndex);
    QFETCH(int, sentence);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(int, cluster);

    const QJsonArray documents = parse(exportBytes(handBuilt())).value(u"documents").toArray();
    const QJsonObject object
        = documents.at(documentIndex).toObject().value(u"sentences").toArray().at(sentence).toObject();
    QCOMPARE(
        sortedKeys(object),
        (QStringList {u"cluster"_s, u"end"_s, u"index"_s, u"matches"_s, u"start"_s, u"status"_s, u"text"_s}));
    QCOMPARE(object.value(u"index").toInt(-1), sentence);
    QCOMPARE(object.value(u"start").toInt(-1), start);
    QCOMPARE(object.value(u"end").toInt(-1), end);
    QCOMPARE(object.value(u"text").toString(), text);
    QCOMPARE(object.value(u"status").toString(), status);
    if (cluster < 0)
        QVERIFY(object.value(u"cluster").isNull());
    else
        QCOMPARE(object.value(u"cluster").toInt(-1), cluster);
}

void tst_JsonExporter::sentenceTextMatchesCodePointRange()
{
    const QJsonArray documents = parse(exportBytes(handBuilt())).value(u"documents").toArray();
    int checked = 0;
    for (const QJsonValue &documentValue : documents) {
        const QString text = documentValue.toObject().value(u"text").toString();
        for (const QJsonValue &sentenceValue : documentValue.toObject().value(u"sentences").toArray()) {
            const QJsonObject sentence = sentenceValue.toObject();
            QCOMPARE(codePointMid(text, sentence.value(u"start").toInt(), sentence.value(u"end").toInt()),
                     sentence.value(u"text").toString());
            ++checked;
        }
    }
    QCOMPARE(checked, 6);
}

void tst_JsonExporter::matches()
{
    const QJsonArray documents = parse(exportBytes(handBuilt())).value(u"documents").toArray();
    const QJsonArray first = documents.at(0)
                                 .toObject()
                                 .value(u"sentences")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"matches")
                                 .toArray();
    QCOMPARE(first.size(), 2);
    const QJsonObject m = first.at(1).toObject();
    QCOMPARE(sortedKeys(m),
             (QStringList {u"document"_s, u"link"_s, u"relation"_s, u"score"_s, u"sentence"_s}));
    QCOMPARE(m.value(u"document").toInt(), 2);
    QCOMPARE(m.value(u"sentence").toInt(), 1);
    QCOMPARE(m.value(u"relation").toString(), u"paraphrased"_s);
    QCOMPARE(m.value(u"score").toDouble(), 1.0);
    QCOMPARE(m.value(u"link").toInt(), 1);

    const QJsonObject shared = documents.at(2)
                                   .toObject()
                                   .value(u"sentences")
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"matches")
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(shared.value(u"document").toInt(), 0);
    QCOMPARE(shared.value(u"sentence").toInt(), 1);
    QCOMPARE(shared.value(u"relation").toString(), u"shared"_s);
    QCOMPARE(shared.value(u"score").toDouble(), 0.9346);
    QCOMPARE(shared.value(u"link").toInt(), 2);

    const QJsonArray none = documents.at(1)
                                .toObject()
                                .value(u"sentences")
                                .toArray()
                                .at(1)
                                .toObject()
                                .value(u"matches")
                                .toArray();
    QVERIFY(none.isEmpty());
}

void tst_JsonExporter::links()
{
    const QJsonArray links = parse(exportBytes(handBuilt())).value(u"links").toArray();
    QCOMPARE(links.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(links.at(i).toObject().value(u"id").toInt(-1), i);

    const QJsonObject shared = links.at(2).toObject();
    QCOMPARE(sortedKeys(shared),
             (QStringList {u"a"_s, u"b"_s, u"conflicts"_s, u"diff"_s, u"id"_s, u"moved"_s, u"relation"_s,
                           u"score"_s}));
    QCOMPARE(shared.value(u"a").toArray(), pair(0, 1));
    QCOMPARE(shared.value(u"b").toArray(), pair(2, 0));
    QCOMPARE(shared.value(u"relation").toString(), u"shared"_s);
    QCOMPARE(shared.value(u"score").toDouble(), 0.9346);
    QCOMPARE(shared.value(u"moved").toBool(true), false);
    QCOMPARE(shared.value(u"conflicts").toArray(), QJsonArray {u"number"_s});

    const QJsonObject moved = links.at(1).toObject();
    QCOMPARE(moved.value(u"moved").toBool(false), true);
    QCOMPARE(moved.value(u"score").toDouble(), 1.0);
    QCOMPARE(moved.value(u"relation").toString(), u"paraphrased"_s);
    QCOMPARE(moved.value(u"conflicts").toArray(), QJsonArray());
}

void tst_JsonExporter::diffs()
{
    const QJsonArray links = parse(exportBytes(handBuilt())).value(u"links").toArray();

    // Emoji on both sides: UTF-16 ranges shrink to code points.
    const QJsonArray emoji = links.at(0).toObject().value(u"diff").toArray();
    QCOMPARE(emoji.size(), 3);
    const QJsonObject insert = emoji.at(0).toObject();
    QCOMPARE(insert.value(u"op").toString(), u"insert"_s);
    QVERIFY(!insert.contains(u"a"));
    QCOMPARE(insert.value(u"b").toArray(), pair(0, 4));
    const QJsonObject equal = emoji.at(1).toObject();
    QCOMPARE(equal.value(u"op").toString(), u"equal"_s);
    QCOMPARE(equal.value(u"a").toArray(), pair(5, 6));
    QCOMPARE(equal.value(u"b").toArray(), pair(4, 5));
    const QJsonObject erase = emoji.at(2).toObject();
    QCOMPARE(erase.value(u"op").toString(), u"delete"_s);
    QCOMPARE(erase.value(u"a").toArray(), pair(7, 18));
    QVERIFY(!erase.contains(u"b"));

    // Ranges in document a after its emoji, in document b (ASCII) unchanged.
    const QJsonArray number = links.at(2).toObject().value(u"diff").toArray();
    QCOMPARE(number.size(), 4);
    QCOMPARE(number.at(0).toObject().value(u"a").toArray(), pair(20, 35));
    QCOMPARE(number.at(0).toObject().value(u"b").toArray(), pair(0, 15));
    QCOMPARE(number.at(1).toObject().value(u"op").toString(), u"delete"_s);
    QCOMPARE(number.at(1).toObject().value(u"a").toArray(), pair(35, 36));
    QCOMPARE(number.at(2).toObject().value(u"op").toString(), u"insert"_s);
    QCOMPARE(number.at(2).toObject().value(u"b").toArray(), pair(15, 20));
    QCOMPARE(number.at(3).toObject().value(u"a").toArray(), pair(36, 54));
    QCOMPARE(number.at(3).toObject().value(u"b").toArray(), pair(20, 38));
}

void tst_JsonExporter::clusters()
{
    const QJsonArray clusters = parse(exportBytes(handBuilt())).value(u"clusters").toArray();
    QCOMPARE(clusters.size(), 2);
    QCOMPARE(sortedKeys(clusters.at(0).toObject()), (QStringList {u"id"_s, u"members"_s}));
    QCOMPARE(clusters.at(0).toObject().value(u"id").toInt(-1), 0);
    QCOMPARE(clusters.at(0).toObject().value(u"members").toArray(),
             (QJsonArray {pair(0, 0), pair(1, 0), pair(2, 1)}));
    QCOMPARE(clusters.at(1).toObject().value(u"id").toInt(-1), 1);
    QCOMPARE(clusters.at(1).toObject().value(u"members").toArray(), (QJsonArray {pair(0, 1), pair(2, 0)}));
}

void tst_JsonExporter::pairs()
{
    const QJsonArray pairs = parse(exportBytes(handBuilt())).value(u"pairs").toArray();
    QCOMPARE(pairs.size(), 2);
    const QJsonObject first = pairs.at(0).toObject();
    QCOMPARE(sortedKeys(first),
             (QStringList {u"a"_s, u"a_in_b"_s, u"b"_s, u"b_in_a"_s, u"paraphrased"_s, u"shared"_s}));
    QCOMPARE(first.value(u"a").toInt(-1), 0);
    QCOMPARE(first.value(u"b").toInt(-1), 1);
    QCOMPARE(first.value(u"shared").toInt(-1), 0);
    QCOMPARE(first.value(u"paraphrased").toInt(-1), 1);
    QCOMPARE(first.value(u"a_in_b").toDouble(), 0.35);
    QCOMPARE(first.value(u"b_in_a").toDouble(), 0.1235);
    const QJsonObject second = pairs.at(1).toObject();
    QCOMPARE(second.value(u"b").toInt(-1), 2);
    QCOMPARE(second.value(u"shared").toInt(-1), 1);
    QCOMPARE(second.value(u"a_in_b").toDouble(), 1.0);
    QCOMPARE(second.value(u"b_in_a").toDouble(), 0.6667);
}

void tst_JsonExporter::errors()
{
    const QJsonArray errors = parse(exportBytes(handBuilt())).value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(sortedKeys(errors.at(0).toObject()), (QStringList {u"message"_s, u"path"_s}));
    QCOMPARE(errors.at(0).toObject().value(u"path").toString(), u"missing \"file\".txt"_s);
    QCOMPARE(errors.at(0).toObject().value(u"message").toString(), u"file not found"_s);
}

// The rounding is visible in the bytes, not just after parsing.
void tst_JsonExporter::scoresAreRoundedInTheBytes()
{
    const QByteArray bytes = exportBytes(handBuilt());
    QVERIFY(bytes.contains("\"score\":0.9346,"));
    QVERIFY(bytes.contains("\"score\":1,"));
    QVERIFY(bytes.contains("\"score\":0.5,"));
    QVERIFY(bytes.contains("\"a_in_b\":0.35,\"b_in_a\":0.1235}"));
    QVERIFY(bytes.contains("\"a_in_b\":1,\"b_in_a\":0.6667}"));
    QVERIFY(bytes.contains("\"shared_threshold\":0.8,\"paraphrase_threshold\":0.55,"));
    QVERIFY(!bytes.contains("0.99996"));
    QVERIFY(!bytes.contains("\"threads\""));
}

void tst_JsonExporter::escapingInMetadata()
{
    const QByteArray bytes = exportBytes(handBuilt());
    QVERIFY(bytes.contains("\"title\":\"Mill fire\\u2028update\""));
    QVERIFY(bytes.contains("\"path\":\"missing \\\"file\\\".txt\""));
    QVERIFY(bytes.contains("\"text\":\"Fire \xf0\x9f\x94\xa5 at the mill.\\nThe mayor"));
}

void tst_JsonExporter::deterministicBytes()
{
    const QByteArray first = exportBytes(handBuilt());
    QVERIFY(!first.isEmpty());
    QCOMPARE(exportBytes(handBuilt()), first);
    Comparison otherThreads = handBuilt();
    otherThreads.options.threads = 1;
    QCOMPARE(exportBytes(otherThreads), first);
}

void tst_JsonExporter::missingResultsReadAsUnique()
{
    Comparison comparison = handBuilt();
    comparison.sentences.resize(1); // no results for documents 1 and 2
    comparison.sentences[0].resize(1); // nor for document 0's second sentence
    const QJsonArray documents = parse(exportBytes(comparison)).value(u"documents").toArray();
    const QJsonObject orphan = documents.at(2).toObject().value(u"sentences").toArray().at(0).toObject();
    QCOMPARE(orphan.value(u"status").toString(), u"unique"_s);
    QVERIFY(orphan.value(u"cluster").isNull());
    QVERIFY(orphan.value(u"matches").toArray().isEmpty());
    const QJsonObject second = documents.at(0).toObject().value(u"sentences").toArray().at(1).toObject();
    QCOMPARE(second.value(u"status").toString(), u"unique"_s);
}

void tst_JsonExporter::emptyComparison()
{
    const QByteArray bytes = exportBytes(Comparison());
    const QJsonObject root = parse(bytes);
    QCOMPARE(root.value(u"format").toString(), u"parallax-comparison"_s);
    for (const QString &key : {u"documents"_s, u"links"_s, u"clusters"_s, u"pairs"_s, u"errors"_s}) {
        QVERIFY2(root.value(key).isArray(), qPrintable(key));
        QVERIFY2(root.value(key).toArray().isEmpty(), qPrintable(key));
    }
    QVERIFY(root.value(u"settings").toObject().value(u"language").isNull());
}

// Written in bounded chunks while it is produced, not as one block at the end.
void tst_JsonExporter::streamsLargeDocuments()
{
    Comparison comparison;
    const QString text = QString(u"A sentence of a long article 🔥. "_s).repeated(20000);
    for (int d = 0; d < 5; ++d)
        comparison.documents.push_back(document(u"doc%1.txt"_s.arg(d), text, {{0, 33}}));
    RecordingDevice device;
    QVERIFY(JsonExporter().write(comparison, device));
    QVERIFY2(device.writes > 20, qPrintable(QString::number(device.writes)));
    QVERIFY2(device.largestWrite < 128 * 1024, qPrintable(QString::number(device.largestWrite)));
    const QJsonObject root = parse(device.data);
    QCOMPARE(root.value(u"documents").toArray().size(), 5);
    QCOMPARE(root.value(u"documents").toArray().at(4).toObject().value(u"text").toString(), text);
}

// Blocks serialized on worker threads join in order: the bytes are those of
// the serial pass (threads = 1), whatever the thread count.
void tst_JsonExporter::largeExportIsTheSerialBytes()
{
    Comparison comparison = large(2500);
    comparison.options.threads = 1;
    const QByteArray serial = exportBytes(comparison);
    QVERIFY(!serial.isEmpty());
    for (const int threads : {0, 2, 3, 8}) {
        comparison.options.threads = threads;
        QCOMPARE(exportBytes(comparison), serial);
    }
}

void tst_JsonExporter::largeExportInOrder()
{
    const int count = 2500;
    const Comparison comparison = large(count);
    const QJsonObject root = parse(exportBytes(comparison));

    const QJsonArray links = root.value(u"links").toArray();
    QCOMPARE(links.size(), count);
    for (int i = 0; i < count; ++i) {
        const QJsonObject link = links.at(i).toObject();
        QCOMPARE(link.value(u"id").toInt(-1), i);
        QCOMPARE(link.value(u"a").toArray(), pair(0, i));
        QCOMPARE(link.value(u"moved").toBool(), i % 7 == 0);
        QCOMPARE(link.value(u"conflicts").toArray().size(), i % 5 == 0 ? 1 : 0);
        QCOMPARE(link.value(u"diff").toArray().size(), 3);
    }
    // The last link's inserted range in code points: every sentence up to it
    // has an emoji of two UTF-16 units.
    const TextSpan last = comparison.documents[1].sentences.back().span;
    const QJsonObject insert = links.at(count - 1).toObject().value(u"diff").toArray().at(2).toObject();
    QCOMPARE(insert.value(u"b").toArray(), pair(int(last.end) - 4 - count, int(last.end) - count));

    const QJsonArray documents = root.value(u"documents").toArray();
    QCOMPARE(documents.size(), 2);
    for (const QJsonValue &documentValue : documents) {
        const QJsonObject document = documentValue.toObject();
        const QString text = document.value(u"text").toString();
        const QJsonArray sentences = document.value(u"sentences").toArray();
        QCOMPARE(sentences.size(), count);
        for (int s = 0; s < count; ++s) {
            const QJsonObject sentence = sentences.at(s).toObject();
            QCOMPARE(sentence.value(u"index").toInt(-1), s);
            QCOMPARE(sentence.value(u"text").toString(), u"Sentence %1 🔥 of \"many\"."_s.arg(s));
            QCOMPARE(
                codePointMid(text, sentence.value(u"start").toInteger(), sentence.value(u"end").toInteger()),
                sentence.value(u"text").toString());
            QCOMPARE(sentence.value(u"matches").toArray().at(0).toObject().value(u"link").toInt(-1), s);
        }
    }
}

// Blocks are much larger than the writer's buffer; they still reach the
// device in bounded writes.
void tst_JsonExporter::largeExportStreams()
{
    const Comparison comparison = large(4000);
    RecordingDevice device;
    QVERIFY(JsonExporter().write(comparison, device));
    QVERIFY2(device.writes > 20, qPrintable(QString::number(device.writes)));
    QVERIFY2(device.largestWrite < 128 * 1024, qPrintable(QString::number(device.largestWrite)));
    QCOMPARE(device.data, exportBytes(comparison));
}

void tst_JsonExporter::failingDevice()
{
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    readOnly.open(QIODevice::ReadOnly);
    QVERIFY(!JsonExporter().write(handBuilt(), readOnly));

    QBuffer closed;
    QVERIFY(!JsonExporter().write(handBuilt(), closed));
}

// A disk that fills up in the middle of the links, while blocks are in
// flight on other threads: reported, and nothing hangs.
void tst_JsonExporter::deviceFailingMidway()
{
    const Comparison comparison = large(3000);
    const qint64 size = exportBytes(comparison).size();
    for (const int threads : {1, 2}) {
        Comparison copy = comparison;
        copy.options.threads = threads;
        FullDevice device(size / 2);
        QVERIFY(!JsonExporter().write(copy, device));
        QVERIFY(device.written <= size / 2);
    }
}

QTEST_GUILESS_MAIN(tst_JsonExporter)
#include "tst_jsonexporter.moc"
