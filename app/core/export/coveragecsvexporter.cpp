#include "coveragecsvexporter.h"

#include "report/coveragetable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace parallax {

using namespace Qt::StringLiterals;

namespace {

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << CoverageCsvExporter::field(value);
    return quoted.join(u',') + u"\r\n"_s;
}

QString sourceName(const Article &article)
{
    return article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title;
}

} // namespace

QString CoverageCsvExporter::field(const QString &value)
{
    QString text = value;
    static constexpr QStringView formulaStarts = u"=+-@\t\r";
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(u'\'');
    const bool needsQuotes
        = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString CoverageCsvExporter::text(const Comparison &comparison, int referenceDocument) const
{
    const CoverageTable table(comparison, referenceDocument);
    QStringList header {tr("Claim"), tr("Sources")};
    for (const AnalyzedDocument &document : comparison.documents)
        header << sourceName(document.article);
    QString out = QChar(0xFEFF) + record(header);
    int claim = 0;
    for (const CoverageTable::Row &row : table.rows()) {
        QStringList fields {QString::number(++claim), QString()};
        int sources = 0;
        for (size_t d = 0; d < row.cells.size(); ++d) {
            const AnalyzedDocument &document = comparison.documents[d];
            QStringList sentences;
            for (const int s : row.cells[d]) {
                const TextSpan span = document.sentences[size_t(s)].span;
                sentences << document.article.text.mid(span.start, span.length()).simplified();
            }
            sources += sentences.isEmpty() ? 0 : 1;
            fields << sentences.join(u'\n');
        }
        fields[1] = QString::number(sources);
        out += record(fields);
    }
    return out;
}

bool CoverageCsvExporter::write(const Comparison &comparison, int referenceDocument, QIODevice &device) const
{
    const QByteArray bytes = text(comparison, referenceDocument).toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace parallax
