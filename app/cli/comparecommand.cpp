#include "comparecommand.h"

#include "exitcode.h"
#include "subcommandparser.h"

#include "export/coveragecsvexporter.h"
#include "export/htmlexporter.h"
#include "export/jsonexporter.h"
#include "matching/comparisonjob.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileDevice>
#include <QSaveFile>

namespace parallax {

CompareCommand::CompareCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int CompareCommand::run(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("compare"), SettingsOptions::Scope::Everything, m_out, m_err);
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON to OUT ('-' = stdout)."),
                                  QStringLiteral("OUT"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write a self-contained HTML page to OUT."),
                                  QStringLiteral("OUT"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write the coverage grid as CSV to OUT."),
                                 QStringLiteral("OUT"));
    command.addOption(json);
    command.addOption(html);
    command.addOption(csv);
    ComparisonOptions options;
    if (const std::optional<int> exitCode = command.parse(arguments, options))
        return *exitCode;
    const QCommandLineParser &parser = command.parser();
    // JSON goes to standard output unless some other output is asked for.
    const bool anyOutput = parser.isSet(json) || parser.isSet(html) || parser.isSet(csv);
    const QString jsonTarget
        = parser.isSet(json) ? parser.value(json) : (anyOutput ? QString() : QStringLiteral("-"));
    const QString htmlTarget = parser.value(html);
    const QString csvTarget = parser.value(csv);
    if (int(jsonTarget == u"-") + int(htmlTarget == u"-") + int(csvTarget == u"-") > 1)
        return command.usageError(tr("only one output can go to standard output ('-')"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return command.usageError(tr("no input files"));

    const Comparison comparison = ComparisonJob(ComparisonInput {files, {}}, options).run();
    for (const Error &error : comparison.errors)
        m_err << QStringLiteral("parallax: %1: %2\n").arg(error.path, error.message);
    m_err.flush();

    bool written = true;
    if (!jsonTarget.isEmpty())
        written = writeOutput(jsonTarget,
                              [&](QIODevice &device) { return JsonExporter().write(comparison, device); });
    if (!htmlTarget.isEmpty())
        written = writeOutput(htmlTarget,
                              [&](QIODevice &device) { return HtmlExporter().write(comparison, device); })
            && written;
    if (!csvTarget.isEmpty())
        written = writeOutput(
                      csvTarget,
                      [&](QIODevice &device) { return CoverageCsvExporter().write(comparison, 0, device); })
            && written;
    if (!written || !comparison.errors.empty())
        return toInt(ExitCode::InputFailed);
    return toInt(ExitCode::Success);
}

// Atomic: a reader never sees a half-written file, and a failed run leaves an
// older file in place.
bool CompareCommand::writeOutput(const QString &target, const Writer &writer)
{
    return target == u"-" ? writeToStdout(writer) : writeFile(target, writer);
}

bool CompareCommand::writeFile(const QString &target, const Writer &writer)
{
    QSaveFile file(target);
    // flush() first: QSaveFile::commit() (Qt 6.4) ignores a failed flush of its
    // buffer and would replace the old file with a truncated one.
    if (file.open(QIODevice::WriteOnly) && writer(file) && file.flush() && file.commit())
        return true;
    m_err << tr("parallax: cannot write %1: %2").arg(target, file.errorString()) << '\n';
    m_err.flush();
    return false;
}

bool CompareCommand::writeToStdout(const Writer &writer)
{
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        // Flushing a file device surfaces errors such as a closed pipe here.
        auto *file = qobject_cast<QFileDevice *>(device);
        if (writer(*device) && (!file || file->flush()))
            return true;
        m_err << tr("parallax: cannot write to standard output: %1").arg(device->errorString()) << '\n';
        m_err.flush();
        return false;
    }
    // A stream over a string (tests): collect the bytes first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writer(buffer);
    m_out << QString::fromUtf8(buffer.data());
    m_out.flush();
    return true;
}

} // namespace parallax
