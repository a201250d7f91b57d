#include "export/jsonwriter.h"
#include "recordingdevice.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

QByteArray writeString(const QString &text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(buffer);
        writer.value(text);
    }
    return buffer.data();
}

} // namespace

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void everyBmpCharacterRoundTrips();
    void decimal_data();
    void decimal();
    void shortest_data();
    void shortest();
    void nonFiniteBecomesNull();
    void structure();
    void asciiLiteralsAsStrings();
    void integers();
    void streamsThroughSmallBuffer();
    void surrogatePairAcrossSlices_data();
    void surrogatePairAcrossSlices();
    void elementsWrittenApart();
    void takeElementsStartsOver();
    void appendedElementsStreamInBoundedWrites();
    void failingDeviceIsReported();
    void failingDeviceWithAppendedElements();
};

void tst_JsonWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << u"abc"_s << QByteArray("\"abc\"");
    QTest::newRow("empty") << QString() << QByteArray("\"\"");
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("slash is not escaped") << u"a/b"_s << QByteArray("\"a/b\"");
    QTest::newRow("short escapes") << u"\b\f\n\r\t"_s << QByteArray("\"\\b\\f\\n\\r\\t\"");
    QTest::newRow("other control characters") << QString(QString(QChar(0x01)) + QChar(0x1F) + QChar(0x00))
                                              << QByteArray("\"\\u0001\\u001f\\u0000\"");
    QTest::newRow("DEL stays raw") << QString(QChar(0x7F)) << QByteArray("\"\x7f\"");
    QTest::newRow("line and paragraph separators")
        << QString(QString(QChar(0x2028)) + QChar(0x2029)) << QByteArray("\"\\u2028\\u2029\"");
    QTest::newRow("two-byte UTF-8") << u"é"_s << QByteArray("\"\xc3\xa9\"");
    QTest::newRow("CJK three-byte UTF-8") << u"市长"_s << QByteArray("\"\xe5\xb8\x82\xe9\x95\xbf\"");
    QTest::newRow("emoji four-byte UTF-8") << u"🔥"_s << QByteArray("\"\xf0\x9f\x94\xa5\"");
    QTest::newRow("lone high surrogate") << QString(u"a"_s + QChar(0xD83D) + u"b"_s)
                                         << QByteArray("\"a\xef\xbf\xbd"
                                                       "b\"");
    QTest::newRow("lone high surrogate at end")
        << QString(u"a"_s + QChar(0xD83D)) << QByteArray("\"a\xef\xbf\xbd\"");
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) << QByteArray("\"\xef\xbf\xbd\"");
    QTest::newRow("reversed pair") << QString(QString(QChar(0xDE00)) + QChar(0xD83D))
                                   << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\"");
}

void tst_JsonWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(writeString(text), expected);
}

void tst_JsonWriter::everyBmpCharacterRoundTrips()
{
    QString text;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (!QChar::isSurrogate(c))
            text.append(QChar(char16_t(c)));
    }
    text += u"😀𝄞"_s;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(buffer, 1000);
        writer.beginArray();
        writer.value(text);
        writer.endArray();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().at(0).toString(), text);
}

void tst_JsonWriter::decimal_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<int>("places");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("one") << 1.0 << 4 << QByteArray("1");
    QTest::newRow("zero") << 0.0 << 4 << QByteArray("0");
    QTest::newRow("negative zero") << -0.0 << 4 << QByteArray("0");
    QTest::newRow("0.93") << 0.93 << 4 << QByteArray("0.93");
    QTest::newRow("0.5") << 0.5 << 4 << QByteArray("0.5");
    QTest::newRow("0.0001") << 0.0001 << 4 << QByteArray("0.0001");
    QTest::newRow("0.0010") << 0.001 << 4 << QByteArray("0.001");
    QTest::newRow("one third") << 1.0 / 3.0 << 4 << QByteArray("0.3333");
    QTest::newRow("two thirds rounds up") << 2.0 / 3.0 << 4 << QByteArray("0.6667");
    QTest::newRow("rounds up to one") << 0.99996 << 4 << QByteArray("1");
    QTest::newRow("tiny becomes zero") << 0.00001 << 4 << QByteArray("0");
    QTest::newRow("tiny negative becomes zero") << -0.00001 << 4 << QByteArray("0");
    QTest::newRow("negative") << -0.25 << 4 << QByteArray("-0.25");
    QTest::newRow("above one") << 12.5 << 4 << QByteArray("12.5");
    QTest::newRow("two places") << 0.125 << 2 << QByteArray("0.13");
    QTest::newRow("no places") << 2.5 << 0 << QByteArray("3");
    QTest::newRow("large") << 123456789.0 << 4 << QByteArray("123456789");
    QTest::newRow("too large for exact rounding") << 1e20 << 4 << QByteArray("100000000000000000000");
}

void tst_JsonWriter::decimal()
{
    QFETCH(double, number);
    QFETCH(int, places);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::formatDecimal(number, places), expected);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(buffer);
        writer.decimal(number, places);
    }
    QCOMPARE(buffer.data(), expected);
}

void tst_JsonWriter::shortest_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("0.8") << 0.8 << QByteArray("0.8");
    QTest::newRow("integer") << 3.0 << QByteArray("3");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("no exponent for small") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("no exponent for large") << 1e21 << QByteArray("1000000000000000000000");
    QTest::newRow("round trip digits") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("negative") << -1.5 << QByteArray("-1.5");
}

void tst_JsonWriter::shortest()
{
    QFETCH(double, number);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::formatShortest(number), expected);
    QCOMPARE(JsonWriter::formatShortest(number).toDouble(), number);
}

void tst_JsonWriter::nonFiniteBecomesNull()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(buffer);
        writer.beginArray();
        writer.value(std::numeric_limits<double>::quiet_NaN());
        writer.value(std::numeric_limits<double>::infinity());
        writer.decimal(-std::numeric_limits<double>::infinity(), 4);
        writer.endArray();
    }
    QCOMPARE(buffer.data(), QByteArray("[null,null,null]"));
}

void tst_JsonWriter::structure()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(buffer);
        writer.beginObject();
        writer.key(u"a");
        writer.value(1);
        writer.key(u"empty");
        writer.beginArray();
        writer.endArray();
        writer.key(u"list");
        writer.beginArray();
        writer.value(true);
        writer.value(false);
        writer.null();
        writer.beginObject();
        writer.endObject();
        writer.beginArray();
        writer.value(u"x");
        writer.value(0.5);
        writer.endArray();
        writer.endArray();
        writer.key(u"k\"ey");
        writer.value(u"v");
        writer.endObject();
        writer.newline();
    }
    QCOMPARE(buffer.data(),
             QByteArray("{\"a\":1,\"empty\":[],\"list\":[true,false,null,{},[\"x\",0.5]],\"k\\\"ey\":\"v\"}"
                        "\n"));
}

// Keys and values given as ASCII literals skip the encoding pass and must
// give the bytes the UTF-16 path gives, commas and colons included; a
// literal is a string, never the bool it would convert to.
void tst_JsonWriter::asciiLiteralsAsStrings()
{
    const auto write = [](bool ascii) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter writer(buffer, 256);
            writer.beginArray();
            for (int i = 0; i < 100; ++i) {
                writer.beginObject();
                ascii ? writer.key("op") : writer.key(u"op");
                ascii ? writer.value("delete") : writer.value(u"delete");
                ascii ? writer.key("a b-c_1") : writer.key(u"a b-c_1");
                writer.value(true);
                ascii ? writer.key("") : writer.key(u"");
                ascii ? writer.value("") : writer.value(u"");
                writer.endObject();
            }
            writer.endArray();
        }
        return buffer.data();
    };
    QCOMPARE(write(true), write(false));
    QVERIFY(write(true).startsWith(R"([{"op":"delete","a b-c_1":true,"":""},{"op")"));
}

void tst_JsonWriter::integers()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(buffer);
        writer.beginArray();
        writer.value(0);
        writer.value(-1);
        writer.value(std::numeric_limits<qint64>::max());
        writer.value(std::numeric_limits<qint64>::min());
        writer.endArray();
    }
    QCOMPARE(buffer.data(), QByteArray("[0,-1,9223372036854775807,-9223372036854775808]"));
}

void tst_JsonWriter::streamsThroughSmallBuffer()
{
    const QString longText = QString(u"Fire at the mill 🔥. "_s).repeated(20000); // ~420,000 code units
    RecordingDevice device;
    {
        JsonWriter writer(device, 4096);
        writer.beginArray();
        for (int i = 0; i < 3; ++i)
            writer.value(longText);
        writer.endArray();
        QVERIFY(writer.flush());
        QVERIFY(writer.ok());
    }
    QVERIFY2(device.writes > 100, qPrintable(QString::number(device.writes)));
    QVERIFY2(device.largestWrite <= 4096 + 16, qPrintable(QString::number(device.largestWrite)));

    const QJsonArray array = QJsonDocument::fromJson(device.data).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(2).toString(), longText);
}

// Strings are encoded a slice of UTF-16 at a time and stop where the buffer
// is full: a pair split by either boundary is still one code point.
void tst_JsonWriter::surrogatePairAcrossSlices_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("bufferSize");

    for (const int before : {254, 255, 256, 4094, 4095, 4096, 8191}) {
        QTest::addRow("%d before, in memory", before) << before << 0;
        QTest::addRow("%d before, 256 byte buffer", before) << before << 256;
    }
}

void tst_JsonWriter::surrogatePairAcrossSlices()
{
    QFETCH(int, before);
    QFETCH(int, bufferSize);
    const QString text = QString(before, u'a') + u"😀"_s + QString(5000, u'b');
    const QByteArray expected
        = '"' + QByteArray(before, 'a') + "\xf0\x9f\x98\x80" + QByteArray(5000, 'b') + '"';
    if (bufferSize == 0) {
        JsonWriter writer;
        writer.value(text);
        QCOMPARE(writer.takeElements(), expected);
    } else {
        RecordingDevice device;
        {
            JsonWriter writer(device, bufferSize);
            writer.value(text);
        }
        QCOMPARE(device.data, expected);
        QVERIFY2(device.largestWrite <= bufferSize + 16, qPrintable(QString::number(device.largestWrite)));
    }
}

// Parts of an array written by in-memory writers (as on other threads) join
// the device writer's array with the commas a single writer would put.
void tst_JsonWriter::elementsWrittenApart()
{
    JsonWriter first;
    first.value(2);
    first.beginObject();
    first.key(u"a");
    first.beginArray();
    first.value(3);
    first.endArray();
    first.endObject();
    const QByteArray firstPart = first.takeElements();
    QCOMPARE(firstPart, QByteArray("2,{\"a\":[3]}"));
    JsonWriter second;
    second.value(u"x");
    const QByteArray secondPart = second.takeElements();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(buffer);
        writer.beginObject();
        writer.key(u"leading");
        writer.beginArray();
        writer.appendElements(firstPart);
        writer.value(4);
        writer.appendElements(QByteArray()); // an empty part adds nothing, no comma
        writer.appendElements(secondPart);
        writer.endArray();
        writer.key(u"only");
        writer.beginArray();
        writer.appendElements(secondPart);
        writer.endArray();
        writer.key(u"none");
        writer.beginArray();
        writer.appendElements(QByteArray());
        writer.endArray();
        writer.endObject();
    }
    QCOMPARE(buffer.data(), QByteArray("{\"leading\":[2,{\"a\":[3]},4,\"x\"],\"only\":[\"x\"],\"none\":[]}"));
}

void tst_JsonWriter::takeElementsStartsOver()
{
    JsonWriter writer;
    QCOMPARE(writer.takeElements(), QByteArray());
    writer.value(1);
    writer.value(true);
    QCOMPARE(writer.takeElements(), QByteArray("1,true"));
    writer.null();
    QCOMPARE(writer.takeElements(), QByteArray("null"));
    QVERIFY(writer.flush()); // nothing to flush to: the bytes stay
    QVERIFY(writer.ok());
}

// A part far larger than the buffer still reaches the device in bounded
// writes: the exporter's blocks are several hundred KB.
void tst_JsonWriter::appendedElementsStreamInBoundedWrites()
{
    JsonWriter part;
    for (int i = 0; i < 20000; ++i)
        part.value(QString(u"element 🔥"_s + QString::number(i)));
    const QByteArray elements = part.takeElements();
    QVERIFY(elements.size() > 50 * 4096);

    RecordingDevice device;
    {
        JsonWriter writer(device, 4096);
        writer.beginArray();
        writer.value(-1);
        writer.appendElements(elements);
        writer.appendElements(elements);
        writer.endArray();
        QVERIFY(writer.flush());
    }
    QVERIFY2(device.writes > 100, qPrintable(QString::number(device.writes)));
    QVERIFY2(device.largestWrite <= 4096 + 16, qPrintable(QString::number(device.largestWrite)));
    QCOMPARE(device.data, "[-1," + elements + ',' + elements + ']');
    const QJsonArray array = QJsonDocument::fromJson(device.data).array();
    QCOMPARE(array.size(), 40001);
    QCOMPARE(array.at(40000).toString(), u"element 🔥19999"_s);
}

void tst_JsonWriter::failingDeviceIsReported()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly); // every write fails
    JsonWriter writer(buffer);
    writer.value(u"x");
    QVERIFY(writer.ok()); // still buffered
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.flush());
    QVERIFY(!writer.ok());
    QVERIFY(bytes.isEmpty());
}

void tst_JsonWriter::failingDeviceWithAppendedElements()
{
    JsonWriter part;
    for (int i = 0; i < 1000; ++i)
        part.value(i);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly); // every write fails
    JsonWriter writer(buffer, 256);
    writer.beginArray();
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    writer.appendElements(part.takeElements()); // larger than the buffer: written on the way
    QVERIFY(!writer.ok());
    writer.endArray();
    QVERIFY(!writer.flush());
    QVERIFY(bytes.isEmpty());
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
