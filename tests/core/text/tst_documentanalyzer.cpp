#include "model/tokenkey.h"
#include "text/documentanalyzer.h"
#include "text/normalizer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Article articleOf(const QString &text, QList<TextSpan> blocks = {})
{
    Article article;
    article.path = u"test.txt"_s;
    article.text = text;
    article.blocks = std::move(blocks);
    return article;
}

QStringList sentenceTexts(const AnalyzedDocument &document)
{
    QStringList result;
    for (const Sentence &sentence : document.sentences)
        result.append(document.article.text.mid(sentence.span.start, sentence.span.length()));
    return result;
}

QStringList tokenTexts(const QString &text, const std::vector<Token> &tokens)
{
    QStringList result;
    for (const Token &token : tokens)
        result.append(text.mid(token.span.start, token.span.length()));
    return result;
}

// Blocks as the loader makes them for text that is not hard-wrapped.
QList<TextSpan> lineBlocks(const QString &text)
{
    QList<TextSpan> blocks;
    qsizetype start = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            blocks.append({start, start + line.size()});
        start += line.size() + 1;
    }
    return blocks;
}

} // namespace

class tst_DocumentAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesLanguage_data();
    void guessesLanguage();
    void forcedLanguageWins();
    void articleLanguageWinsOverGuess();
    void sentencesNeverCrossBlocks();
    void softLineBreakInsideBlock();
    void withoutBlocksEveryLineIsABlock();
    void tokensFollowTheKeyContract();
    void russianIsStemmedAsRussian();
    void cjkDocument();
    void tokenize();
    void badBlocksAreClampedOrSkipped();
    void emptyText();
    void sochiSample();
};

void tst_DocumentAnalyzer::guessesLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"The president said that the talks would go on. He did not say when."_s
                        << u"en"_s;
    QTest::newRow("de") << u"Der Präsident sagte, dass die Gespräche weitergehen. Er sagte nicht, wann."_s
                        << u"de"_s;
    QTest::newRow("ru") << u"Президент сказал, что переговоры продолжатся. Он не сказал, когда."_s << u"ru"_s;
    QTest::newRow("zh") << u"总统说谈判将继续。他没有说什么时候。"_s << u"zh"_s;
}

void tst_DocumentAnalyzer::guessesLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    DocumentAnalyzer analyzer;
    const AnalyzedDocument document = analyzer.analyze(articleOf(text));
    QCOMPARE(document.article.language, language);
    QCOMPARE(document.sentences.size(), size_t(2));
    QCOMPARE(document.article.text, text);
    QCOMPARE(document.article.path, u"test.txt"_s);
}

void tst_DocumentAnalyzer::forcedLanguageWins()
{
    DocumentAnalyzer analyzer(u"DE-at"_s);
    Article article = articleOf(u"The president said that the talks would go on."_s);
    article.language = u"fr"_s;
    QCOMPARE(analyzer.analyze(article).article.language, u"de"_s);
}

void tst_DocumentAnalyzer::articleLanguageWinsOverGuess()
{
    DocumentAnalyzer analyzer;
    Article article = articleOf(u"The president said that the talks would go on."_s);
    article.language = u"fr"_s;
    QCOMPARE(analyzer.analyze(article).article.language, u"fr"_s);
    article.language = u"en-US"_s;
    QCOMPARE(analyzer.analyze(article).article.language, u"en"_s);
}

void tst_DocumentAnalyzer::sentencesNeverCrossBlocks()
{
    const QString text
        = u"Assad meets Putin in Sochi\n\nThe two met on Thursday. They talked\nBy John Smith"_s;
    const qsizetype body = text.indexOf(u"The two");
    const qsizetype byline = text.indexOf(u"By John");
    DocumentAnalyzer analyzer(u"en"_s);
    const AnalyzedDocument document
        = analyzer.analyze(articleOf(text, {{0, 26}, {body, byline - 1}, {byline, text.size()}}));
    QCOMPARE(sentenceTexts(document),
             (QStringList {u"Assad meets Putin in Sochi"_s, u"The two met on Thursday."_s, u"They talked"_s,
                           u"By John Smith"_s}));
    for (const Sentence &sentence : document.sentences) {
        QVERIFY(!sentence.tokens.empty());
        for (const Token &token : sentence.tokens) {
            QVERIFY(token.span.start >= sentence.span.start);
            QVERIFY(token.span.end <= sentence.span.end);
        }
    }
    QCOMPARE(tokenTexts(text, document.sentences[2].tokens), (QStringList {u"They"_s, u"talked"_s}));
}

void tst_DocumentAnalyzer::softLineBreakInsideBlock()
{
    const QString text = u"The talks in Sochi went on\nfor hours. Then they ended."_s;
    DocumentAnalyzer analyzer(u"en"_s);
    const AnalyzedDocument document = analyzer.analyze(articleOf(text, {{0, text.size()}}));
    QCOMPARE(sentenceTexts(document),
             (QStringList {u"The talks in Sochi went on\nfor hours."_s, u"Then they ended."_s}));
    QCOMPARE(document.sentences[0].tokens.size(), size_t(8));
}

void tst_DocumentAnalyzer::withoutBlocksEveryLineIsABlock()
{
    const QString text = u"Headline here\nThe body starts. It goes on\n\nNext paragraph."_s;
    DocumentAnalyzer analyzer(u"en"_s);
    QCOMPARE(
        sentenceTexts(analyzer.analyze(articleOf(text))),
        (QStringList {u"Headline here"_s, u"The body starts."_s, u"It goes on"_s, u"Next paragraph."_s}));
}

void tst_DocumentAnalyzer::tokensFollowTheKeyContract()
{
    const QString text
        = u"\u201CWe won\u2019t stop,\u201D Assad\u2019s aide said \u2014 2,500 Ｆｕｌｌ victories."_s;
    DocumentAnalyzer analyzer;
    const AnalyzedDocument document = analyzer.analyze(articleOf(text));
    QCOMPARE(document.sentences.size(), size_t(1));
    const std::vector<Token> &tokens = document.sentences[0].tokens;
    QCOMPARE(tokenTexts(text, tokens),
             (QStringList {u"We"_s, u"won\u2019t"_s, u"stop"_s, u"Assad\u2019s"_s, u"aide"_s, u"said"_s,
                           u"2,500"_s, u"Ｆｕｌｌ"_s, u"victories"_s}));
    Normalizer normalizer(u"en"_s);
    for (const Token &token : tokens) {
        const QString folded = Normalizer::fold(QStringView(text).mid(token.span.start, token.span.length()));
        QCOMPARE(token.form, tokenKey(folded));
        QCOMPARE(token.stem, tokenKey(normalizer.stem(folded)));
    }
    QCOMPARE(tokens[1].flags, quint8(Token::StopWord | Token::Negation));
    QCOMPARE(tokens[3].stem, tokenKey(u"assad"));
    QCOMPARE(tokens[6].flags, quint8(Token::Number));
    QCOMPARE(tokens[7].form, tokenKey(u"full"));
    QCOMPARE(tokens[8].stem, tokenKey(u"victori"));
}

void tst_DocumentAnalyzer::russianIsStemmedAsRussian()
{
    const QString text = u"Президента России встретили в Сочи. Президент не говорил с журналистами."_s;
    DocumentAnalyzer analyzer;
    const AnalyzedDocument document = analyzer.analyze(articleOf(text));
    QCOMPARE(document.article.language, u"ru"_s);
    QCOMPARE(document.sentences.size(), size_t(2));
    const Token &inflected = document.sentences[0].tokens[0];
    const Token &plain = document.sentences[1].tokens[0];
    QVERIFY(inflected.form != plain.form);
    QCOMPARE(inflected.stem, plain.stem);
    QVERIFY(document.sentences[1].tokens[1].has(Token::Negation));
}

void tst_DocumentAnalyzer::cjkDocument()
{
    const QString text = u"東京は日本の首都です。私は学生です。"_s;
    DocumentAnalyzer analyzer;
    const AnalyzedDocument document = analyzer.analyze(articleOf(text));
    QCOMPARE(document.article.language, u"ja"_s);
    QCOMPARE(sentenceTexts(document), (QStringList {u"東京は日本の首都です。"_s, u"私は学生です。"_s}));
    QCOMPARE(tokenTexts(text, document.sentences[1].tokens),
             (QStringList {u"私"_s, u"は"_s, u"学生"_s, u"です"_s}));
    for (const Token &token : document.sentences[1].tokens)
        QCOMPARE(token.stem, token.form);
}

void tst_DocumentAnalyzer::tokenize()
{
    DocumentAnalyzer analyzer(u"de"_s);
    const QString text = u"Assad's men don't stop. They run."_s;
    const std::vector<Token> tokens = analyzer.tokenize(text, u"en"_s); // the given language wins
    QCOMPARE(tokenTexts(text, tokens),
             (QStringList {u"Assad's"_s, u"men"_s, u"don't"_s, u"stop"_s, u"They"_s, u"run"_s}));
    QVERIFY(tokens[2].has(Token::Negation));
    QVERIFY(tokens[4].has(Token::StopWord)); // "they" in the English list
    QCOMPARE(tokens[0].stem, tokenKey(u"assad"));
    QVERIFY(analyzer.tokenize(QString(), u"en"_s).empty());
    QVERIFY(analyzer.tokenize(u" ... "_s, QString()).empty());
}

void tst_DocumentAnalyzer::badBlocksAreClampedOrSkipped()
{
    const QString text = u"One sentence. Another one."_s;
    DocumentAnalyzer analyzer(u"en"_s);
    const AnalyzedDocument document
        = analyzer.analyze(articleOf(text, {{-5, 13}, {20, 10}, {14, 1000}, {500, 600}}));
    QCOMPARE(sentenceTexts(document), (QStringList {u"One sentence."_s, u"Another one."_s}));
}

void tst_DocumentAnalyzer::emptyText()
{
    DocumentAnalyzer analyzer;
    const AnalyzedDocument document = analyzer.analyze(articleOf(QString()));
    QVERIFY(document.sentences.empty());
    QCOMPARE(document.article.language, u"en"_s);
    QVERIFY(analyzer.analyze(articleOf(u"\n \n\t\n"_s)).sentences.empty());
}

void tst_DocumentAnalyzer::sochiSample()
{
    const QString directory = QStringLiteral(PARALLAX_SHARED_DIR "/samples/sochi-2018");
    const QStringList files = QDir(directory).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("../shared/samples/sochi-2018 is absent");
    DocumentAnalyzer analyzer;
    QStringList all;
    for (const QString &name : files) {
        QFile file(directory + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const AnalyzedDocument document = analyzer.analyze(articleOf(text, lineBlocks(text)));
        QCOMPARE(document.article.language, u"en"_s);
        QVERIFY(document.sentences.size() > 5);
        all += sentenceTexts(document);
    }
    const QString quote
        = u"\"After the military success (of the Syrian army in recent months), supplementary "
          u"conditions have been created which favor the start of a political process on a major "
          u"scale,\" Putin said in a statement after the meeting."_s;
    QVERIFY(all.contains(quote));
    const QString told
        = u"\"Stability is improving, and all that opens the doors to the political process, which "
          u"we started a while ago,\" Assad told Putin, according to a transcript posted on the "
          u"Kremlin's website."_s;
    QVERIFY(all.contains(told));
    for (const QString &sentence : std::as_const(all)) {
        QVERIFY2(!sentence.contains(u'\n'), qPrintable(sentence));
        QVERIFY2(sentence == sentence.trimmed(), qPrintable(sentence));
    }
}

QTEST_GUILESS_MAIN(tst_DocumentAnalyzer)
#include "tst_documentanalyzer.moc"
