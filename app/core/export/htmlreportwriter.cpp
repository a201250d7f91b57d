#include "htmlreportwriter.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace parallax {

using namespace Qt::StringLiterals;

namespace {

QString percentText(double share)
{
    return QString::number(int(std::lround(share * 100.0))) + u'%';
}

} // namespace

HtmlReportWriter::HtmlReportWriter(const Comparison &comparison, HtmlWriter &writer)
    : m_comparison(comparison)
    , m_html(writer)
    , m_summary(comparison)
{ }

QString HtmlReportWriter::pageTitle() const
{
    const int count = int(m_comparison.documents.size());
    if (count == 0)
        return tr("Parallax comparison");
    return tr("%1 — Parallax comparison of %n article(s)", nullptr, count).arg(documentName(0));
}

QString HtmlReportWriter::heatClass(double similarity)
{
    const long level = std::lround(std::clamp(similarity, 0.0, 1.0) * 10.0);
    return u"h"_s + QString::number(level);
}

void HtmlReportWriter::writeHeading(const QDateTime &exportDate)
{
    m_html.open(u"header", {{u"class", u"page"_s}});
    m_html.element(u"h1", tr("Comparison of %n article(s)", nullptr, int(m_comparison.documents.size())));
    m_html.open(u"p", {{u"class", u"meta"_s}});
    m_html.text(tr("Exported by Parallax %1 on ").arg(QStringLiteral(PARALLAX_VERSION)));
    const QDateTime utc = exportDate.toUTC();
    m_html.element(u"time", utc.toString(u"yyyy-MM-dd HH:mm 'UTC'"),
                   {{u"datetime", utc.toString(Qt::ISODate)}});
    m_html.close(u"p");
    writeSettings();
    m_html.close(u"header");
    m_html.raw(u"\n");
}

// threads is left out: it never changes the result.
void HtmlReportWriter::writeSettings()
{
    const ComparisonOptions &options = m_comparison.options;
    m_html.open(u"dl", {{u"class", u"settings"_s}});
    setting(tr("Language"), options.language.isEmpty() ? tr("guessed per article") : options.language);
    setting(tr("Shared from"), QString::number(options.sharedThreshold));
    setting(tr("Paraphrased from"), QString::number(options.paraphraseThreshold));
    setting(tr("Candidates per sentence"), QString::number(options.maxCandidatesPerSentence));
    setting(tr("Largest file"), QString::number(options.maxFileBytes) + tr(" bytes"));
    m_html.close(u"dl");
}

void HtmlReportWriter::setting(const QString &name, const QString &value)
{
    m_html.open(u"div");
    m_html.element(u"dt", name);
    m_html.element(u"dd", value);
    m_html.close(u"div");
}

void HtmlReportWriter::writeLegend()
{
    m_html.open(u"ul", {{u"class", u"legend"_s}});
    legendItem(u"shared"_s, tr("Shared"), tr("near-verbatim in another article (solid underline)"));
    legendItem(u"paraphrased"_s, tr("Paraphrased"), tr("reworded in another article (dashed underline)"));
    legendItem(u"unique"_s, tr("Unique"), tr("only in this article"));
    m_html.open(u"li");
    m_html.element(u"span", tr("word"), {{u"class", u"w"_s}});
    m_html.text(tr(" not in the best-matching sentence · "));
    m_html.element(u"span", u"≠", {{u"class", u"cf"_s}});
    m_html.text(tr(" numbers or negation differ · click a sentence to highlight its partners"));
    m_html.close(u"li");
    m_html.close(u"ul");
    m_html.raw(u"\n");
}

void HtmlReportWriter::legendItem(const QString &statusClass, const QString &sample, const QString &meaning)
{
    m_html.open(u"li");
    m_html.element(u"span", sample, {{u"class", u"s sample "_s + statusClass}});
    m_html.text(QString(u" "_s + meaning));
    m_html.close(u"li");
}

void HtmlReportWriter::writeErrors()
{
    if (m_comparison.errors.empty())
        return;
    m_html.open(u"section", {{u"class", u"errors"_s}});
    m_html.element(u"h3", tr("Not compared"));
    m_html.open(u"ul");
    for (const Error &error : m_comparison.errors) {
        m_html.open(u"li");
        m_html.element(u"code", error.path, {{u"dir", u"ltr"_s}});
        m_html.text(QString(u": "_s + error.message));
        m_html.close(u"li");
    }
    m_html.close(u"ul");
    m_html.close(u"section");
    m_html.raw(u"\n");
}

void HtmlReportWriter::writeSummary()
{
    if (m_comparison.documents.empty())
        return;
    m_html.open(u"div", {{u"class", u"report"_s}});
    writeShares();
    writeMatrix();
    m_html.close(u"div");
    m_html.raw(u"\n");
}

void HtmlReportWriter::writeShares()
{
    m_html.open(u"section");
    m_html.element(u"h3", tr("Per article"));
    m_html.open(u"table", {{u"class", u"shares"_s}});
    m_html.open(u"thead");
    m_html.open(u"tr");
    m_html.element(u"th", tr("Article"), {{u"scope", u"col"_s}});
    m_html.element(u"th", tr("Sentences"), {{u"scope", u"col"_s}, {u"class", u"num"_s}});
    m_html.element(u"th", tr("Shared"), {{u"scope", u"col"_s}, {u"class", u"num"_s}});
    m_html.element(u"th", tr("Paraphrased"), {{u"scope", u"col"_s}, {u"class", u"num"_s}});
    m_html.element(u"th", tr("Unique"), {{u"scope", u"col"_s}, {u"class", u"num"_s}});
    m_html.element(u"th", tr("Carried elsewhere"), {{u"scope", u"col"_s}});
    m_html.close(u"tr");
    m_html.close(u"thead");
    m_html.open(u"tbody");
    for (int d = 0; d < m_summary.documentCount(); ++d) {
        const ComparisonSummary::DocumentShares &shares = m_summary.documents()[size_t(d)];
        const double elsewhere = shares.shared + shares.paraphrased;
        m_html.open(u"tr");
        m_html.open(u"th", {{u"scope", u"row"_s}, {u"dir", u"auto"_s}});
        m_html.element(u"a", QString(QString::number(d + 1) + u". "_s + documentName(d)),
                       {{u"href", u"#doc-%1"_s.arg(d)}});
        m_html.close(u"th");
        m_html.element(u"td", QString::number(shares.sentences), {{u"class", u"num"_s}});
        m_html.element(u"td", percentText(shares.shared), {{u"class", u"num"_s}});
        m_html.element(u"td", percentText(shares.paraphrased), {{u"class", u"num"_s}});
        m_html.element(u"td", percentText(shares.unique), {{u"class", u"num"_s}});
        m_html.open(u"td");
        m_html.element(u"meter", percentText(elsewhere),
                       {{u"min", u"0"_s}, {u"max", u"1"_s}, {u"value", QString::number(elsewhere, 'f', 3)}});
        m_html.close(u"td");
        m_html.close(u"tr");
    }
    m_html.close(u"tbody");
    m_html.close(u"table");
    m_html.close(u"section");
}

void HtmlReportWriter::writeMatrix()
{
    const int count = m_summary.documentCount();
    m_html.open(u"section");
    m_html.element(u"h3", tr("Similarity"));
    m_html.open(u"table", {{u"class", u"matrix"_s}});
    m_html.open(u"thead");
    m_html.open(u"tr");
    m_html.element(u"td", QString());
    for (int d = 0; d < count; ++d)
        m_html.element(u"th", QString::number(d + 1), {{u"scope", u"col"_s}, {u"title", documentName(d)}});
    m_html.close(u"tr");
    m_html.close(u"thead");
    m_html.open(u"tbody");
    for (int a = 0; a < count; ++a) {
        m_html.open(u"tr");
        m_html.element(u"th", QString(QString::number(a + 1) + u". "_s + documentName(a)),
                       {{u"scope", u"row"_s}, {u"dir", u"auto"_s}});
        for (int b = 0; b < count; ++b) {
            if (a == b)
                m_html.element(u"td", u"—", {{u"class", u"diag"_s}});
            else
                m_html.element(u"td", percentText(m_summary.similarity(a, b)),
                               {{u"class", heatClass(m_summary.similarity(a, b))}});
        }
        m_html.close(u"tr");
    }
    m_html.close(u"tbody");
    m_html.close(u"table");
    m_html.close(u"section");
}

QString HtmlReportWriter::documentName(int document) const
{
    const Article &article = m_comparison.documents[size_t(document)].article;
    return article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title;
}

} // namespace parallax
