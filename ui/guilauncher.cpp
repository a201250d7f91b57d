#include "guilauncher.h"

#include "applicationidentity.h"
#include "fileopeneventfilter.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

namespace parallax {

int runGui(int &argc, char **argv, const GuiRequest &request)
{
    QApplication app(argc, argv);
    applyApplicationIdentity();
    // The desktop entry and icon installed by packaging/: Wayland shells match
    // windows to the entry by this name; X11 takes the icon from the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.parallax"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/parallax-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    TranslationLoader translations;
    translations.load(QLocale::system());

    MainWindow window;
    // macOS: files opened from the Finder or the Dock arrive as events.
    FileOpenEventFilter fileOpens;
    app.installEventFilter(&fileOpens);
    QObject::connect(&fileOpens, &FileOpenEventFilter::fileOpenRequested, &window,
                     [&window](const QString &path) { window.openFiles({path}); });

    window.show();
    if (request.sample)
        window.openSample();
    if (!request.files.isEmpty())
        window.openFiles(request.files);
    return QApplication::exec();
}

} // namespace parallax
