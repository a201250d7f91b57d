#pragma once

#include <QStringList>
#include <QTextStream>

namespace parallax {

// What a command line asks for, decided before any QCoreApplication or
// QApplication exists (main.cpp creates the right one).
struct Invocation
{
    enum class Mode { Cli, Gui };
    Mode mode = Mode::Cli;
    QStringList files; // Gui: files to open
    bool sample = false; // Gui: open the bundled sample
};

// `arguments` includes the program name first. Subcommands (compare, pairs),
// --help, --version and any malformed command line are headless (Cli: runCli
// reports the usage error); `parallax FILE...` and `parallax --sample` are Gui.
Invocation classifyArguments(const QStringList &arguments);

// Runs a headless command line (program name first) and returns the process
// exit code (see ExitCode). Text goes to `out`/`err`; JSON for stdout goes to
// out.device() when it has one, else into out's string.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace parallax
