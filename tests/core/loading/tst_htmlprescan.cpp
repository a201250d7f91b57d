#include "loading/htmlprescan.h"

#include <QTest>

using namespace parallax;

class TestHtmlPrescan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void declaredCharset_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("meta charset")
            << QByteArray("<html><head><meta charset=\"windows-1251\">") << QByteArray("windows-1251");
        QTest::newRow("unquoted") << QByteArray("<META CHARSET=koi8-r>") << QByteArray("koi8-r");
        QTest::newRow("http-equiv") << QByteArray(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
                                    << QByteArray("ISO-8859-1");
        QTest::newRow("content first")
            << QByteArray("<meta content='text/html;charset=utf-8' http-equiv='content-type'>")
            << QByteArray("utf-8");
        QTest::newRow("http-equiv other")
            << QByteArray("<meta http-equiv=\"refresh\" content=\"5; charset=x\">") << QByteArray();
        QTest::newRow("in comment") << QByteArray(
            "<!-- <meta charset=\"koi8-r\"> --><meta charset=\"utf-8\">")
                                    << QByteArray("utf-8");
        QTest::newRow("xml declaration")
            << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1250\"?><html>")
            << QByteArray("windows-1250");
        QTest::newRow("metadata not meta") << QByteArray("<metadata charset=\"koi8-r\">") << QByteArray();
        QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QByteArray();
    }

    void declaredCharset()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, charset);
        QCOMPARE(HtmlPrescan().declaredCharset(html), charset);
    }

    void nesting_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<bool>("tooDeep");
        QTest::newRow("flat page") << QByteArray(
            "<html><body><div><p>a<p>b<br><img src=x></div></body></html>")
                                   << false;
        QTest::newRow("100000 divs") << QByteArray("<div>").repeated(100000) << true;
        QTest::newRow("100000 closed divs") << QByteArray("<div></div>").repeated(100000) << false;
        QTest::newRow("500 divs") << QByteArray("<div>").repeated(500) << false;
        QTest::newRow("100000 unclosed b") << QByteArray("<b>").repeated(100000) << true;
        QTest::newRow("100000 paragraphs") << QByteArray("<p>text").repeated(100000) << false;
        QTest::newRow("100000 list items")
            << QByteArray("<ul>") + QByteArray("<li>item").repeated(100000) << false;
        QTest::newRow("tags in script")
            << QByteArray("<script>") + QByteArray("<div>").repeated(1000) + "</script>" << false;
        QTest::newRow("tags in comment")
            << QByteArray("<!--") + QByteArray("<div>").repeated(1000) + "-->" << false;
        QTest::newRow("self-closing")
            << QByteArray("<svg>") + QByteArray("<path d='x'/>").repeated(1000) << false;
    }

    void nesting()
    {
        QFETCH(QByteArray, html);
        QFETCH(bool, tooDeep);
        QCOMPARE(HtmlPrescan().nestsDeeperThan(html, 512), tooDeep);
    }
};

QTEST_GUILESS_MAIN(TestHtmlPrescan)
#include "tst_htmlprescan.moc"
