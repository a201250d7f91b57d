#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace parallax {

struct Comparison;

// `parallax compare [options] FILE...`: loads and compares the files and
// writes the comparison as JSON (format 1.0) to a file or stdout.
class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    CompareCommand(QTextStream &out, QTextStream &err);

    // `arguments` are what follows "compare" on the command line. Returns the
    // process exit code (see ExitCode).
    int run(const QStringList &arguments);

private:
    bool writeJson(const Comparison &comparison, const QString &target);
    bool writeJsonToStdout(const Comparison &comparison);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace parallax
