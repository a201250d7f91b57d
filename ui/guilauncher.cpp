#include "guilauncher.h"

#include "mainwindow.h"

#include <QApplication>

namespace parallax {

int runGui(int &argc, char **argv, const GuiRequest &request)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Parallax"));
    QApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Parallax"));

    MainWindow window;
    window.show();
    if (request.sample)
        window.openSample();
    else if (!request.files.isEmpty())
        window.openFiles(request.files);
    return QApplication::exec();
}

} // namespace parallax
