#include "model/tokenkey.h"
#include "text/normalizer.h"
#include "text/stopwordlist.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

std::vector<Token> tokensOf(Normalizer &normalizer, const QString &word)
{
    std::vector<Token> tokens;
    normalizer.appendTokens(word, {0, word.size()}, tokens);
    return tokens;
}

} // namespace

class tst_Normalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void stem_data();
    void stem();
    void russianIsNeverStemmedAsEnglish();
    void flags_data();
    void flags();
    void keysFollowTheContract();
    void elisions();
    void stopWordListsLoad_data();
    void stopWordListsLoad();
    void unknownStopWordList();
};

void tst_Normalizer::fold_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("folded");

    QTest::newRow("ascii") << u"Hello"_s << u"hello"_s;
    QTest::newRow("curly apostrophe") << u"Assad\u2019s"_s << u"assad's"_s;
    QTest::newRow("modifier apostrophe") << u"don\u02BCt"_s << u"don't"_s;
    QTest::newRow("backtick") << u"don`t"_s << u"don't"_s;
    QTest::newRow("single quotes") << u"\u2018x\u2019"_s << u"'x'"_s;
    QTest::newRow("prime") << u"5\u2032"_s << u"5'"_s;
    QTest::newRow("double quotes") << u"\u201CQuoted\u201D"_s << u"\"quoted\""_s;
    QTest::newRow("low quote") << u"\u201Ehallo\u201C"_s << u"\"hallo\""_s;
    QTest::newRow("guillemets") << u"\u00ABнет\u00BB"_s << u"\"нет\""_s;
    QTest::newRow("em dash") << u"\u2014"_s << u"-"_s;
    QTest::newRow("en dash") << u"1990\u20132000"_s << u"1990-2000"_s;
    QTest::newRow("hyphen") << u"well\u2010known"_s << u"well-known"_s;
    QTest::newRow("minus") << u"\u22125"_s << u"-5"_s;
    QTest::newRow("fullwidth") << u"\uFF26\uFF55\uFF4C\uFF4C"_s << u"full"_s;
    QTest::newRow("ligature") << u"\uFB01ne"_s << u"fine"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("accents kept") << u"ÉCOLE"_s << u"école"_s;
    QTest::newRow("decomposed") << u"e\u0301cole"_s << u"école"_s;
    QTest::newRow("yo") << u"Ёлка"_s << u"елка"_s;
    QTest::newRow("soft hyphen dropped") << u"co\u00ADoperate"_s << u"cooperate"_s;
    QTest::newRow("greek") << u"ΣΟΦΙΑ"_s << u"σοφια"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Normalizer::fold()
{
    QFETCH(QString, word);
    QFETCH(QString, folded);
    QCOMPARE(Normalizer::fold(word), folded);
}

void tst_Normalizer::stem_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");

    QTest::newRow("en running") << u"en"_s << u"running"_s << u"run"_s;
    QTest::newRow("en victories") << u"en"_s << u"victories"_s << u"victori"_s;
    QTest::newRow("en possessive") << u"en"_s << u"Assad\u2019s"_s << u"assad"_s;
    QTest::newRow("en plural possessive") << u"en"_s << u"leaders'"_s << u"leader"_s;
    QTest::newRow("en number kept") << u"en"_s << u"1990s"_s << u"1990s"_s;
    QTest::newRow("ru") << u"ru"_s << u"президента"_s << u"президент"_s;
    QTest::newRow("ru yo") << u"ru"_s << u"Ёлками"_s << u"елк"_s;
    QTest::newRow("de") << u"de"_s << u"Häuser"_s << u"haus"_s;
    QTest::newRow("fr") << u"fr"_s << u"continuellement"_s << u"continuel"_s;
    QTest::newRow("es") << u"es"_s << u"políticas"_s << u"polit"_s;
    QTest::newRow("nb uses norwegian") << u"nb"_s << u"hendelsene"_s << u"hend"_s;
    QTest::newRow("zh unchanged") << u"zh"_s << u"公园"_s << u"公园"_s;
    QTest::newRow("unknown unchanged") << u"xx"_s << u"running"_s << u"running"_s;
}

void tst_Normalizer::stem()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(QString, stem);
    Normalizer normalizer(language);
    QCOMPARE(normalizer.stem(Normalizer::fold(word)), stem);
}

void tst_Normalizer::russianIsNeverStemmedAsEnglish()
{
    Normalizer russian(u"ru"_s);
    Normalizer english(u"en"_s);
    QVERIFY(russian.hasStemmer());
    const QString word = Normalizer::fold(u"встретились"_s);
    QCOMPARE(english.stem(word), word); // the English stemmer has no rule for Cyrillic
    QCOMPARE(russian.stem(word), u"встрет"_s);
    QVERIFY(!Normalizer(u"zh"_s).hasStemmer());
}

void tst_Normalizer::flags_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("flags");

    QTest::newRow("content") << u"en"_s << u"meeting"_s << 0;
    QTest::newRow("stop") << u"en"_s << u"the"_s << int(Token::StopWord);
    QTest::newRow("stop capitalized") << u"en"_s << u"The"_s << int(Token::StopWord | Token::Capitalized);
    QTest::newRow("name") << u"en"_s << u"Putin"_s << int(Token::Capitalized);
    QTest::newRow("acronym") << u"en"_s << u"UN"_s << int(Token::Capitalized);
    QTest::newRow("not") << u"en"_s << u"not"_s << int(Token::StopWord | Token::Negation);
    QTest::newRow("never") << u"en"_s << u"never"_s << int(Token::Negation);
    QTest::newRow("n't") << u"en"_s << u"don't"_s << int(Token::StopWord | Token::Negation);
    QTest::newRow("n't curly") << u"en"_s << u"Didn\u2019t"_s
                               << int(Token::StopWord | Token::Negation | Token::Capitalized);
    QTest::newRow("without") << u"en"_s << u"without"_s << int(Token::Negation);
    QTest::newRow("number") << u"en"_s << u"2,500"_s << int(Token::Number);
    QTest::newRow("decimal") << u"en"_s << u"4.4"_s << int(Token::Number);
    QTest::newRow("year") << u"en"_s << u"2011"_s << int(Token::Number);
    QTest::newRow("de nicht") << u"de"_s << u"nicht"_s << int(Token::StopWord | Token::Negation);
    QTest::newRow("de keine") << u"de"_s << u"keine"_s << int(Token::StopWord | Token::Negation);
    QTest::newRow("de noun") << u"de"_s << u"Lösung"_s << int(Token::Capitalized);
    QTest::newRow("ru не") << u"ru"_s << u"не"_s << int(Token::StopWord | Token::Negation);
    QTest::newRow("ru никогда") << u"ru"_s << u"Никогда"_s
                                << int(Token::StopWord | Token::Negation | Token::Capitalized);
    QTest::newRow("fr pas") << u"fr"_s << u"pas"_s << int(Token::StopWord | Token::Negation);
    QTest::newRow("es nunca") << u"es"_s << u"nunca"_s << int(Token::Negation);
    QTest::newRow("en word in ru doc") << u"ru"_s << u"the"_s << 0;
    QTest::newRow("zh") << u"zh"_s << u"公园"_s << 0;
}

void tst_Normalizer::flags()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(int, flags);
    Normalizer normalizer(language);
    const std::vector<Token> tokens = tokensOf(normalizer, word);
    QCOMPARE(tokens.size(), size_t(1));
    QCOMPARE(int(tokens.front().flags), flags);
}

void tst_Normalizer::keysFollowTheContract()
{
    Normalizer normalizer(u"en"_s);
    const QStringList words {u"Assad\u2019s"_s, u"Running"_s,  u"victories"_s,
                             u"2,500"_s,        u"Ｆｕｌｌ"_s, u"don't"_s};
    for (const QString &word : words) {
        const std::vector<Token> tokens = tokensOf(normalizer, word);
        QCOMPARE(tokens.size(), size_t(1));
        const QString folded = Normalizer::fold(word);
        QCOMPARE(tokens.front().form, tokenKey(folded));
        QCOMPARE(tokens.front().stem, tokenKey(normalizer.stem(folded)));
        QCOMPARE(tokens.front().span, (TextSpan {0, word.size()}));
    }
    // Same word, same keys, whatever the quotes and case.
    QCOMPARE(tokensOf(normalizer, u"ASSAD'S"_s).front().form,
             tokensOf(normalizer, u"Assad\u2019s"_s).front().form);
    QCOMPARE(tokensOf(normalizer, u"runs"_s).front().stem, tokensOf(normalizer, u"running"_s).front().stem);
    QVERIFY(tokensOf(normalizer, u"runs"_s).front().form != tokensOf(normalizer, u"running"_s).front().form);
}

void tst_Normalizer::elisions()
{
    Normalizer french(u"fr"_s);
    const QString text = u"n\u2019est"_s;
    std::vector<Token> tokens = tokensOf(french, text);
    QCOMPARE(tokens.size(), size_t(2));
    QCOMPARE(tokens[0].span, (TextSpan {0, 2}));
    QCOMPARE(tokens[1].span, (TextSpan {2, 5}));
    QCOMPARE(tokens[0].form, tokenKey(u"n"));
    QVERIFY(tokens[0].has(Token::Negation));
    QCOMPARE(tokens[1].form, tokenKey(u"est"));
    QVERIFY(tokens[1].has(Token::StopWord));

    QCOMPARE(tokensOf(french, u"aujourd'hui"_s).size(), size_t(1)); // not an elision
    Normalizer italian(u"it"_s);
    QCOMPARE(tokensOf(italian, u"dell'anno"_s).size(), size_t(2));
    Normalizer english(u"en"_s);
    QCOMPARE(tokensOf(english, u"l'homme"_s).size(), size_t(1)); // only where the language elides
}

void tst_Normalizer::stopWordListsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("stopWord");
    QTest::addColumn<QString>("contentWord");

    QTest::newRow("en") << u"en"_s << u"The"_s << u"meeting"_s;
    QTest::newRow("de") << u"de"_s << u"und"_s << u"Treffen"_s;
    QTest::newRow("fr") << u"fr"_s << u"avec"_s << u"réunion"_s;
    QTest::newRow("es") << u"es"_s << u"porque"_s << u"reunión"_s;
    QTest::newRow("it") << u"it"_s << u"perché"_s << u"riunione"_s;
    QTest::newRow("pt") << u"pt"_s << u"não"_s << u"reunião"_s;
    QTest::newRow("nl") << u"nl"_s << u"niet"_s << u"vergadering"_s;
    QTest::newRow("ru") << u"ru"_s << u"и"_s << u"встреча"_s;
    QTest::newRow("sv") << u"sv"_s << u"och"_s << u"möte"_s;
    QTest::newRow("da") << u"da"_s << u"og"_s << u"møde"_s;
    QTest::newRow("no") << u"no"_s << u"ikke"_s << u"møte"_s;
}

void tst_Normalizer::stopWordListsLoad()
{
    QFETCH(QString, language);
    QFETCH(QString, stopWord);
    QFETCH(QString, contentWord);
    const StopWordList list = StopWordList::load(language);
    QVERIFY(StopWordList::languages().contains(language));
    QVERIFY2(list.size() > 80, qPrintable(QString::number(list.size())));
    QVERIFY(list.contains(QStringView(stopWord)));
    QVERIFY(!list.contains(QStringView(contentWord)));
    QVERIFY(!list.contains(u"|"));
    QVERIFY(!list.contains(u""));
}

void tst_Normalizer::unknownStopWordList()
{
    QVERIFY(StopWordList::load(u"xx"_s).isEmpty());
    QVERIFY(StopWordList::load(u"../stopwords/en"_s).isEmpty());
    QVERIFY(StopWordList::load(QString()).isEmpty());
    QVERIFY(!StopWordList().contains(u"the"));
}

QTEST_GUILESS_MAIN(tst_Normalizer)
#include "tst_normalizer.moc"
