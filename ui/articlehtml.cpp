#include "articlehtml.h"

namespace parallax {

namespace {

// Colour-blind-safe (Okabe–Ito derived) backgrounds, light theme.
QString statusStyle(SentenceStatus status)
{
    switch (status) {
    case SentenceStatus::Shared: return QStringLiteral("background-color:#cfe8f6;");
    case SentenceStatus::Paraphrased: return QStringLiteral("background-color:#fbe3b8;");
    case SentenceStatus::Unique: break;
    }
    return QStringLiteral("text-decoration:underline;");
}

QString escapedWithBreaks(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

QString articleHtml(const Comparison &comparison, int document)
{
    const AnalyzedDocument &doc = comparison.documents[size_t(document)];
    const auto &results = comparison.sentences[size_t(document)];
    const QString &text = doc.article.text;
    QString html = QStringLiteral("<h3>") + doc.article.title.toHtmlEscaped() + QStringLiteral("</h3><p>");
    qsizetype position = 0;
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
        const TextSpan span = doc.sentences[i].span;
        html += escapedWithBreaks(QStringView(text).mid(position, span.start - position));
        html += QStringLiteral("<span style=\"") + statusStyle(results[i].status) + QStringLiteral("\">")
            + escapedWithBreaks(QStringView(text).mid(span.start, span.length())) + QStringLiteral("</span>");
        position = span.end;
    }
    html += escapedWithBreaks(QStringView(text).mid(position)) + QStringLiteral("</p>");
    return html;
}

} // namespace parallax
