#include "cli.h"

#include "comparecommand.h"
#include "exitcode.h"
#include "pairscommand.h"
#include "usage.h"

#include <QCommandLineParser>

namespace parallax {

namespace {

constexpr QStringView compareCommand = u"compare";
constexpr QStringView pairsCommand = u"pairs";

// The options of the command line without a subcommand.
struct TopLevelOptions
{
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version {{QStringLiteral("v"), QStringLiteral("version")}};
    QCommandLineOption sample {QStringLiteral("sample")};

    bool parse(QCommandLineParser &parser, const QStringList &arguments) const
    {
        parser.addOption(help);
        parser.addOption(version);
        parser.addOption(sample);
        parser.addPositionalArgument(QStringLiteral("files"), {}, QStringLiteral("[FILE...]"));
        return parser.parse(arguments);
    }
};

bool hasSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && (arguments.at(1) == compareCommand || arguments.at(1) == pairsCommand);
}

} // namespace

Invocation classifyArguments(const QStringList &arguments)
{
    Invocation invocation;
    if (hasSubcommand(arguments))
        return invocation;
    QCommandLineParser parser;
    const TopLevelOptions options;
    if (!options.parse(parser, arguments) || parser.isSet(options.help) || parser.isSet(options.version))
        return invocation;
    invocation.mode = Invocation::Mode::Gui;
    invocation.files = parser.positionalArguments();
    invocation.sample = parser.isSet(options.sample);
    return invocation;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (hasSubcommand(arguments)) {
        const QStringList rest = arguments.mid(2);
        if (arguments.at(1) == compareCommand)
            return CompareCommand(out, err).run(rest);
        return PairsCommand(out, err).run(rest);
    }

    QCommandLineParser parser;
    const TopLevelOptions options;
    if (!options.parse(parser, arguments.isEmpty() ? QStringList {QStringLiteral("parallax")} : arguments)) {
        err << QStringLiteral("parallax: ") << parser.errorText() << '\n' << Usage::hint() << '\n';
        err.flush();
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(options.help)) {
        out << Usage::text();
        out.flush();
        return toInt(ExitCode::Success);
    }
    if (parser.isSet(options.version)) {
        out << Usage::version() << '\n';
        out.flush();
        return toInt(ExitCode::Success);
    }
    // Opening the window is main.cpp's business (classifyArguments says Gui).
    err << QCoreApplication::translate("parallax::Cli", "parallax: no command given (compare or pairs)")
        << '\n'
        << Usage::hint() << '\n';
    err.flush();
    return toInt(ExitCode::UsageError);
}

} // namespace parallax
