#pragma once

#include "model/comparison.h"

#include <QDateTime>
#include <QIODevice>

namespace parallax {

// Writes a Comparison as one self-contained HTML5 page that looks like the
// viewer: the articles side by side with status colours, word differences,
// legend, summary and similarity matrix; a small inline script links each
// sentence to its partners. Nothing external is referenced, and a
// Content-Security-Policy allows only the page's own script and style (by
// hash). Article text, titles, paths and outlets are untrusted and always
// escaped. Template, CSS and script: resources/export.
class HtmlExporter
{
public:
    // The date shown as "exported on". Invalid (the default) = now; set it for
    // reproducible output (tests).
    void setExportDate(const QDateTime &date) { m_exportDate = date; }

    // Returns false when the device fails; the device's errorString() says why.
    bool write(const Comparison &comparison, QIODevice &device) const;

    // The whole page as a string (what write() writes, as UTF-8).
    QString page(const Comparison &comparison) const;

private:
    QDateTime m_exportDate;
};

} // namespace parallax
