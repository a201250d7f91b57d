#include "text/segmenter.h"
#include "text/stopwordlist.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

QStringList sentencesOf(const QString &text, const QString &language = QStringLiteral("en"))
{
    Segmenter segmenter(language, StopWordList::load(language));
    std::vector<TextSpan> spans;
    segmenter.sentences(text, {0, text.size()}, spans);
    QStringList result;
    for (const TextSpan &span : spans)
        result.append(text.mid(span.start, span.length()));
    return result;
}

QStringList wordsOf(const QString &text, const QString &language = QStringLiteral("en"))
{
    Segmenter segmenter(language, StopWordList::load(language));
    std::vector<Segmenter::Word> words;
    segmenter.words(text, {0, text.size()}, words);
    QStringList result;
    for (const Segmenter::Word &word : words)
        result.append(text.mid(word.span.start, word.span.length()));
    return result;
}

} // namespace

class tst_Segmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void softLineBreaksKeepOffsets();
    void rangeInsideText();
    void emptyAndBlankRanges();
    void words_data();
    void words();
    void thaiWords();
};

void tst_Segmenter::sentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString en = QStringLiteral("en");
    QTest::newRow("plain") << en << u"It rained. We stayed home."_s
                           << QStringList {u"It rained."_s, u"We stayed home."_s};
    QTest::newRow("Mr. Dr.") << en << u"Mr. Smith met Dr. Jones. They talked."_s
                             << QStringList {u"Mr. Smith met Dr. Jones."_s, u"They talked."_s};
    QTest::newRow("titles")
        << en << u"Gen. Smith and Sen. Brown met Gov. Lee and Lt. Col. Ray at St. Paul's."_s
        << QStringList {u"Gen. Smith and Sen. Brown met Gov. Lee and Lt. Col. Ray at St. Paul's."_s};
    QTest::newRow("numbered list item")
        << en << u"1. Break up the problem. 2) Solve the parts."_s
        << QStringList {u"1. Break up the problem."_s, u"2) Solve the parts."_s};
    QTest::newRow("lettered list item") << en << u"b. Keep the notes."_s << QStringList {u"b. Keep the notes."_s};
    QTest::newRow("roman and bracketed list items")
        << en << u"IV. Check them. (3) File them."_s
        << QStringList {u"IV. Check them."_s, u"(3) File them."_s};
    QTest::newRow("U.S. President") << en << u"The U.S. President spoke. He left."_s
                                    << QStringList {u"The U.S. President spoke."_s, u"He left."_s};
    QTest::newRow("U.S. at the end") << en << u"He moved to the U.S. The move was hard."_s
                                     << QStringList {u"He moved to the U.S."_s, u"The move was hard."_s};
    QTest::newRow("U.N. lower") << en << u"The U.N. envoy and the U.K. government agreed."_s
                                << QStringList {u"The U.N. envoy and the U.K. government agreed."_s};
    QTest::newRow("Jan. 30") << en << u"They met on Jan. 30 in Sochi. Then they left."_s
                             << QStringList {u"They met on Jan. 30 in Sochi."_s, u"Then they left."_s};
    QTest::newRow("state at the end")
        << en << u"He lives in Palo Alto, Calif. The house is big."_s
        << QStringList {u"He lives in Palo Alto, Calif."_s, u"The house is big."_s};
    QTest::newRow("St. name and street")
        << en << u"They met at St. Paul's. He lives on Main St. The rent is high."_s
        << QStringList {u"They met at St. Paul's."_s, u"He lives on Main St."_s, u"The rent is high."_s};
    QTest::newRow("Sept. Oct.") << en << u"Between Sept. 3 and Oct. 12 nothing happened."_s
                                << QStringList {u"Between Sept. 3 and Oct. 12 nothing happened."_s};
    QTest::newRow("e.g.") << en << u"Some fruits, e.g. Apples, are red. Others are not."_s
                          << QStringList {u"Some fruits, e.g. Apples, are red."_s, u"Others are not."_s};
    QTest::newRow("i.e.") << en << u"The capital, i.e. Damascus, was calm."_s
                          << QStringList {u"The capital, i.e. Damascus, was calm."_s};
    QTest::newRow("initials") << en << u"J. K. Rowling wrote it. George W. Bush read it."_s
                              << QStringList {u"J. K. Rowling wrote it."_s, u"George W. Bush read it."_s};
    QTest::newRow("p.m. name") << en << u"It began at 5 p.m. Monday in Sochi."_s
                               << QStringList {u"It began at 5 p.m. Monday in Sochi."_s};
    QTest::newRow("p.m. end") << en << u"It ended at 5 p.m. The guests left."_s
                              << QStringList {u"It ended at 5 p.m."_s, u"The guests left."_s};
    QTest::newRow("No. 10") << en << u"He lives at No. 10 Downing Street. She said no. Then she left."_s
                            << QStringList {u"He lives at No. 10 Downing Street."_s, u"She said no."_s,
                                            u"Then she left."_s};
    QTest::newRow("vs. approx.") << en << u"It was Russia vs. Syria with approx. 150 delegates."_s
                                 << QStringList {u"It was Russia vs. Syria with approx. 150 delegates."_s};
    QTest::newRow("Inc. name") << en << u"Apple Inc. CEO Tim Cook spoke. Sales rose."_s
                               << QStringList {u"Apple Inc. CEO Tim Cook spoke."_s, u"Sales rose."_s};
    QTest::newRow("quote comma") << en << u"\"We will move forward,\" Assad said. He smiled."_s
                                 << QStringList {u"\"We will move forward,\" Assad said."_s, u"He smiled."_s};
    QTest::newRow("quote period then sentence")
        << en << u"He said: \"It is over.\" Then he left."_s
        << QStringList {u"He said: \"It is over.\""_s, u"Then he left."_s};
    QTest::newRow("quote question lower")
        << en << u"\"Is it over?\" he asked."_s << QStringList {u"\"Is it over?\" he asked."_s};
    QTest::newRow("quote question name")
        << en << u"\u201CIs it over?\u201D Putin asked. Nobody answered."_s
        << QStringList {u"\u201CIs it over?\u201D Putin asked."_s, u"Nobody answered."_s};
    QTest::newRow("quote exclamation title") << en << u"\"We won!\" Foreign Minister Lavrov said."_s
                                             << QStringList {u"\"We won!\" Foreign Minister Lavrov said."_s};
    QTest::newRow("two sentences in a quote")
        << en << u"\"We know it. However, we go on,\" Assad added."_s
        << QStringList {u"\"We know it."_s, u"However, we go on,\" Assad added."_s};
    QTest::newRow("headline") << en << u"Assad meets Putin in Sochi to discuss political process"_s
                              << QStringList {u"Assad meets Putin in Sochi to discuss political process"_s};
    QTest::newRow("trimmed") << en << u"   Hello world.   Bye.  "_s
                             << QStringList {u"Hello world."_s, u"Bye."_s};
    QTest::newRow("numbers") << en << u"Prices rose 4.4% to $2,500. Then they fell."_s
                             << QStringList {u"Prices rose 4.4% to $2,500."_s, u"Then they fell."_s};
    QTest::newRow("chinese") << u"zh"_s << u"中华人民共和国成立了。今天天气很好！我们去公园吧。"_s
                             << QStringList {u"中华人民共和国成立了。"_s, u"今天天气很好！"_s,
                                             u"我们去公园吧。"_s};
    QTest::newRow("japanese") << u"ja"_s << u"東京は日本の首都です。私は学生です。"_s
                              << QStringList {u"東京は日本の首都です。"_s, u"私は学生です。"_s};
    QTest::newRow("japanese quote attribution")
        << u"ja"_s << u"「こんにちは。」と彼は言った。今日は晴れです。"_s
        << QStringList {u"「こんにちは。」と彼は言った。"_s, u"今日は晴れです。"_s};
    QTest::newRow("chinese quote attribution") << u"zh"_s << u"“这是不可能的。”他说。我们走吧。"_s
                                               << QStringList {u"“这是不可能的。”他说。"_s, u"我们走吧。"_s};
    QTest::newRow("french spaced guillemets")
        << u"fr"_s << u"« Nous allons gagner ! », a dit M. Macron. « Nous gagnerons ! » Il est parti."_s
        << QStringList {u"« Nous allons gagner ! », a dit M. Macron."_s, u"« Nous gagnerons ! »"_s,
                        u"Il est parti."_s};
    QTest::newRow("german inward guillemets")
        << u"de"_s << u"»Wir gewinnen!« sagte sie. »Gut.« Dann ging sie."_s
        << QStringList {u"»Wir gewinnen!« sagte sie."_s, u"»Gut.«"_s, u"Dann ging sie."_s};
    QTest::newRow("german words ending in r.")
        << u"de"_s << u"Er traf Müller. Es regnete. Dr. Peter kam."_s
        << QStringList {u"Er traf Müller."_s, u"Es regnete."_s, u"Dr. Peter kam."_s};
    QTest::newRow("russian quote and dash")
        << u"ru"_s << u"«Мы победим!» — сказал Путин. Затем он ушёл."_s
        << QStringList {u"«Мы победим!» — сказал Путин."_s, u"Затем он ушёл."_s};
    QTest::newRow("german ordinal and Dr.")
        << u"de"_s << u"Er traf am 3. März Dr. Müller. Es regnete."_s
        << QStringList {u"Er traf am 3. März Dr. Müller."_s, u"Es regnete."_s};
    QTest::newRow("russian year") << u"ru"_s << u"В 2018 г. Путин был избран. Он победил."_s
                                  << QStringList {u"В 2018 г. Путин был избран."_s, u"Он победил."_s};
    QTest::newRow("russian year at end") << u"ru"_s << u"Это было в 2018 г. Он победил."_s
                                         << QStringList {u"Это было в 2018 г."_s, u"Он победил."_s};
}

void tst_Segmenter::sentences()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentencesOf(text, language), expected);
}

void tst_Segmenter::softLineBreaksKeepOffsets()
{
    const QString text = u"The quick brown\nfox jumps. Over the\nlazy dog."_s;
    Segmenter segmenter(u"en"_s, StopWordList::load(u"en"_s));
    std::vector<TextSpan> spans;
    segmenter.sentences(text, {0, text.size()}, spans);
    QCOMPARE(spans.size(), size_t(2));
    QCOMPARE(text.mid(spans[0].start, spans[0].length()), u"The quick brown\nfox jumps."_s);
    QCOMPARE(text.mid(spans[1].start, spans[1].length()), u"Over the\nlazy dog."_s);
}

void tst_Segmenter::rangeInsideText()
{
    const QString text = u"Headline\n\nFirst one. Second one.\nTail"_s;
    const qsizetype start = text.indexOf(u"First");
    const qsizetype end = text.indexOf(u"\nTail");
    Segmenter segmenter(u"en"_s, StopWordList::load(u"en"_s));
    std::vector<TextSpan> spans;
    segmenter.sentences(text, {start, end}, spans);
    QCOMPARE(spans.size(), size_t(2));
    QCOMPARE(spans[0], (TextSpan {start, start + 10}));
    QCOMPARE(text.mid(spans[1].start, spans[1].length()), u"Second one."_s);

    std::vector<Segmenter::Word> words;
    segmenter.words(text, {start, end}, words);
    QCOMPARE(words.size(), size_t(4));
    QCOMPARE(words.front().span, (TextSpan {start, start + 5}));
}

void tst_Segmenter::emptyAndBlankRanges()
{
    QVERIFY(sentencesOf(QString()).isEmpty());
    QVERIFY(sentencesOf(u"   \n  "_s).isEmpty());
    QCOMPARE(sentencesOf(u"..."_s), QStringList {u"..."_s});
    QVERIFY(wordsOf(u" ,.;!? "_s).isEmpty());
}

void tst_Segmenter::words_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("possessive") << u"en"_s << u"Assad's and Syria\u2019s forces."_s
                                << QStringList {u"Assad's"_s, u"and"_s, u"Syria\u2019s"_s, u"forces"_s};
    QTest::newRow("contraction") << u"en"_s << u"We don't know."_s
                                 << QStringList {u"We"_s, u"don't"_s, u"know"_s};
    QTest::newRow("numbers") << u"en"_s << u"4.4% of 2,500 is 110, i.e. 11 million cents."_s
                             << QStringList {u"4.4"_s, u"of"_s, u"2,500"_s,   u"is"_s,   u"110"_s,
                                             u"i.e"_s, u"11"_s, u"million"_s, u"cents"_s};
    QTest::newRow("hyphen and dash") << u"en"_s << u"war-torn \u2014 years-long"_s
                                     << QStringList {u"war"_s, u"torn"_s, u"years"_s, u"long"_s};
    QTest::newRow("chinese") << u"zh"_s << u"我们去公园吧。"_s
                             << QStringList {u"我们"_s, u"去"_s, u"公园"_s, u"吧"_s};
    QTest::newRow("japanese") << u"ja"_s << u"私は学生です。"_s
                              << QStringList {u"私"_s, u"は"_s, u"学生"_s, u"です"_s};
    QTest::newRow("russian") << u"ru"_s << u"Путин не сказал: «нет»."_s
                             << QStringList {u"Путин"_s, u"не"_s, u"сказал"_s, u"нет"_s};
}

void tst_Segmenter::words()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(wordsOf(text, language), expected);
}

void tst_Segmenter::thaiWords()
{
    // Thai has no spaces between words: ICU's dictionary must split it.
    const QString text = u"ภาษาไทยเป็นภาษาที่สวยงาม"_s;
    const QStringList words = wordsOf(text, u"th"_s);
    QVERIFY2(words.size() >= 4, qPrintable(words.join(u'|')));
    QCOMPARE(words.join(QString()), text);
    QCOMPARE(words.first(), u"ภาษา"_s);
}

QTEST_GUILESS_MAIN(tst_Segmenter)
#include "tst_segmenter.moc"
