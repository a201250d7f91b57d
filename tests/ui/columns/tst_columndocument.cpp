#include "columndocument.h"

#include <QTextDocument>
#include <QtTest>

using namespace parallax;

class TestColumnDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOneParagraphPerBlockAndMapsOffsets();
    void showsTheWholeTextWithoutBlocks();
};

namespace {

AnalyzedDocument documentOf(const QString &text, QList<TextSpan> blocks, std::vector<TextSpan> sentences)
{
    AnalyzedDocument document;
    document.article.text = text;
    document.article.blocks = std::move(blocks);
    for (const TextSpan &span : sentences)
        document.sentences.push_back(Sentence {span, {}});
    return document;
}

} // namespace

void TestColumnDocument::showsOneParagraphPerBlockAndMapsOffsets()
{
    // "Title" / wrapped paragraph with two sentences; the wrap becomes a space.
    const QString text = QStringLiteral("Title\n\nOne two.\nThree. Four.\n");
    const ColumnDocument column(documentOf(text, {{0, 5}, {7, 28}}, {{0, 5}, {7, 15}, {16, 22}, {23, 28}}));
    QTextDocument shown;
    column.fill(&shown);
    QCOMPARE(shown.blockCount(), 2);
    QCOMPARE(shown.toPlainText(), QStringLiteral("Title\nOne two. Three. Four."));
    QCOMPARE(column.toDocument(7), 6);
    QCOMPARE(column.toDocument(6), -1); // the empty line between paragraphs is not shown
    QCOMPARE(column.toText(6), qsizetype(7));
    QCOMPARE(column.toText(17), qsizetype(18));
    QCOMPARE(shown.characterAt(column.toDocument(16)), QLatin1Char('T'));
    QCOMPARE(column.sentenceAt(18), 2);
    QCOMPARE(column.sentenceAt(15), -1); // the space between sentences
    QCOMPARE(column.sentenceAtOrAfter(15), 2);
    QCOMPARE(column.sentenceAtOrAfter(29), -1);
}

void TestColumnDocument::showsTheWholeTextWithoutBlocks()
{
    const ColumnDocument column(documentOf(QStringLiteral("A b. C d."), {}, {{0, 4}, {5, 9}}));
    QTextDocument shown;
    column.fill(&shown);
    QCOMPARE(shown.toPlainText(), QStringLiteral("A b. C d."));
    QCOMPARE(column.toDocument(5), 5);
    QCOMPARE(column.sentenceAt(6), 1);
}

QTEST_MAIN(TestColumnDocument)
#include "tst_columndocument.moc"
