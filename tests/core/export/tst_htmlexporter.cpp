// The HTML export: escaping of untrusted text (checked on the parsed page),
// self-containment, structure, the CSP hashes and deterministic output.

#include "export/htmlexporter.h"
#include "export/htmltemplate.h"
#include "matching/comparisonjob.h"

#include <gumbo.h>

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

const QDateTime exportDate(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC);

// Text of one document: three sentences, two in the first paragraph. The
// payload sits in every sentence, so it lands inside the diff spans too.
struct Layout
{
    QString text;
    std::vector<TextSpan> sentences;
    TextSpan payload0; // the payload inside the first sentence
};

Layout layout(const QString &first, const QString &payload)
{
    const QStringList parts {first + payload + u".", u"The mayor spoke "_s + payload + u".",
                             u"Only here "_s + payload + u"."};
    Layout result;
    result.text = parts[0] + u' ' + parts[1] + u"\n\n" + parts[2];
    const qsizetype second = parts[0].size() + 1;
    const qsizetype third = second + parts[1].size() + 2;
    result.sentences
        = {{0, parts[0].size()}, {second, second + parts[1].size()}, {third, third + parts[2].size()}};
    result.payload0 = {first.size(), first.size() + payload.size()};
    return result;
}

AnalyzedDocument document(const Layout &layout, const QString &payload, int index)
{
    AnalyzedDocument result;
    Article &article = result.article;
    article.path = u"dir/%1/%2.txt"_s.arg(index).arg(payload);
    article.title = u"Title "_s + payload;
    article.outlet = u"Outlet "_s + payload;
    article.date = u"2024-05-01 "_s + payload;
    article.language = index == 0 ? u"en"_s : payload;
    article.text = layout.text;
    article.blocks = {{0, layout.sentences[1].end}, layout.sentences[2]};
    for (const TextSpan &span : layout.sentences)
        result.sentences.push_back(Sentence {span, {}});
    return result;
}

// Two documents with the same structure whatever the payload: a shared pair
// (with a conflict and a word diff over the payload), a paraphrased pair and
// a unique sentence each; an input error mentioning the payload.
Comparison withPayload(const QString &payload)
{
    const Layout a = layout(u"Fire at the mill "_s, payload);
    const Layout b = layout(u"Fire at the old mill "_s, payload);
    Comparison c;
    c.documents = {document(a, payload, 0), document(b, payload, 1)};
    using K = DiffOp::Kind;
    Link shared {0, {0, 0}, {1, 0}, Relation::Shared, 0.9, false, {u"number"_s}, {}};
    shared.diff = {DiffOp {K::Equal, {0, 12}, {0, 12}}, DiffOp {K::Insert, {}, {12, 16}},
                   DiffOp {K::Delete, a.payload0, {}}, DiffOp {K::Insert, {}, b.payload0}};
    Link paraphrased {1, {0, 1}, {1, 1}, Relation::Paraphrased, 0.6, false, {}, {}};
    c.links = {shared, paraphrased};
    const auto matched = [](SentenceStatus status, int cluster, int document, int sentence, Relation relation,
                            double score, int link) {
        return SentenceResult {status, cluster, {Match {document, sentence, relation, score, link}}};
    };
    c.sentences
        = {{matched(SentenceStatus::Shared, 0, 1, 0, Relation::Shared, 0.9, 0),
            matched(SentenceStatus::Paraphrased, 1, 1, 1, Relation::Paraphrased, 0.6, 1), SentenceResult {}},
           {matched(SentenceStatus::Shared, 0, 0, 0, Relation::Shared, 0.9, 0),
            matched(SentenceStatus::Paraphrased, 1, 0, 1, Relation::Paraphrased, 0.6, 1), SentenceResult {}}};
    c.clusters = {Cluster {0, {{0, 0}, {1, 0}}}, Cluster {1, {{0, 1}, {1, 1}}}};
    c.pairs = {PairSummary {0, 1, 1, 1, 0.7, 0.6}};
    c.errors = {Error {u"bad/"_s + payload, u"cannot read "_s + payload}};
    return c;
}

QString exportPage(const Comparison &comparison)
{
    HtmlExporter exporter;
    exporter.setExportDate(exportDate);
    return exporter.page(comparison);
}

// What the parser built: element names, (element, attribute) pairs, all text,
// and every attribute as (element, name, value).
struct Parsed
{
    QSet<QString> shape;
    QString text;
    QList<std::tuple<QString, QString, QString>> attributes;
    QList<QString> elements; // in document order
};

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    return QString::fromUtf8(original.data, qsizetype(original.length)).toLower();
}

void collect(const GumboNode *node, Parsed &parsed)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA) {
        parsed.text += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) {
        if (node->type == GUMBO_NODE_COMMENT)
            parsed.shape.insert(u"#comment"_s);
        return;
    }
    const GumboElement &element = node->v.element;
    const QString tag = tagName(element);
    parsed.shape.insert(tag);
    parsed.elements.append(tag);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString name = QString::fromUtf8(attribute->name);
        parsed.shape.insert(tag + u'@' + name);
        parsed.attributes.append({tag, name, QString::fromUtf8(attribute->value)});
    }
    for (unsigned i = 0; i < element.children.length; ++i)
        collect(static_cast<const GumboNode *>(element.children.data[i]), parsed);
}

Parsed parse(const QString &page)
{
    const QByteArray bytes = page.toUtf8();
    GumboOutput *output
        = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
    Parsed parsed;
    collect(output->root, parsed);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return parsed;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QString between(const QString &page, const QString &open, const QString &close)
{
    const qsizetype start = page.indexOf(open);
    const qsizetype end = page.indexOf(close, start + open.size());
    return start < 0 || end < 0 ? QString() : page.mid(start + open.size(), end - start - open.size());
}

Comparison sampleComparison()
{
    QStringList paths;
    for (const QString &name :
         {u"kesterton-courier.txt"_s, u"northwire.txt"_s, u"radio-kesterton.md"_s, u"valley-ledger.html"_s})
        paths << QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/") + name;
    ComparisonOptions options;
    options.threads = 1;
    return ComparisonJob(ComparisonInput {paths, {}}, options).run();
}

} // namespace

class tst_HtmlExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void selfContained();
    void structure();
    void wordDifferences();
    void contentSecurityPolicyHashes();
    void deterministicWithInjectedDate();
    void rightToLeftAndLanguage_data();
    void rightToLeftAndLanguage();
    void placeholdersInTextStayText();
    void writesUtf8ToDevice();
    void emptyComparison();

private:
    QString m_benign = exportPage(withPayload(u"plain words"_s));
};

void tst_HtmlExporter::escaping_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("script") << u"<script>alert(1)</script>"_s;
    QTest::newRow("img onerror") << u"<img src=x onerror=alert(1)>"_s;
    QTest::newRow("end of style") << u"</style><script>alert(1)</script><style>"_s;
    QTest::newRow("attribute breakout") << u"\"><svg onload=alert(1)>"_s;
    QTest::newRow("single-quoted breakout") << u"'><svg onload=alert(1)>"_s;
    QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">click</a> javascript:alert(1)"_s;
    QTest::newRow("cdata end") << u"]]><script>alert(1)</script><![CDATA[x]]>"_s;
    QTest::newRow("end of script") << u"</script><script>alert(1)</script>"_s;
    QTest::newRow("line separators") << u"a\u2028b\u2029<b>c</b>"_s;
    QTest::newRow("base and meta")
        << u"<base href=\"https://evil.example/\"><meta http-equiv=refresh content=0>"_s;
    QTest::newRow("comment") << u"<!-- x --><iframe srcdoc=\"<script>alert(1)</script>\">"_s;
    QTest::newRow("entities") << u"&lt;script&gt; &amp; &#60;"_s;
    QTest::newRow("style attribute") << u"<p style=\"background:url(https://evil.example/x)\">x</p>"_s;
}

// Whatever the article text, title, path, outlet, date, language or an
// error message hold, the parsed page has exactly the elements and
// attributes of a benign page, and the payload reads back as text.
void tst_HtmlExporter::escaping()
{
    QFETCH(QString, payload);
    const QString page = exportPage(withPayload(payload));
    const Parsed parsed = parse(page);
    const Parsed benign = parse(m_benign);
    QCOMPARE(sorted(parsed.shape), sorted(benign.shape));
    QCOMPARE(parsed.elements.count(u"script"_s), 1);
    QVERIFY2(parsed.text.contains(payload), qPrintable(payload));
    for (const auto &[tag, name, value] : parsed.attributes) {
        if (name == u"href" || name == u"src")
            QVERIFY2(value.startsWith(u'#'), qPrintable(tag + u' ' + name + u'=' + value));
        QVERIFY2(!name.startsWith(u"on"), qPrintable(name));
    }
}

// Nothing is fetched: no src, srcset, url(), @import or <base, and links only to
// fragments. Checked on the raw bytes of the bundled sample's export.
void tst_HtmlExporter::selfContained()
{
    const QString page = exportPage(sampleComparison());
    QVERIFY(page.contains(u"class=\"s shared"_s));
    static const QRegularExpression href(u"href\\s*=\\s*\"?([^\"\\s>]*)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    int fragments = 0;
    for (auto it = href.globalMatch(page); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(u'#'), qPrintable(target));
        ++fragments;
    }
    QVERIFY(fragments > 0);
    for (const QString &pattern : {u"\\bsrc\\s*="_s, u"srcset"_s, u"url\\s*\\("_s, u"@import"_s, u"<base"_s,
                                   u"https?:"_s, u"//[a-z]"_s, u"\\sstyle\\s*="_s, u"\\son[a-z]+\\s*="_s}) {
        const QRegularExpression forbidden(pattern, QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = forbidden.match(page);
        QVERIFY2(!match.hasMatch(),
                 qPrintable(pattern + u": …"_s + page.mid(match.capturedStart() - 40, 80)));
    }
    QVERIFY(page.contains(u"<meta charset=\"utf-8\">"_s));
}

// One column per article, one element per sentence carrying its status.
void tst_HtmlExporter::structure()
{
    const Comparison comparison = sampleComparison();
    const QString page = exportPage(comparison);
    QCOMPARE(int(page.count(u"<section class=\"column\""_s)), int(comparison.documents.size()));
    for (size_t d = 0; d < comparison.documents.size(); ++d) {
        QVERIFY(page.contains(u"id=\"doc-%1\""_s.arg(d)));
        for (size_t s = 0; s < comparison.documents[d].sentences.size(); ++s) {
            const SentenceResult &result = comparison.sentences[d][s];
            const QString id = u"id=\"s-%1-%2\""_s.arg(d).arg(s);
            QCOMPARE(int(page.count(id)), 1);
            const qsizetype at = page.indexOf(id);
            const qsizetype tagStart = page.lastIndexOf(u'<', at);
            QVERIFY2(QStringView(page)
                         .mid(tagStart, at - tagStart)
                         .contains(statusName(result.status).prepend(u"s ")),
                     qPrintable(id));
            QStringList partners;
            for (const Match &match : result.matches)
                partners << u"s-%1-%2"_s.arg(match.document).arg(match.sentence);
            const qsizetype tagEnd = page.indexOf(u'>', at);
            QVERIFY2(QStringView(page)
                         .mid(at, tagEnd - at)
                         .contains(QString(u"data-partners=\""_s + partners.join(u' ') + u'"')),
                     qPrintable(id));
        }
    }
    QVERIFY(page.contains(u"class=\"matrix\""_s));
    QVERIFY(page.contains(u"class=\"shares\""_s));
    QVERIFY(page.contains(u"class=\"legend\""_s));
}

void tst_HtmlExporter::wordDifferences()
{
    const QString page = exportPage(withPayload(u"payload"_s));
    // Document 0's first sentence: its Delete span; document 1's: both Insert spans.
    QVERIFY(page.contains(u"Fire at the mill <span class=\"w\">payload</span>.<sup class=\"cf\""_s));
    QVERIFY(
        page.contains(u"Fire at the <span class=\"w\">old </span>mill <span class=\"w\">payload</span>."_s));
    QVERIFY(page.contains(u"title=\"Differs in: number\""_s));
    // The paraphrased pair has no diff ops: no word marks in it.
    QVERIFY(page.contains(u"The mayor spoke payload.</span>"_s));
}

// The CSP allows exactly the bytes of the one script and the one style block.
void tst_HtmlExporter::contentSecurityPolicyHashes()
{
    const QString page = m_benign;
    const QString csp = between(page, u"http-equiv=\"Content-Security-Policy\" content=\""_s, u"\""_s)
                            .replace(u"&#39;"_s, u"'"_s);
    const QString script = between(page, u"<script>"_s, u"</script>"_s);
    const QString style = between(page, u"<style>"_s, u"</style>"_s);
    QVERIFY(script.size() > 100);
    QVERIFY(style.size() > 100);
    QVERIFY2(csp.startsWith(u"default-src 'none'; "_s), qPrintable(csp));
    QVERIFY2(csp.contains(u"script-src "_s + HtmlTemplate::hashSource(script) + u';'), qPrintable(csp));
    QVERIFY2(csp.contains(u"style-src "_s + HtmlTemplate::hashSource(style) + u';'), qPrintable(csp));
    QVERIFY(csp.contains(u"img-src data:"_s));
    QVERIFY(!csp.contains(u"unsafe"_s));
    // A known digest, so hashSource itself is checked: SHA-256("abc").
    QCOMPARE(HtmlTemplate::hashSource(u"abc"_s), u"'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"_s);
}

void tst_HtmlExporter::deterministicWithInjectedDate()
{
    const Comparison comparison = withPayload(u"x"_s);
    QCOMPARE(exportPage(comparison), exportPage(comparison));
    QVERIFY(m_benign.contains(u"<time datetime=\"2024-05-01T12:30:00Z\">2024-05-01 12:30 UTC</time>"_s));
    HtmlExporter later;
    later.setExportDate(exportDate.addDays(1));
    QVERIFY(later.page(comparison) != exportPage(comparison));
}

void tst_HtmlExporter::rightToLeftAndLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("direction");
    QTest::newRow("arabic") << u"ar"_s << u"rtl"_s;
    QTest::newRow("hebrew") << u"he"_s << u"rtl"_s;
    QTest::newRow("persian region") << u"fa-IR"_s << u"rtl"_s;
    QTest::newRow("chinese") << u"zh"_s << u"auto"_s;
    QTest::newRow("english") << u"en"_s << u"auto"_s;
    QTest::newRow("unknown") << QString() << u"auto"_s;
}

void tst_HtmlExporter::rightToLeftAndLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, direction);
    Comparison comparison = withPayload(u"نص"_s);
    comparison.documents[0].article.language = language;
    const QString page = exportPage(comparison);
    QVERIFY(page.contains(u"<section class=\"column\" id=\"doc-0\" lang=\"%1\""_s.arg(language)));
    const qsizetype column = page.indexOf(u"id=\"doc-0\""_s);
    QVERIFY(page.indexOf(u"<div class=\"text\" dir=\"%1\">"_s.arg(direction), column) > column);
    QVERIFY(page.contains(u"<p dir=\"auto\">"_s));
}

// The template is filled in one pass: text that looks like a placeholder is not expanded.
void tst_HtmlExporter::placeholdersInTextStayText()
{
    const QString page = exportPage(withPayload(u"{{script}} {{body}} {{csp}}"_s));
    QCOMPARE(int(page.count(u"<script>"_s)), 1);
    QVERIFY(page.contains(u"Title {{script}} {{body}} {{csp}}"_s));
}

void tst_HtmlExporter::writesUtf8ToDevice()
{
    const Comparison comparison = withPayload(u"火 🔥"_s);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    HtmlExporter exporter;
    exporter.setExportDate(exportDate);
    QVERIFY(exporter.write(comparison, buffer));
    QCOMPARE(buffer.data(), exportPage(comparison).toUtf8());
    QVERIFY(buffer.data().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    QBuffer closed;
    QVERIFY(!exporter.write(comparison, closed));
}

void tst_HtmlExporter::emptyComparison()
{
    const Parsed parsed = parse(exportPage(Comparison {}));
    QVERIFY(parsed.shape.contains(u"main"_s));
    QVERIFY(!parsed.shape.contains(u"section"_s));
    QCOMPARE(parsed.elements.count(u"script"_s), 1);
}

QTEST_GUILESS_MAIN(tst_HtmlExporter)
#include "tst_htmlexporter.moc"
