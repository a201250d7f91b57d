#include "guilauncher.h"

#include "applicationidentity.h"
#include "fileopeneventfilter.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QLocale>

namespace parallax {

int runGui(int &argc, char **argv, const GuiRequest &request)
{
    QApplication app(argc, argv);
    applyApplicationIdentity();
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
