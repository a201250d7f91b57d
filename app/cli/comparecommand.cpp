#include "comparecommand.h"

#include "exitcode.h"
#include "settingsoptions.h"
#include "usage.h"

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
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON to OUT ('-' = stdout)."),
                                  QStringLiteral("OUT"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write HTML to OUT (not available yet)."),
                                  QStringLiteral("OUT"));
    const SettingsOptions settings(SettingsOptions::Scope::Everything);
    parser.addOption(help);
    parser.addOption(json);
    parser.addOption(html);
    settings.addTo(parser);

    if (!parser.parse(QStringList {QStringLiteral("parallax compare")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << Usage::text();
        m_out.flush();
        return toInt(ExitCode::Success);
    }
    ComparisonOptions options;
    const QString settingsError = settings.apply(parser, options);
    if (!settingsError.isEmpty())
        return usageError(settingsError);
    if (parser.isSet(html))
        return usageError(tr("HTML export is not available yet"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no input files"));

    const Comparison comparison = ComparisonJob(ComparisonInput {files, {}}, options).run();
    for (const Error &error : comparison.errors)
        m_err << QStringLiteral("parallax: %1: %2\n").arg(error.path, error.message);
    m_err.flush();

    const QString target = parser.isSet(json) ? parser.value(json) : QStringLiteral("-");
    const bool written = target == u"-" ? writeJsonToStdout(comparison) : writeJson(comparison, target);
    if (!written || !comparison.errors.empty())
        return toInt(ExitCode::InputFailed);
    return toInt(ExitCode::Success);
}

// Atomic: a reader never sees a half-written file, and a failed run leaves an
// older file in place.
bool CompareCommand::writeJson(const Comparison &comparison, const QString &target)
{
    QSaveFile file(target);
    if (file.open(QIODevice::WriteOnly) && JsonExporter().write(comparison, file) && file.commit())
        return true;
    m_err << tr("parallax: cannot write %1: %2").arg(target, file.errorString()) << '\n';
    m_err.flush();
    return false;
}

bool CompareCommand::writeJsonToStdout(const Comparison &comparison)
{
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        // Flushing a file device surfaces errors such as a closed pipe here.
        auto *file = qobject_cast<QFileDevice *>(device);
        if (JsonExporter().write(comparison, *device) && (!file || file->flush()))
            return true;
        m_err << tr("parallax: cannot write to standard output: %1").arg(device->errorString()) << '\n';
        m_err.flush();
        return false;
    }
    // A stream over a string (tests): collect the bytes first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonExporter().write(comparison, buffer);
    m_out << QString::fromUtf8(buffer.data());
    m_out.flush();
    return true;
}

int CompareCommand::usageError(const QString &message)
{
    m_err << QStringLiteral("parallax compare: ") << message << '\n' << Usage::hint() << '\n';
    m_err.flush();
    return toInt(ExitCode::UsageError);
}

} // namespace parallax
