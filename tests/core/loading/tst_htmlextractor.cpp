#include "loading/htmlextractor.h"
#include "loading/htmlmetadatareader.h"

#include <QFile>
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

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA "/loading/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return file.readAll();
}

Article extract(const QByteArray &html)
{
    return HtmlExtractor().extract(html);
}

} // namespace

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newsPageKeepsTheArticleBody()
    {
        const Article article = extract(readData("news-article.html"));
        const QStringList expected {
            QStringLiteral("Old ferry terminal to become a covered market"),
            QStringLiteral("By Maren Holt, harbour correspondent"),
            QStringLiteral(
                "The harbour commission voted on Tuesday to turn the empty ferry terminal into a covered "
                "market, ending three years of debate about the future of the building."),
            QStringLiteral(
                "Commissioners backed the plan by seven votes to two after a four\u2011hour meeting in "
                "which residents, traders & the local heritage society spoke for and against it."),
            QStringLiteral(
                "\u201CThis building belongs to the town, and now the town will use it again,\u201D said "
                "commission chair Ilse Varga. She added that work could begin in the autumn."),
            QStringLiteral("The terminal has stood empty since the last crossing in 2021."),
            QStringLiteral("Traders welcome the decision"),
            QStringLiteral(
                "Stallholders at the open-air market on Quay Street, who have asked for a roof over "
                "their heads for more than a decade, welcomed the vote. Quay Street traders said the "
                "move would protect them from winter storms."),
            QStringLiteral(
                "We have waited a long time for this, and we are ready to move in the day the doors open."),
            QStringLiteral("The plan includes:"),
            QStringLiteral("forty permanent stalls on the ground floor, with space for seasonal sellers;"),
            QStringLiteral("a caf\u00E9 and a small exhibition about the ferry service on the upper floor."),
            QStringLiteral("The heritage society said it would ask for the original ticket hall"),
            QStringLiteral("and its tiled floor to be kept."),
            QStringLiteral(
                "The cost of the conversion, estimated at 2.4 million euros, will be shared between the "
                "town council and a regional development fund."),
        };
        QCOMPARE(blockTexts(article), expected);
        // Paragraphs are parted by an empty line, the lines around a <br> by a line break.
        QVERIFY(article.text.contains(u"in 2021.\n\nTraders welcome"));
        QVERIFY(article.text.contains(u"ticket hall\nand its tiled"));
    }

    void newsPageDropsBoilerplate_data()
    {
        QTest::addColumn<QString>("absent");
        for (const char *text :
             {"cookies", "Accept all", "Home", "Opinion and analysis", "Search the archive",
              "Share on Facebook", "Advertisement", "Related articles", "Ferry service ends", "Comments",
              "sensible use", "newsletter", "All rights reserved", "Privacy policy", "MUST NOT APPEAR",
              "Markets", "Share this article", "Summary text"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void newsPageDropsBoilerplate()
    {
        QFETCH(QString, absent);
        static const Article article = extract(readData("news-article.html"));
        QVERIFY2(!article.text.contains(absent), qPrintable(article.text));
    }

    void newsPageMetadata()
    {
        const Article article = extract(readData("news-article.html"));
        QCOMPARE(article.title, QStringLiteral("Old ferry terminal to become a covered market"));
        QCOMPARE(article.outlet, QStringLiteral("The Coastal Courier"));
        QCOMPARE(article.date, QStringLiteral("2024-03-14T09:30:00+01:00"));
    }

    void blogPostWithSidebarAndComments()
    {
        // WordPress-like: the headline is an <h2>, the sidebar has a comma-rich
        // "About us" paragraph, and comments outnumber the article's paragraphs.
        const Article article = extract(readData("blog-post.html"));
        const QStringList blocks = blockTexts(article);
        QCOMPARE(blocks.size(), 5);
        QCOMPARE(blocks[0], QStringLiteral("Lighthouse keepers return for one night"));
        QVERIFY(blocks[1].startsWith(u"Four former keepers"));
        QCOMPARE(
            blocks[3],
            QStringLiteral("\u201CYou never forget the sound of the wind up here,\u201D said Agnes "
                           "Moor, who served at the station from 1979 to 1993. \u201COr the stairs.\u201D"));
        QVERIFY(blocks[4].startsWith(u"The keepers signed"));
        for (const char *absent :
             {"Skip to content", "tide tables", "Share this", "Related", "grandfather", "Leave a Reply",
              "volunteer-run", "Recent Posts", "powered by", "Posted on"})
            QVERIFY2(!article.text.contains(QLatin1StringView(absent)), absent);
        QCOMPARE(article.title, QStringLiteral("Lighthouse keepers return for one night"));
        QCOMPARE(article.outlet, QStringLiteral("Northshore Gazette"));
        QCOMPARE(article.date, QStringLiteral("2023-09-30T18:45:00"));
    }

    void brokenMarkupStillYieldsText()
    {
        const Article article = extract(readData("broken-page.htm"));
        const QStringList blocks = blockTexts(article);
        QCOMPARE(article.title, QStringLiteral("Broken markup still has text"));
        QCOMPARE(blocks.value(0), QStringLiteral("Storm closes the coast road"));
        QVERIFY(blocks.contains(
            QStringLiteral("Two fallen trees blocked the road near the lighthouse, and a section "
                           "of the sea wall was badly damaged by the waves.")));
        QVERIFY(blocks.contains(
            QStringLiteral("The county said repairs would cost \u00A3300,000 & take at least a week")));
        QCOMPARE(blocks.last(), QStringLiteral("Updates will be posted on the council website"));
    }

    void divLayoutWithoutSemanticTags()
    {
        // No <article>, no <main>: the paragraph-rich column wins over the
        // teaser box, whose paragraphs are just as comma-rich but short and linked.
        const QByteArray html
            = R"(<html><head><title>Council approves new cycle lanes - Riverside Daily</title>
<meta name="application-name" content="Riverside Daily"><meta name="date" content="March 3, 2023"></head>
<body><div id="wrap">
 <div class="top-bar"><a href="/">Riverside Daily</a> <a href="/login">Log in</a></div>
 <div class="row">
  <div class="col-8">
   <div class="txt">
    <p>The city council approved a network of protected cycle lanes on Thursday, linking the university, the station and the old market square.</p>
    <p>The first section, along Mill Road, will be built this summer, while the remaining routes are planned for next year, subject to funding.</p>
    <p>Opponents argued that the lanes would remove parking spaces, slow buses and hurt shops, but the vote passed with a comfortable majority.</p>
   </div>
  </div>
  <div class="col-4"><div class="box"><h4>Most read</h4>
    <div class="teaser"><a href="/1">Flooding hits low-lying streets again</a><p>Residents, shop owners and the fire service spent the night pumping water, clearing drains and moving stock.</p></div>
  </div></div>
 </div>
 <div class="bottom"><p>Riverside Daily, 12 Bridge Street. Call us, write to us, or visit the newsroom.</p></div>
</div></body></html>)";
        const Article article = extract(html);
        const QStringList blocks = blockTexts(article);
        QCOMPARE(blocks.size(), 3);
        QVERIFY(blocks[0].startsWith(u"The city council approved"));
        QVERIFY(blocks[2].startsWith(u"Opponents argued"));
        QCOMPARE(article.title, QStringLiteral("Council approves new cycle lanes"));
        QCOMPARE(article.outlet, QStringLiteral("Riverside Daily"));
        QCOMPARE(article.date, QStringLiteral("2023-03-03"));
    }

    void plainBodyFallsBackToWholeBody()
    {
        const Article article = extract(
            "<html><body><h1>A simple page</h1><p>Short one.</p><p>Another line.</p></body></html>");
        QCOMPARE(blockTexts(article),
                 (QStringList {QStringLiteral("A simple page"), QStringLiteral("Short one."),
                               QStringLiteral("Another line.")}));
        QCOMPARE(article.title, QStringLiteral("A simple page")); // the <h1>, for want of a <title>
    }

    void inlineMarkupAndWhitespace()
    {
        const Article article
            = extract("<p>  Some <b>bold</b>,<i> italic</i>\n and <a href=x>linked</a>\t"
                      "text&nbsp;&amp;&#8220;entities&#x201D;&hellip;</p><pre>line one\n  line two</pre>"
                      "<p>soft&shy;hyphen</p>");
        QCOMPARE(
            blockTexts(article),
            (QStringList {QStringLiteral("Some bold, italic and linked text &\u201Centities\u201D\u2026"),
                          QStringLiteral("line one\n  line two"), QStringLiteral("softhyphen")}));
    }

    void tableCellsAndListItemsAreBlocks()
    {
        const Article article
            = extract("<body><table><tr><td>First cell text</td><td>Second cell text</td></tr></table>"
                      "<ol><li>One item</li><li>Two <em>items</em></li></ol></body>");
        QCOMPARE(blockTexts(article),
                 (QStringList {QStringLiteral("First cell text"), QStringLiteral("Second cell text"),
                               QStringLiteral("One item"), QStringLiteral("Two items")}));
    }

    void formControlsAndHiddenTextDropped()
    {
        const Article article
            = extract("<body><p>Visible paragraph of text.</p><form><label>Name</label><input "
                      "value=x><select><option>Pick "
                      "me</option></select><textarea>Typed text</textarea><button>Send</button></form>"
                      "<div hidden>Hidden one</div><p aria-hidden=\"true\">Hidden two</p></body>");
        QCOMPARE(blockTexts(article), QStringList {QStringLiteral("Visible paragraph of text.")});
    }

    void pageWithoutTextHasNoBlocks()
    {
        const Article article = extract("<html><head><script>var x = 1;</script></head><body><img src=a.png>"
                                        "<!-- nothing --></body></html>");
        QVERIFY(article.blocks.isEmpty());
        QVERIFY(article.text.isEmpty());
    }

    void metadataSources_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("date");

        QTest::newRow("og") << QByteArray(
            "<title>Quake shakes the valley | Valley News</title>"
            "<meta property=\"og:site_name\" content=\"Valley News\">"
            "<meta property=\"article:published_time\" content=\"2020-06-01T08:00:00Z\">")
                            << QStringLiteral("Quake shakes the valley") << QStringLiteral("Valley News")
                            << QStringLiteral("2020-06-01T08:00:00Z");
        QTest::newRow("json-ld") << QByteArray(
            "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": "
            "\"NewsArticle\", \"headline\": \"Dam opens\", \"datePublished\": "
            "\"2019-11-02\", \"publisher\": {\"name\": \"Daily Dam\"}}]}</script>")
                                 << QStringLiteral("Dam opens") << QStringLiteral("Daily Dam")
                                 << QStringLiteral("2019-11-02");
        QTest::newRow("og title when site unknown")
            << QByteArray("<title>Quake shakes the valley | Region | Valley News</title>"
                          "<meta property=\"og:title\" content=\"Quake shakes the valley\">")
            << QStringLiteral("Quake shakes the valley") << QString() << QString();
        QTest::newRow("rfc 2822 date")
            << QByteArray("<title>T</title><meta name=\"pubdate\" content=\"Thu, 17 May "
                          "2018 10:30:00 +0000\">")
            << QStringLiteral("T") << QString() << QStringLiteral("2018-05-17T10:30:00Z");
        QTest::newRow("time element")
            << QByteArray("<title>T</title></head><body><time datetime=\"2021-02-03T04:05:06+02:00\">"
                          "Feb 3</time>")
            << QStringLiteral("T") << QString() << QStringLiteral("2021-02-03T04:05:06+02:00");
        QTest::newRow("unparseable date kept")
            << QByteArray("<title>T</title><meta name=\"date\" content=\"last Tuesday\">")
            << QStringLiteral("T") << QString() << QStringLiteral("last Tuesday");
        QTest::newRow("publisher url ignored")
            << QByteArray("<title>T</title><meta property=\"article:publisher\" "
                          "content=\"https://facebook.com/x\">")
            << QStringLiteral("T") << QString() << QString();
    }

    void metadataSources()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QString, date);
        const Article article
            = extract("<html><head>" + head + "</head><body><p>Body text.</p></body></html>");
        QCOMPARE(article.title, title);
        QCOMPARE(article.outlet, outlet);
        QCOMPARE(article.date, date);
    }

    void cleanTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("clean");
        QTest::newRow("suffix") << QStringLiteral("Dam opens | Daily Dam") << QStringLiteral("Daily Dam")
                                << QStringLiteral("Dam opens");
        QTest::newRow("prefix") << QStringLiteral("Daily Dam - Dam opens") << QStringLiteral("daily dam")
                                << QStringLiteral("Dam opens");
        QTest::newRow("dash in headline")
            << QStringLiteral("Dam opens - finally") << QStringLiteral("Daily Dam")
            << QStringLiteral("Dam opens - finally");
        QTest::newRow("no outlet") << QStringLiteral("  Dam\n opens ") << QString()
                                   << QStringLiteral("Dam opens");
    }

    void cleanTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QString, clean);
        QCOMPARE(HtmlMetadataReader::cleanTitle(title, outlet), clean);
    }
};

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
