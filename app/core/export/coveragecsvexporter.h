#pragma once

#include "model/comparison.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace parallax {

// Writes the coverage grid (CoverageTable) as CSV: one row per claim, one
// column per source, in the reading order of a reference document. A header
// row names the sources (title, else file name). A cell holds the text of that
// source's sentences in the claim (several separated by a line break), empty
// when the source does not carry it.
//
// RFC 4180: fields separated by commas, records by CRLF, a field that holds a
// comma, quote, CR or LF is quoted with quotes doubled. UTF-8 with a byte
// order mark, so spreadsheet applications (Excel) detect the encoding.
// Untrusted text that starts with = + - @ or a tab/CR would be a formula in a
// spreadsheet: such cells get a leading apostrophe (OWASP's advice).
class CoverageCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CoverageCsvExporter)

public:
    bool write(const Comparison &comparison, int referenceDocument, QIODevice &device) const;

    QString text(const Comparison &comparison, int referenceDocument) const;

    // One field, quoted when needed (RFC 4180) and defused against formulas.
    static QString field(const QString &value);
};

} // namespace parallax
