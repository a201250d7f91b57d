// The parallax executable: the window or a headless command, nothing else.

#include "applicationidentity.h"
#include "cli.h"
#include "guilauncher.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    // Classifying needs only the ASCII subcommand and option names, so the
    // local 8-bit decoding is enough here; the files the window opens are
    // decoded the same way.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const parallax::Invocation invocation = parallax::classifyArguments(arguments);
    if (invocation.mode == parallax::Invocation::Mode::Gui)
        return parallax::runGui(argc, argv, parallax::GuiRequest {invocation.files, invocation.sample});

    // Headless: no QGuiApplication, so no display is needed.
    QCoreApplication app(argc, argv);
    parallax::applyApplicationIdentity();
    parallax::TranslationLoader translations;
    translations.load(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return parallax::runCli(QCoreApplication::arguments(), out, err);
}
