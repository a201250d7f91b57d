#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QIODevice;

namespace parallax {

struct Comparison;

// `parallax compare [options] FILE...`: loads and compares the files and
// writes the comparison as JSON (format 1.0), a self-contained HTML page
// and/or the coverage grid as CSV, each to a file (atomically) or stdout.
class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    CompareCommand(QTextStream &out, QTextStream &err);

    // `arguments` are what follows "compare" on the command line. Returns the
    // process exit code (see ExitCode).
    int run(const QStringList &arguments);

private:
    // Writes one output; false after reporting the failure on m_err.
    using Writer = std::function<bool(QIODevice &)>;
    bool writeOutput(const QString &target, const Writer &writer);
    bool writeFile(const QString &target, const Writer &writer);
    bool writeToStdout(const Writer &writer);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace parallax
