#pragma once

#include "settingsoptions.h"

#include "model/comparisonoptions.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace parallax {

// What every subcommand parses the same way: --help, the comparison settings
// with strict value checks, and usage errors reported as "parallax NAME: …"
// with a hint. The command adds its own options before parse().
class SubcommandParser
{
    Q_DECLARE_TR_FUNCTIONS(SubcommandParser)

public:
    SubcommandParser(QString name, SettingsOptions::Scope scope, QTextStream &out, QTextStream &err);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    // Parses `arguments` (what follows the subcommand) into `options`. Returns
    // an exit code when parsing already decided the outcome (help printed, or
    // a usage error reported), nothing when the command should run.
    std::optional<int> parse(const QStringList &arguments, ComparisonOptions &options);

    const QCommandLineParser &parser() const { return m_parser; }

    // Reports a usage error on the error stream; returns the usage exit code.
    int usageError(const QString &message) const;

private:
    QString m_name;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    SettingsOptions m_settings;
};

} // namespace parallax
