#pragma once

#include "htmlwriter.h"

#include "model/comparison.h"
#include "report/comparisonsummary.h"

#include <QCoreApplication>
#include <QDateTime>

namespace parallax {

// The parts of the export page around the columns: the heading with export
// date and settings, the legend, the inputs that failed, the per-article
// summary and the similarity matrix (a heatmap through classes h0..h10, since
// the page's CSP allows no inline style attributes).
class HtmlReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReportWriter)

public:
    HtmlReportWriter(const Comparison &comparison, HtmlWriter &writer);

    QString pageTitle() const;
    void writeHeading(const QDateTime &exportDate);
    void writeLegend();
    void writeErrors();
    void writeSummary();

    // "h0" … "h10" for a similarity in [0, 1].
    static QString heatClass(double similarity);

private:
    void writeSettings();
    void setting(const QString &name, const QString &value);
    void writeShares();
    void writeMatrix();
    void legendItem(const QString &statusClass, const QString &sample, const QString &meaning);
    QString documentName(int document) const;

    const Comparison &m_comparison;
    HtmlWriter &m_html;
    ComparisonSummary m_summary;
};

} // namespace parallax
