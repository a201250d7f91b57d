// Scripts that break naive text code: right-to-left, combining marks, emoji
// (surrogate pairs, ZWJ sequences), CJK without spaces. Sentence and word
// spans must be valid and whole, and the JSON export's code-point offsets must
// slice the exported text exactly.
#include "export/jsonexporter.h"
#include "loading/articleloader.h"
#include "matching/comparisonjob.h"
#include "text/documentanalyzer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Article articleOf(const QString &text, const QString &name)
{
    const Result<Article> loaded = ArticleLoader().loadBytes(text.toUtf8(), name);
    if (!loaded)
        qFatal("%s: %s", qPrintable(name), qPrintable(loaded.error().message));
    return loaded.value();
}

// A boundary that cuts a character apart: inside a surrogate pair or before a
// combining mark / ZWJ / variation selector that belongs to the previous one.
bool cutsACharacter(const QString &text, qsizetype at)
{
    if (at <= 0 || at >= text.size())
        return false;
    const QChar c = text.at(at);
    if (c.isLowSurrogate())
        return true;
    const uint code = text.at(at - 1).isHighSurrogate() ? 0 : c.unicode();
    return QChar::category(code) == QChar::Mark_NonSpacing || code == 0x200D
        || (code >= 0xFE00 && code <= 0xFE0F);
}

QStringList sentenceTexts(const AnalyzedDocument &document)
{
    QStringList texts;
    for (const Sentence &sentence : document.sentences)
        texts << document.article.text.sliced(sentence.span.start, sentence.span.length());
    return texts;
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scripts_data();
    void scripts();
    void jsonOffsetsAreCodePoints();
};

void TestHostileText::scripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sentences");
    QTest::addColumn<int>("tokens");

    QTest::newRow("Arabic") << u"اندلع حريق كبير في الميناء. وصلت فرق الإطفاء بسرعة؟ لم يصب أحد."_s << u"ar"_s
                            << QStringList {u"اندلع حريق كبير في الميناء."_s, u"وصلت فرق الإطفاء بسرعة؟"_s,
                                            u"لم يصب أحد."_s}
                            << 12;
    QTest::newRow("Hebrew") << u"השריפה פרצה בנמל. הכבאים הגיעו מהר! איש לא נפגע."_s << u"he"_s
                            << QStringList {u"השריפה פרצה בנמל."_s, u"הכבאים הגיעו מהר!"_s, u"איש לא נפגע."_s}
                            << 9;
    QTest::newRow("RTL with LTR numbers")
        << u"\u200Fقتل 12 شخصا في 2018. Reuters نقلت الخبر."_s
        << u"ar"_s
        // The leading RIGHT-TO-LEFT MARK is a format character, not
        // whitespace: it stays in the sentence (invisible).
        << QStringList {u"\u200Fقتل 12 شخصا في 2018."_s, u"Reuters نقلت الخبر."_s} << 8;
    QTest::newRow("combining marks")
        << u"Cafe\u0301 owners prote\u0301st. The re\u0301sume\u0301 of Zoe\u0308 is long."_s << u"en"_s
        << QStringList {u"Cafe\u0301 owners prote\u0301st."_s,
                        u"The re\u0301sume\u0301 of Zoe\u0308 is long."_s}
        << 9;
    QTest::newRow("emoji")
        << u"The fire 🔥 spread fast. Crews 👩‍🚒👨🏽‍🚒 arrived at 9. All safe ✅️."_s
        << u"en"_s
        << QStringList {u"The fire 🔥 spread fast."_s, u"Crews 👩‍🚒👨🏽‍🚒 arrived at 9."_s,
                        u"All safe ✅️."_s}
        << 10; // emoji are not words
    QTest::newRow("Chinese") << u"港口发生大火。消防员迅速赶到！没有人受伤。"_s << u"zh"_s
                             << QStringList {u"港口发生大火。"_s, u"消防员迅速赶到！"_s, u"没有人受伤。"_s}
                             << -1;
    QTest::newRow("Japanese") << u"港で大きな火事があった。消防士がすぐに到着した。"_s << u"ja"_s
                              << QStringList {u"港で大きな火事があった。"_s, u"消防士がすぐに到着した。"_s}
                              << -1;
    QTest::newRow("astral CJK") << u"𠀋𠀍𠀎は古い字です。𪚲もそうです。"_s << u"ja"_s
                                << QStringList {u"𠀋𠀍𠀎は古い字です。"_s, u"𪚲もそうです。"_s} << -1;
}

void TestHostileText::scripts()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, sentences);
    QFETCH(int, tokens);

    Article article = articleOf(text, u"script.txt"_s);
    article.language = language;
    const AnalyzedDocument document = DocumentAnalyzer().analyze(article);
    QCOMPARE(sentenceTexts(document), sentences);

    int tokenCount = 0;
    for (const Sentence &sentence : document.sentences) {
        QVERIFY(!cutsACharacter(document.article.text, sentence.span.start));
        QVERIFY(!cutsACharacter(document.article.text, sentence.span.end));
        QVERIFY(!sentence.tokens.empty());
        for (const Token &token : sentence.tokens) {
            QVERIFY(token.span.start >= sentence.span.start && token.span.end <= sentence.span.end);
            QVERIFY(!token.span.isEmpty());
            const QString word = document.article.text.sliced(token.span.start, token.span.length());
            QVERIFY2(!cutsACharacter(document.article.text, token.span.start), qPrintable(word));
            QVERIFY2(!cutsACharacter(document.article.text, token.span.end), qPrintable(word));
            ++tokenCount;
        }
    }
    if (tokens >= 0) // dictionary-segmented scripts: any count, checked for validity only
        QCOMPARE(tokenCount, tokens);
}

void TestHostileText::jsonOffsetsAreCodePoints()
{
    // Astral characters before every sentence: UTF-16 offsets would be off by one per emoji.
    ComparisonInput input;
    input.articles.push_back(articleOf(
        u"🔥🔥 The harbour fire 🔥 burned for 12 hours. 𠀋 港口发生大火。 Crews 👩‍🚒 arrived at 9 on Monday."_s,
        u"a.txt"_s));
    input.articles.push_back(articleOf(
        u"🌊 The harbour fire 🔥 burned for 14 hours. 港口发生大火。 Crews 👩‍🚒 arrived at 9 on Monday morning."_s,
        u"b.txt"_s));
    const Comparison comparison = ComparisonJob(std::move(input), ComparisonOptions {}).run();
    QVERIFY(comparison.errors.empty());
    QVERIFY(!comparison.links.empty());

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(JsonExporter().write(comparison, buffer));
    QJsonParseError error {};
    const QJsonObject json = QJsonDocument::fromJson(buffer.data(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"offsets"_s).toString(), u"codepoint"_s);

    std::vector<QList<uint>> codePoints;
    int checkedSentences = 0;
    for (const QJsonValue &doc : json.value(u"documents"_s).toArray()) {
        const QList<uint> text = doc[u"text"_s].toString().toUcs4();
        codePoints.push_back(text);
        for (const QJsonValue &sentence : doc[u"sentences"_s].toArray()) {
            const int start = sentence[u"start"_s].toInt();
            const int end = sentence[u"end"_s].toInt();
            QVERIFY(start >= 0 && start < end && end <= text.size());
            const QList<uint> slice = text.mid(start, end - start);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()),
                     sentence[u"text"_s].toString());
            ++checkedSentences;
        }
    }
    QCOMPARE(checkedSentences, 6);

    // Diff ops tile each linked sentence exactly, in code points too.
    const QJsonArray documents = json.value(u"documents"_s).toArray();
    for (const QJsonValue &link : json.value(u"links"_s).toArray()) {
        const QJsonArray a = link[u"a"_s].toArray();
        const QJsonArray b = link[u"b"_s].toArray();
        const QJsonObject sa = documents[a[0].toInt()][u"sentences"_s][a[1].toInt()].toObject();
        const QJsonObject sb = documents[b[0].toInt()][u"sentences"_s][b[1].toInt()].toObject();
        int atA = sa[u"start"_s].toInt();
        int atB = sb[u"start"_s].toInt();
        for (const QJsonValue &op : link[u"diff"_s].toArray()) {
            if (op[u"a"_s].isArray()) {
                QCOMPARE(op[u"a"_s][0].toInt(), atA);
                atA = op[u"a"_s][1].toInt();
            }
            if (op[u"b"_s].isArray()) {
                QCOMPARE(op[u"b"_s][0].toInt(), atB);
                atB = op[u"b"_s][1].toInt();
            }
        }
        QCOMPARE(atA, sa[u"end"_s].toInt());
        QCOMPARE(atB, sb[u"end"_s].toInt());
    }
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
