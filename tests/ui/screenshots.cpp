// parallax_screenshots: renders the README's views of a comparison as PNGs.
//   parallax_screenshots OUTDIR [FILE...]     (no files: the bundled sample)
// Writes main-view.png, selected-sentence.png, coverage-grid.png and
// summary.png. Runs offscreen or under Xvfb; uses throw-away settings so the
// user's window layout never leaks into the pictures.

#include "comparisonview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parallax;

namespace {

void settle(int milliseconds = 300)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget &window, const QString &path)
{
    settle();
    const bool ok = window.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

// The most widely carried sentence of the first article: the best showcase.
SentenceRef showcaseSentence(const Comparison &comparison)
{
    SentenceRef best {0, 0};
    size_t bestMatches = 0;
    for (size_t s = 0; !comparison.sentences.empty() && s < comparison.sentences[0].size(); ++s) {
        const SentenceResult &result = comparison.sentences[0][s];
        const bool reworded = std::any_of(result.matches.begin(), result.matches.end(),
                                          [](const Match &m) { return m.relation == Relation::Paraphrased; });
        const size_t weight = result.matches.size() * 2 + (reworded ? 1 : 0);
        if (weight > bestMatches && s > 0) {
            best = {0, int(s)};
            bestMatches = weight;
        }
    }
    return best;
}

void raiseDock(QMainWindow &window, const QString &name)
{
    if (auto *dock = window.findChild<QDockWidget *>(name)) {
        dock->show();
        dock->raise();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        QTextStream(stderr) << "usage: parallax_screenshots OUTDIR [FILE...]\n";
        return 2;
    }
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const QDir out(arguments.front());
    out.mkpath(QStringLiteral("."));

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    if (arguments.size() > 1)
        window.openFiles(arguments.mid(1));
    else
        window.openSample();
    if (!shown.wait(120000))
        return 1;

    raiseDock(window, QStringLiteral("coverageDock"));
    bool ok = save(window, out.filePath(QStringLiteral("main-view.png")));
    window.comparisonView()->selectSentence(showcaseSentence(*window.comparison()));
    ok = save(window, out.filePath(QStringLiteral("selected-sentence.png"))) && ok;
    // The grid deserves more room than the columns in its own picture.
    if (auto *coverage = window.findChild<QDockWidget *>(QStringLiteral("coverageDock")))
        window.resizeDocks({coverage}, {560}, Qt::Vertical);
    ok = save(window, out.filePath(QStringLiteral("coverage-grid.png"))) && ok;
    raiseDock(window, QStringLiteral("summaryDock"));
    if (auto *summary = window.findChild<QDockWidget *>(QStringLiteral("summaryDock")))
        window.resizeDocks({summary}, {380}, Qt::Vertical);
    ok = save(window, out.filePath(QStringLiteral("summary.png"))) && ok;
    return ok ? 0 : 1;
}
