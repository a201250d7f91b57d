#include "htmlexporter.h"

#include "htmlarticlewriter.h"
#include "htmlreportwriter.h"
#include "htmltemplate.h"
#include "htmlwriter.h"

#include <QCoreApplication>

namespace parallax {

using namespace Qt::StringLiterals;

QString HtmlExporter::page(const Comparison &comparison) const
{
    HtmlWriter body;
    HtmlReportWriter report(comparison, body);
    report.writeHeading(m_exportDate.isValid() ? m_exportDate : QDateTime::currentDateTimeUtc());
    report.writeLegend();
    report.writeErrors();
    // The articles first, as in the viewer; the figures follow them.
    body.open(u"main", {{u"class", u"columns"_s}});
    body.raw(u"\n");
    HtmlArticleWriter articles(comparison, body);
    for (size_t d = 0; d < comparison.documents.size(); ++d)
        articles.write(int(d));
    body.close(u"main");
    body.raw(u"\n");
    report.writeSummary();

    QHash<QString, QString> values;
    // The labels' language: "en" until the page's strings are translated.
    values.insert(u"lang"_s,
                  HtmlWriter::escape(
                      QCoreApplication::translate("HtmlExporter", "en", "language code of the page labels")));
    values.insert(u"generator"_s, HtmlWriter::escape(QStringLiteral("parallax " PARALLAX_VERSION)));
    values.insert(u"title"_s, HtmlWriter::escape(report.pageTitle()));
    values.insert(u"body"_s, body.html());
    return HtmlTemplate().fill(values);
}

bool HtmlExporter::write(const Comparison &comparison, QIODevice &device) const
{
    const QByteArray bytes = page(comparison).toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace parallax
