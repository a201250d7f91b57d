#include "mainwindow.h"

#include "articlehtml.h"
#include "matching/comparisonjob.h"
#include "samplearticles.h"

#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_columns(new QSplitter(Qt::Horizontal, this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_legend(new QLabel(this))
{
    setWindowTitle(tr("Parallax"));
    resize(1400, 900);
    setCentralWidget(m_columns);
    m_columns->setChildrenCollapsible(false);

    m_legend->setText(tr("<span style=\"background-color:#cfe8f6\">&nbsp;shared&nbsp;</span> "
                         "<span style=\"background-color:#fbe3b8\">&nbsp;paraphrased&nbsp;</span> "
                         "<u>unique</u>"));
    statusBar()->addPermanentWidget(m_legend);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

    connect(m_cancel, &QPushButton::clicked, &m_watcher, &QFutureWatcher<Comparison>::cancel);
    connect(&m_watcher, &QFutureWatcher<Comparison>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Comparison>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Comparison>::progressTextChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(&m_watcher, &QFutureWatcher<Comparison>::finished, this, &MainWindow::showResult);
    createActions();
}

MainWindow::~MainWindow()
{
    // The job must not outlive the window whose watcher it reports to.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

int MainWindow::columnCount() const
{
    return m_columns->count();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseFiles);
    file->addAction(tr("Open &Sample"), this, &MainWindow::openSample);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(),
        tr("Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    startComparison(paths);
}

void MainWindow::openSample()
{
    startComparison(sampleArticlePaths());
}

void MainWindow::startComparison(const QStringList &paths)
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_watcher.setFuture(QtConcurrent::run(ComparisonJob({paths, {}}, ComparisonOptions{})));
}

void MainWindow::showResult()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        statusBar()->showMessage(tr("Comparison canceled"), 5000);
        return;
    }
    // Replace the old result only now, in one step: the view never shows a mix.
    m_comparison = m_watcher.result();
    showColumns();
    reportErrors();
    Q_EMIT comparisonShown();
}

void MainWindow::showColumns()
{
    while (m_columns->count() > 0)
        delete m_columns->widget(0);
    for (int d = 0; d < int(m_comparison.documents.size()); ++d) {
        auto *view = new QTextBrowser(m_columns);
        view->setMinimumWidth(220);
        view->setHtml(articleHtml(m_comparison, d));
        m_columns->addWidget(view);
    }
}

void MainWindow::reportErrors()
{
    if (m_comparison.errors.empty()) {
        statusBar()->showMessage(tr("%n article(s) compared", nullptr, int(m_comparison.documents.size())));
        return;
    }
    QStringList lines;
    for (const Error &error : m_comparison.errors)
        lines << error.path + QStringLiteral(": ") + error.message;
    statusBar()->showMessage(tr("Could not open: %1").arg(lines.join(QStringLiteral("; "))));
}

} // namespace parallax
