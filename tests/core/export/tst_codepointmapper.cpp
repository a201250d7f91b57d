#include "export/codepointmapper.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class tst_CodePointMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toCodePoint_data();
    void toCodePoint();
    void agreesWithUcs4Count_data();
    void agreesWithUcs4Count();
    void lengthInCodePoints();
    void emptyText();
};

void tst_CodePointMapper::toCodePoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("utf16");
    QTest::addColumn<qsizetype>("codePoint");

    const QString ascii = u"plain text"_s;
    QTest::newRow("ascii start") << ascii << qsizetype(0) << qsizetype(0);
    QTest::newRow("ascii middle") << ascii << qsizetype(5) << qsizetype(5);
    QTest::newRow("ascii end") << ascii << qsizetype(10) << qsizetype(10);

    const QString cjk = u"工厂起火。"_s; // all in the BMP: one unit per code point
    QTest::newRow("cjk") << cjk << qsizetype(4) << qsizetype(4);

    // "a😀b😀c": units a=0, 😀=1-2, b=3, 😀=4-5, c=6; code points a=0, 😀=1, b=2, 😀=3, c=4
    const QString emoji = u"a😀b😀c"_s;
    QTest::newRow("before first emoji") << emoji << qsizetype(1) << qsizetype(1);
    QTest::newRow("inside first emoji") << emoji << qsizetype(2) << qsizetype(1);
    QTest::newRow("after first emoji") << emoji << qsizetype(3) << qsizetype(2);
    QTest::newRow("before second emoji") << emoji << qsizetype(4) << qsizetype(3);
    QTest::newRow("inside second emoji") << emoji << qsizetype(5) << qsizetype(3);
    QTest::newRow("after second emoji") << emoji << qsizetype(6) << qsizetype(4);
    QTest::newRow("end") << emoji << qsizetype(7) << qsizetype(5);

    const QString adjacent = u"😀😀😀x"_s;
    QTest::newRow("adjacent pairs") << adjacent << qsizetype(6) << qsizetype(3);

    // A lone surrogate is one code point (written as U+FFFD).
    const QString loneHigh = QString(u"a"_s + QChar(0xD83D) + u"bc"_s);
    QTest::newRow("after lone high surrogate") << loneHigh << qsizetype(2) << qsizetype(2);
    QTest::newRow("end with lone high surrogate") << loneHigh << qsizetype(4) << qsizetype(4);
    const QString loneLow = QString(u"a"_s + QChar(0xDE00) + u"😀"_s);
    QTest::newRow("after lone low surrogate") << loneLow << qsizetype(2) << qsizetype(2);
    QTest::newRow("after pair following a lone low") << loneLow << qsizetype(4) << qsizetype(3);
    const QString highAtEnd = QString(u"ab"_s + QChar(0xD83D));
    QTest::newRow("lone high surrogate at the very end") << highAtEnd << qsizetype(3) << qsizetype(3);

    QTest::newRow("negative clamps to 0") << emoji << qsizetype(-3) << qsizetype(0);
    QTest::newRow("beyond end clamps to length") << emoji << qsizetype(100) << qsizetype(5);
}

void tst_CodePointMapper::toCodePoint()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, utf16);
    QFETCH(qsizetype, codePoint);
    QCOMPARE(CodePointMapper(text).toCodePoint(utf16), codePoint);
}

void tst_CodePointMapper::agreesWithUcs4Count_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed scripts") << u"Мэр 市长 said 🔥 \"3\" 👍🏽 people.\n第二句😀。"_s;
    QTest::newRow("only astral") << u"𝄞𝄞𝄞😀😀"_s;
    QTest::newRow("long") << QString(u"ab😀cd🔥ef "_s).repeated(500);
}

// Brute force: the number of code points of the prefix, at every offset that
// is not between the halves of a pair.
void tst_CodePointMapper::agreesWithUcs4Count()
{
    QFETCH(QString, text);
    const CodePointMapper mapper(text);
    int checked = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i > 0 && i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            continue;
        QCOMPARE(mapper.toCodePoint(i), qsizetype(QStringView(text).left(i).toUcs4().size()));
        ++checked;
    }
    QCOMPARE(checked, mapper.codePointLength() + 1); // every code point boundary
}

void tst_CodePointMapper::lengthInCodePoints()
{
    QCOMPARE(CodePointMapper(u"a😀b"_s).codePointLength(), qsizetype(3));
    QCOMPARE(CodePointMapper(u"工厂"_s).codePointLength(), qsizetype(2));
}

void tst_CodePointMapper::emptyText()
{
    const CodePointMapper mapper {QStringView()};
    QCOMPARE(mapper.toCodePoint(0), qsizetype(0));
    QCOMPARE(mapper.toCodePoint(5), qsizetype(0));
    QCOMPARE(CodePointMapper().codePointLength(), qsizetype(0));
}

QTEST_GUILESS_MAIN(tst_CodePointMapper)
#include "tst_codepointmapper.moc"
