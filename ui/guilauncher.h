#pragma once

#include <QStringList>

namespace parallax {

// What the command line asked the GUI to open.
struct GuiRequest
{
    QStringList files;
    bool sample = false; // open the bundled sample articles
};

// Creates the QApplication and the main window and runs the event loop.
int runGui(int &argc, char **argv, const GuiRequest &request);

} // namespace parallax
