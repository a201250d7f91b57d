#include "loading/contentselector.h"

#include <QTest>

using namespace parallax;

namespace {

// Builds an HtmlDocument by hand: elements with parents, blocks with owners.
class DocumentBuilder
{
public:
    int element(int parent, std::string_view tag, const char *hints = "")
    {
        m_document.elements.push_back(HtmlElement {parent, tag, QString::fromUtf8(hints), QString()});
        const int index = int(m_document.elements.size()) - 1;
        if (tag == "body")
            m_document.body = index;
        return index;
    }

    int block(int owner, const QString &text, qsizetype linkChars = 0)
    {
        m_document.blocks.push_back(HtmlBlock {text, linkChars, owner, false});
        return int(m_document.blocks.size()) - 1;
    }

    const HtmlDocument &document() const { return m_document; }

private:
    HtmlDocument m_document;
};

QString paragraph(int n)
{
    return QStringLiteral(
               "Paragraph %1 of the story, with commas, clauses, and enough words to count as real "
               "content for the scorer.")
        .arg(n);
}

} // namespace

class TestContentSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hintWeight_data()
    {
        QTest::addColumn<QString>("hints");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("weight");
        QTest::newRow("none") << QString() << QString() << 0;
        QTest::newRow("article body") << QStringLiteral("article-body") << QString() << 25;
        QTest::newRow("story") << QStringLiteral("story") << QString() << 25;
        QTest::newRow("sidebar") << QStringLiteral("col sidebarleft") << QString() << -25;
        QTest::newRow("share bar") << QStringLiteral("share-bar") << QString() << -25;
        QTest::newRow("ad word") << QStringLiteral("ad-slot") << QString() << -25;
        QTest::newRow("ad inside word") << QStringLiteral("headline-area") << QString() << 25;
        QTest::newRow("cookie") << QStringLiteral("cookie-banner gdpr-consent") << QString() << -25;
        QTest::newRow("mixed") << QStringLiteral("main-content has-sidebar") << QString() << 0;
        QTest::newRow("bootstrap hidden-xs") << QStringLiteral("col-md-8 hidden-xs") << QString() << 0;
        QTest::newRow("screen reader only") << QStringLiteral("sr-only") << QString() << -25;
        QTest::newRow("role navigation") << QString() << QStringLiteral("navigation") << -25;
        QTest::newRow("role main") << QString() << QStringLiteral("main") << 25;
    }

    void hintWeight()
    {
        QFETCH(QString, hints);
        QFETCH(QString, role);
        QFETCH(int, weight);
        QCOMPARE(ContentSelector::hintWeight(HtmlElement {-1, "div", hints, role}), weight);
    }

    void bestContainerWins()
    {
        DocumentBuilder b;
        const int body = b.element(-1, "body");
        const int nav = b.element(body, "div", "menu");
        b.block(b.element(nav, "li"), QStringLiteral("Home"), 4);
        const int story = b.element(body, "div", "entry");
        std::vector<int> expected;
        for (int i = 0; i < 4; ++i)
            expected.push_back(b.block(b.element(story, "p"), paragraph(i)));
        const int teasers = b.element(body, "div");
        b.block(b.element(teasers, "p"),
                QStringLiteral("A teaser, with, commas, to tempt the scorer, but linked."), 40);
        QCOMPARE(ContentSelector().select(b.document()), expected);
    }

    void linkHeavyBlocksInsideContentAreDropped()
    {
        DocumentBuilder b;
        const int body = b.element(-1, "body");
        const int article = b.element(body, "article");
        const int first = b.block(b.element(article, "p"), paragraph(1));
        const int list = b.element(article, "ul");
        b.block(b.element(list, "li"), QStringLiteral("Another story entirely, a link"), 30);
        b.block(b.element(list, "li"), QStringLiteral("Yet another story, also a link"), 30);
        const int second = b.block(b.element(article, "p"), paragraph(2));
        const int footer = b.element(article, "footer");
        b.block(b.element(footer, "p"),
                QStringLiteral("Share this story with your friends, family and neighbours."));
        QCOMPARE(ContentSelector().select(b.document()), (std::vector<int> {first, second}));
    }

    void siblingsThatScoreWellAreKept()
    {
        // An advert splits the story into two containers of the same class.
        DocumentBuilder b;
        const int body = b.element(-1, "body");
        const int wrapper = b.element(body, "div");
        const int part1 = b.element(wrapper, "div", "text-block");
        std::vector<int> expected;
        for (int i = 0; i < 5; ++i)
            expected.push_back(b.block(b.element(part1, "p"), paragraph(i)));
        const int ad = b.element(wrapper, "div", "ad");
        b.block(ad, QStringLiteral("Advertisement"));
        const int part2 = b.element(wrapper, "div", "text-block");
        for (int i = 5; i < 7; ++i)
            expected.push_back(b.block(b.element(part2, "p"), paragraph(i)));
        QCOMPARE(ContentSelector().select(b.document()), expected);
    }

    void siblingParagraphsAreKept()
    {
        DocumentBuilder b;
        const int body = b.element(-1, "body");
        const int story = b.element(body, "div");
        std::vector<int> expected;
        for (int i = 0; i < 4; ++i)
            expected.push_back(b.block(b.element(story, "p"), paragraph(i)));
        expected.push_back(b.block(b.element(body, "p"), QStringLiteral("A closing note.")));
        b.block(b.element(body, "p"), QStringLiteral("Follow us"), 9);
        QCOMPARE(ContentSelector().select(b.document()), expected);
    }

    void headlineMatchingTheTitle()
    {
        DocumentBuilder b;
        const int body = b.element(-1, "body");
        b.block(b.element(body, "h3"), QStringLiteral("Other heading"));
        const int headline = b.block(b.element(body, "h2"), QStringLiteral("The  Title"));
        const int story = b.element(body, "div");
        const int p1 = b.block(b.element(story, "p"), paragraph(1));
        const int p2 = b.block(b.element(story, "p"), paragraph(2));
        QCOMPARE(ContentSelector().select(b.document(), QStringLiteral("the title")),
                 (std::vector<int> {headline, p1, p2}));
        QCOMPARE(ContentSelector().select(b.document()), (std::vector<int> {p1, p2}));
    }

    void headlineAboveContentIsPrepended()
    {
        DocumentBuilder b;
        const int body = b.element(-1, "body");
        const int header = b.element(body, "div", "page-head");
        const int headline = b.block(b.element(header, "h1"), QStringLiteral("The headline"));
        const int story = b.element(body, "div");
        const int p1 = b.block(b.element(story, "p"), paragraph(1));
        const int p2 = b.block(b.element(story, "p"), paragraph(2));
        QCOMPARE(ContentSelector().select(b.document()), (std::vector<int> {headline, p1, p2}));
    }

    void shortPageFallsBackToBody()
    {
        DocumentBuilder b;
        const int body = b.element(-1, "body");
        const int a = b.block(b.element(body, "p"), QStringLiteral("Short."));
        const int c = b.block(b.element(body, "p"), QStringLiteral("Also short."));
        QCOMPARE(ContentSelector().select(b.document()), (std::vector<int> {a, c}));
    }

    void emptyDocument() { QVERIFY(ContentSelector().select(HtmlDocument()).empty()); }
};

QTEST_GUILESS_MAIN(TestContentSelector)
#include "tst_contentselector.moc"
