// parallax_gui_bench: how responsive the real MainWindow stays while it loads,
// compares and shows N articles, and how fast Cancel takes effect. A benchmark,
// not a test: it prints a table and asserts nothing. Run it in a Release build:
//
//   python3 ../shared/bench/gen_corpus.py --out /tmp/corpora --only n200_s30 n50_s30
//   QT_QPA_PLATFORM=offscreen build/tests/bench/gui/parallax_gui_bench /tmp/corpora/n200_s30
//   /tmp/corpora/n50_s30
//
// Without arguments it uses /tmp/corpora/n200_s30 and n50_s30 when present,
// else 200 and 50 generated articles.

#include "articlepane.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "coverageview.h"
#include "mainwindow.h"
#include "stallmonitor.h"
#include "summarypanel.h"
#include "uniqueclaimspanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace parallax;

namespace {

constexpr int ResultTimeoutMs = 120000;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

void idle(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Articles with a share of common sentences, numbers and unique filler, for
// machines without ../shared.
QStringList syntheticCorpus(const QString &dir, int count)
{
    static const char *const words[]
        = {"minister",  "talks",     "agreement",  "border",    "officials", "said",        "meeting",
           "trade",     "security",  "president",  "visit",     "sanctions", "energy",      "summit",
           "statement", "reporters", "delegation", "military",  "economy",   "cooperation", "capital",
           "leaders",   "vote",      "council",    "government"};
    QRandomGenerator random(42);
    auto sentence = [&](QRandomGenerator &rng) {
        QString text;
        const int length = 8 + int(rng.bounded(14));
        for (int w = 0; w < length; ++w)
            text += QString::fromLatin1(words[rng.bounded(int(std::size(words)))]) + u' ';
        text += QString::number(rng.bounded(1000));
        text[0] = text[0].toUpper();
        return text + u'.';
    };
    QStringList pool;
    for (int i = 0; i < 120; ++i)
        pool << sentence(random);
    QStringList paths;
    for (int a = 0; a < count; ++a) {
        const QString path = dir + QStringLiteral("/doc_%1.txt").arg(a, 3, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            continue;
        QTextStream out(&file);
        for (int s = 0; s < 30; ++s) {
            out << (random.bounded(3) == 0 ? sentence(random) : pool[random.bounded(int(pool.size()))]);
            out << (s % 3 == 2 ? "\n\n" : " ");
        }
        paths << path;
    }
    return paths;
}

QStringList corpusFiles(const QString &dir)
{
    QStringList paths;
    for (const QFileInfo &info : QDir(dir).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths << info.absoluteFilePath();
    return paths;
}

struct CancelSample
{
    int delayMs = 0;
    double latencyMs = -1; // -1: the comparison finished before the cancel
    QString stage; // the job's progress text when canceled
};

struct CorpusResult
{
    QString name;
    int articles = 0;
    std::vector<StallMonitor::Phase> phases;
    std::vector<std::pair<QString, double>> viewTimes; // setComparison of each view, ms
    std::vector<CancelSample> cancels;
};

bool waitFor(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(ResultTimeoutMs);
}

void scrollThroughColumns(ComparisonView *view)
{
    auto *area = view->findChild<QScrollArea *>();
    if (!area)
        return;
    QScrollBar *bar = area->horizontalScrollBar();
    const int step = qMax(1, area->viewport()->width() / 2);
    for (int value = 0; value <= bar->maximum(); value += step) {
        bar->setValue(value);
        idle(15);
    }
    bar->setValue(0);
    idle(15);
}

double cpuOrWallMs()
{
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    const qint64 cpu = StallMonitor::threadCpuNs();
    return cpu >= 0 ? ms(cpu) : ms(wall.nsecsElapsed());
}

template<typename View>
double timeSetComparison(View *view, const std::shared_ptr<const Comparison> &comparison)
{
    // The median of three: the first call may also pay for fonts and caches.
    // UI-thread CPU time where the platform tells, else wall time: the
    // machine's load must not count.
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        view->setComparison(nullptr);
        QCoreApplication::processEvents();
        const double start = cpuOrWallMs();
        view->setComparison(comparison);
        times.push_back(cpuOrWallMs() - start);
        QCoreApplication::processEvents();
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

ComparisonOptions nudged(ComparisonOptions options, int step)
{
    // Another threshold makes the window compare again.
    options.sharedThreshold = 0.80 + 0.001 * (step % 50 + 1);
    return options;
}

CorpusResult measure(const QString &name, const QStringList &paths)
{
    CorpusResult result;
    result.name = name;
    result.articles = int(paths.size());
    MainWindow window;
    window.show();
    idle(300);
    StallMonitor monitor;
    QSignalSpy opened(&window, &MainWindow::filesOpened);
    QSignalSpy ready(window.controller(), &ComparisonController::comparisonReady);
    idle(100);

    monitor.begin(QStringLiteral("load"));
    window.openFiles(paths);
    waitFor(opened);
    monitor.begin(QStringLiteral("compare"));
    waitFor(ready);
    monitor.begin(QStringLiteral("display"));
    idle(500);
    monitor.begin(QStringLiteral("scroll columns"));
    scrollThroughColumns(window.comparisonView());
    monitor.begin(QStringLiteral("re-compare"));
    ready.clear();
    window.setOptions(nudged(window.options(), 1));
    waitFor(ready);
    monitor.begin(QStringLiteral("re-display"));
    idle(500);
    monitor.end();
    result.phases = monitor.phases();

    const auto comparison = window.comparison();
    double start = cpuOrWallMs();
    auto copy = std::make_unique<Comparison>(*comparison);
    const double copyMs = cpuOrWallMs() - start;
    start = cpuOrWallMs();
    copy.reset();
    const double freeMs = cpuOrWallMs() - start;
    // What one column costs before its text is built, for all columns at once.
    QWidget strip;
    strip.resize(400 * int(comparison->documents.size()), 800);
    strip.show();
    start = cpuOrWallMs();
    std::vector<ArticlePane *> panes;
    for (int d = 0; d < int(comparison->documents.size()); ++d)
        panes.push_back(new ArticlePane(comparison, d, &strip));
    const double createMs = cpuOrWallMs() - start;
    start = cpuOrWallMs();
    for (size_t d = 0; d < panes.size(); ++d) {
        panes[d]->setGeometry(int(d) * 400, 0, 390, 800);
        panes[d]->show();
    }
    const double showMs = cpuOrWallMs() - start;
    start = cpuOrWallMs();
    qDeleteAll(panes);
    const double deleteMs = cpuOrWallMs() - start;
    result.viewTimes = {
        {QStringLiteral("(create all panes)"), createMs},
        {QStringLiteral("(show all panes)"), showMs},
        {QStringLiteral("(delete all panes)"), deleteMs},
        {QStringLiteral("(copy Comparison)"), copyMs},
        {QStringLiteral("(free Comparison)"), freeMs},
        {QStringLiteral("ComparisonView"), timeSetComparison(window.comparisonView(), comparison)},
        {QStringLiteral("CoverageView"), timeSetComparison(window.coverageView(), comparison)},
        {QStringLiteral("SummaryPanel"), timeSetComparison(window.summaryPanel(), comparison)},
        {QStringLiteral("UniqueClaimsPanel"), timeSetComparison(window.uniqueClaimsPanel(), comparison)},
    };

    QSignalSpy canceled(window.controller(), &ComparisonController::comparisonCanceled);
    QString stage;
    const QObject stageContext; // goes before `stage`, and the connection with it
    QObject::connect(window.controller(), &ComparisonController::progressTextChanged, &stageContext,
                     [&stage](const QString &text) { stage = text; });
    int step = 2;
    for (const int delay : {20, 100, 250, 500, 800}) {
        ready.clear();
        canceled.clear();
        window.setOptions(nudged(window.options(), step++));
        idle(delay);
        CancelSample sample {delay, -1, stage};
        if (ready.isEmpty()) {
            QElapsedTimer cancelClock;
            cancelClock.start();
            window.controller()->cancel();
            QSignalSpy idleSpy(window.controller(), &ComparisonController::busyChanged);
            if (window.controller()->isBusy())
                idleSpy.wait(ResultTimeoutMs);
            sample.latencyMs = ms(cancelClock.nsecsElapsed());
        }
        result.cancels.push_back(sample);
        idle(50);
    }
    return result;
}

void print(const CorpusResult &result)
{
    std::printf("\n== %s: %d articles ==\n", qPrintable(result.name), result.articles);
    std::printf("%-16s %10s %16s %14s %10s\n", "phase", "wall ms", "longest stall ms", "its UI CPU ms",
                "stalls>50");
    for (const StallMonitor::Phase &phase : result.phases)
        std::printf("%-16s %10.0f %16.1f %14.1f %10d\n", qPrintable(phase.name),
                    ms(phase.endNs - phase.startNs), ms(phase.longestGapNs), ms(phase.longestGapCpuNs),
                    phase.stallsOver50ms);
    std::printf("%-20s %12s\n", "view", "setComparison, UI CPU ms");
    for (const auto &[view, time] : result.viewTimes)
        std::printf("%-20s %12.1f\n", qPrintable(view), time);
    std::printf("%-20s %12s  %s\n", "cancel after ms", "to idle ms", "stage");
    for (const CancelSample &sample : result.cancels) {
        if (sample.latencyMs < 0)
            std::printf("%-20d %12s\n", sample.delayMs, "(finished)");
        else
            std::printf("%-20d %12.1f  %s\n", sample.delayMs, sample.latencyMs, qPrintable(sample.stage));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines appear as they are measured
    QStandardPaths::setTestModeEnabled(true); // our QSettings stay out of the user's
    QApplication::setOrganizationName(QStringLiteral("ParallaxGuiBench"));
    QApplication::setApplicationName(QStringLiteral("parallax_gui_bench"));

    QStringList dirs = app.arguments().mid(1);
    if (dirs.isEmpty()) {
        for (const QString &dir :
             {QStringLiteral("/tmp/corpora/n200_s30"), QStringLiteral("/tmp/corpora/n50_s30")})
            if (QFileInfo(dir).isDir())
                dirs << dir;
    }
    QTemporaryDir generated;
    std::vector<std::pair<QString, QStringList>> corpora;
    for (const QString &dir : std::as_const(dirs))
        corpora.emplace_back(QFileInfo(dir).fileName(), corpusFiles(dir));
    if (corpora.empty()) {
        for (const int count : {200, 50}) {
            const QString dir = generated.path() + u'/' + QString::number(count);
            QDir().mkpath(dir);
            corpora.emplace_back(QStringLiteral("synthetic %1").arg(count), syntheticCorpus(dir, count));
        }
    }
    std::printf("stall = gap between 5 ms timer ticks on the UI thread beyond 5 ms\n");
    for (const auto &[name, paths] : corpora) {
        std::printf("measuring %s...\n", qPrintable(name));
        print(measure(name, paths));
    }
    return 0;
}
