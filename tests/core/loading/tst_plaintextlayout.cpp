#include "loading/plaintextlayout.h"

#include <QTest>

using namespace parallax;

namespace {

QStringList blockTexts(const QString &text)
{
    QStringList result;
    for (const TextSpan &span : PlainTextLayout().blocks(text))
        result.append(text.sliced(span.start, span.length()));
    return result;
}

// A paragraph wrapped at 72 columns the way an e-mail client or Project
// Gutenberg wraps it (greedy: a line breaks where the next word does not fit).
QString wrap(const QString &paragraph, int width = 72)
{
    QString out;
    QString line;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += line + u'\n';
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    return out + line;
}

const QString LongParagraph = QStringLiteral(
    "The harbour commission met on Tuesday evening to discuss the future of the old ferry terminal, "
    "which has stood empty since the last crossing was cancelled three winters ago, and the members "
    "agreed after a long debate that a public consultation should open in the spring, with drawings "
    "of the three proposals shown in the library and at the market hall for a period of six weeks.");

const QString SecondParagraph = QStringLiteral(
    "Residents who attended the meeting asked whether the building could be kept as a covered market, "
    "an idea the commission said it would examine together with the two proposals for housing and the "
    "plan for a maritime museum that a local society has promoted for more than a decade.");

} // namespace

class TestPlainTextLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardWrappedParagraphIsOneBlock()
    {
        const QString text = wrap(LongParagraph) + u"\n\n" + wrap(SecondParagraph) + u'\n';
        QCOMPARE(PlainTextLayout().detectMode(text), PlainTextLayout::LineMode::HardWrapped);
        const QStringList blocks = blockTexts(text);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0], wrap(LongParagraph));
        QVERIFY(blocks[0].contains(u'\n')); // the text keeps its line breaks
        QCOMPARE(blocks[1], wrap(SecondParagraph));
    }

    void headlineInWrappedTextIsItsOwnBlock()
    {
        const QString text = QStringLiteral("Ferry terminal plans go on show\nBy a staff reporter\n")
            + wrap(LongParagraph) + u'\n' + wrap(SecondParagraph);
        QCOMPARE(PlainTextLayout().detectMode(text), PlainTextLayout::LineMode::HardWrapped);
        const QStringList blocks = blockTexts(text);
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks[0], QStringLiteral("Ferry terminal plans go on show"));
        QCOMPARE(blocks[1], QStringLiteral("By a staff reporter"));
        QCOMPARE(blocks[2], wrap(LongParagraph));
        QCOMPARE(blocks[3], wrap(SecondParagraph));
    }

    // Wrapped by a writer whose editor broke one line early (Clough-Stevenson
    // answers do): the short line stops mid-sentence before a lower-case word.
    void shortLineBeforeLowerCaseWordIsAWrap()
    {
        const QString early = QStringLiteral("An observer randomly sees a student from a\n"
                                             "distance and all he can see is that this student is wearing\n"
                                             "trousers and a coat that hides everything else he might wear.");
        const QString text = wrap(LongParagraph) + u"\n\n" + early + u"\n\n" + wrap(SecondParagraph);
        QCOMPARE(PlainTextLayout().detectMode(text), PlainTextLayout::LineMode::HardWrapped);
        const QStringList blocks = blockTexts(text);
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[1], early);
    }

    void versePerLineKeepsItsLines()
    {
        const QString text = QStringLiteral("The river runs beneath the hill,\n"
                                            "the mill wheel turns, the birds are still,\n"
                                            "and evening comes across the field,\n"
                                            "with all the light the day could yield.\n"
                                            "\n"
                                            "I walked along the water's edge,\n"
                                            "beside the reeds and through the hedge,\n");
        QCOMPARE(PlainTextLayout().detectMode(text), PlainTextLayout::LineMode::LinePerBlock);
        const QStringList blocks = blockTexts(text);
        QCOMPARE(blocks.size(), 6);
        QCOMPARE(blocks[1], QStringLiteral("the mill wheel turns, the birds are still,"));
        QCOMPARE(blocks[5], QStringLiteral("beside the reeds and through the hedge,"));
    }

    void paragraphPerLine()
    {
        const QString text = LongParagraph + u'\n' + SecondParagraph + u"\n\n   \n" + LongParagraph;
        QCOMPARE(PlainTextLayout().detectMode(text), PlainTextLayout::LineMode::LinePerBlock);
        const QList<TextSpan> blocks = PlainTextLayout().blocks(text);
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[1].start, LongParagraph.size() + 1);
        QCOMPARE(blocks[1].length(), SecondParagraph.size());
    }

    void sentencePerLineAtWrapWidthIsNotWrapped()
    {
        // Lines of similar length that each end a sentence are not wrapped prose.
        const QString text
            = QStringLiteral("The council approved the budget for the coming year on Monday.\n"
                             "Spending on roads will rise by four percent under the new plan.\n"
                             "The opposition said the increase was too small to matter much.\n"
                             "A final vote on the details is expected before the summer break.\n");
        QCOMPARE(PlainTextLayout().detectMode(text), PlainTextLayout::LineMode::LinePerBlock);
        QCOMPARE(blockTexts(text).size(), 4);
    }

    void blocksExcludeSurroundingWhitespace()
    {
        const QString text = QStringLiteral("  \n\t Headline here  \n\n  A line.\t\n");
        QCOMPARE(blockTexts(text),
                 (QStringList {QStringLiteral("Headline here"), QStringLiteral("A line.")}));
    }

    void whitespaceOnlyHasNoBlocks()
    {
        QVERIFY(PlainTextLayout().blocks(QStringLiteral(" \n\t\n  ")).isEmpty());
    }

    void terminalPunctuation_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("period") << QStringLiteral("It ended.") << true;
        QTest::newRow("quoted") << QStringLiteral("He said \"no.\"") << true;
        QTest::newRow("curly quoted") << QStringLiteral("He said “no!”  ") << true;
        QTest::newRow("comma") << QStringLiteral("the birds are still,") << false;
        QTest::newRow("headline") << QStringLiteral("Ferry plans on show") << false;
        QTest::newRow("ellipsis") << QStringLiteral("and then…") << true;
        QTest::newRow("empty") << QString() << false;
    }

    void terminalPunctuation()
    {
        QFETCH(QString, line);
        QFETCH(bool, terminal);
        QCOMPARE(PlainTextLayout::endsWithTerminalPunctuation(line), terminal);
    }
};

QTEST_GUILESS_MAIN(TestPlainTextLayout)
#include "tst_plaintextlayout.moc"
