#include "loading/markdownextractor.h"

#include <QTest>

using namespace parallax;

namespace {

QStringList blockTexts(const Article &article)
{
    QStringList result;
    for (const TextSpan &span : article.blocks)
        result.append(article.text.sliced(span.start, span.length()));
    return result;
}

} // namespace

class TestMarkdownExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("blocks");

        QTest::newRow("emphasis and links")
            << QStringLiteral(
                   "The *new* market opened on **Saturday** with [forty stalls](http://x.org) and `code`.")
            << QStringList {QStringLiteral("The new market opened on Saturday with forty stalls and code.")};
        QTest::newRow("headings and paragraphs")
            << QStringLiteral("# Title\n\nFirst paragraph.\n\n## Section\nSecond paragraph.\n")
            << QStringList {QStringLiteral("Title"), QStringLiteral("First paragraph."),
                            QStringLiteral("Section"), QStringLiteral("Second paragraph.")};
        QTest::newRow("soft breaks stay in one block")
            << QStringLiteral("A wrapped\nparagraph of text.")
            << QStringList {QStringLiteral("A wrapped\nparagraph of text.")};
        QTest::newRow("hard break splits")
            << QStringLiteral("Line one  \nLine two")
            << QStringList {QStringLiteral("Line one"), QStringLiteral("Line two")};
        QTest::newRow("lists") << QStringLiteral("- one\n- two\n  1. nested\n")
                               << QStringList {QStringLiteral("one"), QStringLiteral("two"),
                                               QStringLiteral("nested")};
        QTest::newRow("quote") << QStringLiteral("> Quoted words.\n> More.")
                               << QStringList {QStringLiteral("Quoted words.\nMore.")};
        QTest::newRow("code block kept") << QStringLiteral("```\nint x;\n  return x;\n```\n")
                                         << QStringList {QStringLiteral("int x;\n  return x;")};
        QTest::newRow("image alt text") << QStringLiteral("![A view of the stalls](a.jpg)")
                                        << QStringList {QStringLiteral("A view of the stalls")};
        QTest::newRow("entities") << QStringLiteral("Fish &amp; chips &mdash; &#8220;good&#x201D; &bogus;")
                                  << QStringList {
                                         QStringLiteral("Fish & chips \u2014 \u201Cgood\u201D &bogus;")};
        QTest::newRow("table rows") << QStringLiteral("| Stall | Rent |\n|---|---|\n| Fish | 40 |\n")
                                    << QStringList {QStringLiteral("Stall\tRent"),
                                                    QStringLiteral("Fish\t40")};
        QTest::newRow("raw html dropped")
            << QStringLiteral("<div>raw block</div>\n\nInline <span>html</span> span.")
            << QStringList {QStringLiteral("Inline html span.")};
        QTest::newRow("setext heading") << QStringLiteral("Heading\n=======\n\nText.")
                                        << QStringList {QStringLiteral("Heading"), QStringLiteral("Text.")};
    }

    void blocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, blocks);
        const Article article = MarkdownExtractor().extract(markdown);
        QCOMPARE(blockTexts(article), blocks);
        for (qsizetype i = 1; i < article.blocks.size(); ++i)
            QVERIFY(article.blocks[i - 1].end < article.blocks[i].start);
    }

    void paragraphsAreSeparatedByEmptyLine()
    {
        const Article article = MarkdownExtractor().extract(QStringLiteral("# T\n\nOne.\n\nTwo."));
        QCOMPARE(article.text, QStringLiteral("T\n\nOne.\n\nTwo."));
    }

    void title_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::newRow("first h1") << QStringLiteral("Intro.\n\n## Sub\n\n# The *Title*\n\n# Later")
                                  << QStringLiteral("The Title") << QString();
        QTest::newRow("front matter")
            << QStringLiteral("---\ntitle: \"Front matter title\"\ndate: 2022-08-09\n---\n\nText only.")
            << QStringLiteral("Front matter title") << QStringLiteral("2022-08-09");
        QTest::newRow("h1 wins over front matter")
            << QStringLiteral("---\ntitle: Meta\n---\n# Heading\n") << QStringLiteral("Heading") << QString();
        QTest::newRow("none") << QStringLiteral("Just text.") << QString() << QString();
    }

    void title()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, title);
        QFETCH(QString, date);
        const Article article = MarkdownExtractor().extract(markdown);
        QCOMPARE(article.title, title);
        QCOMPARE(article.date, date);
        QVERIFY(!article.text.contains(u"---"));
    }

    void decodeEntity_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("named") << QStringLiteral("&hellip;") << QStringLiteral("\u2026");
        QTest::newRow("decimal") << QStringLiteral("&#233;") << QStringLiteral("\u00E9");
        QTest::newRow("hex astral") << QStringLiteral("&#x1F600;") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("surrogate") << QStringLiteral("&#xD800;") << QStringLiteral("\uFFFD");
        QTest::newRow("unknown") << QStringLiteral("&nosuch;") << QStringLiteral("&nosuch;");
    }

    void decodeEntity()
    {
        QFETCH(QString, entity);
        QFETCH(QString, decoded);
        QCOMPARE(MarkdownExtractor::decodeEntity(entity), decoded);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExtractor)
#include "tst_markdownextractor.moc"
