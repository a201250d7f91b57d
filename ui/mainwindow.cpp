#include "mainwindow.h"

#include "aboutdialog.h"
#include "articlepropertiesdialog.h"
#include "atomicfilewriter.h"
#include "comparisonsettings.h"
#include "comparisonview.h"
#include "coveragemodel.h"
#include "coverageview.h"
#include "export/coveragecsvexporter.h"
#include "export/htmlexporter.h"
#include "export/jsonexporter.h"
#include "filecollector.h"
#include "filedrophandler.h"
#include "messagebar.h"
#include "recentfiles.h"
#include "samplearticles.h"
#include "sensitivitypanel.h"
#include "session/sessionfile.h"
#include "sessionconverter.h"
#include "summarypanel.h"
#include "uniqueclaimspanel.h"
#include "userprompter.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace parallax {

namespace {

const auto sessionFilter = QStringLiteral("*.parallax");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_defaultPrompter(std::make_unique<UserPrompter>())
    , m_prompter(m_defaultPrompter.get())
{
    setWindowTitle(tr("Parallax"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1500, 950);
    m_options = ComparisonSettings::load(m_settings);

    // Edits arrive in bursts (undo, several properties): compare once they settle.
    m_compareTimer.setSingleShot(true);
    m_compareTimer.setInterval(0);
    connect(&m_compareTimer, &QTimer::timeout, this, &MainWindow::runComparison);
    connect(&m_articles, &ArticleSet::changed, this, &MainWindow::scheduleComparison);
    connect(m_articles.undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(&m_controller, &ComparisonController::comparisonReady, this, &MainWindow::showComparison);

    createViews();
    createDocks();
    createStatusBar();
    createActions();
    restoreSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    saveSettings();
    // Views hold the comparison by shared pointer; the controller's destructor
    // cancels and waits for the background jobs.
}

void MainWindow::setPrompter(UserPrompter *prompter)
{
    m_prompter = prompter ? prompter : m_defaultPrompter.get();
}

// --- building the window ---------------------------------------------------

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messages = new MessageBar(central);
    m_view = new ComparisonView(central);
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_dropHandler = new FileDropHandler(this);
    setAcceptDrops(true);
    installEventFilter(m_dropHandler);
    connect(m_dropHandler, &FileDropHandler::pathsDropped, this, &MainWindow::openFiles);

    connect(m_view, &ComparisonView::columnMoveRequested, this, [this](int from, int to) {
        const int source = articleIndexOfColumn(from);
        const int target = articleIndexOfColumn(to);
        if (source >= 0 && target >= 0)
            m_articles.move(source, target);
    });
    connect(m_view, &ComparisonView::columnContextMenuRequested, this, &MainWindow::showColumnMenu);
}

void MainWindow::createDocks()
{
    m_coverage = new CoverageView(this);
    m_summary = new SummaryPanel(this);
    m_unique = new UniqueClaimsPanel(this);
    m_sensitivity = new SensitivityPanel(this);
    m_sensitivity->setOptions(m_options);

    const auto addDock
        = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
              auto *dock = new QDockWidget(title, this);
              dock->setObjectName(name);
              dock->setWidget(widget);
              addDockWidget(area, dock);
              m_docks << dock;
              return dock;
          };
    QDockWidget *coverage
        = addDock(m_coverage, tr("Coverage"), QStringLiteral("coverageDock"), Qt::BottomDockWidgetArea);
    QDockWidget *summary
        = addDock(m_summary, tr("Summary"), QStringLiteral("summaryDock"), Qt::BottomDockWidgetArea);
    QDockWidget *unique
        = addDock(m_unique, tr("Only in One Source"), QStringLiteral("uniqueDock"), Qt::BottomDockWidgetArea);
    QDockWidget *sensitivity = addDock(m_sensitivity, tr("Sensitivity"), QStringLiteral("sensitivityDock"),
                                       Qt::BottomDockWidgetArea);
    tabifyDockWidget(coverage, summary);
    tabifyDockWidget(summary, unique);
    tabifyDockWidget(unique, sensitivity);
    coverage->raise();
    resizeDocks({coverage}, {300}, Qt::Vertical);

    connect(m_coverage, &CoverageView::sentenceActivated, m_view, &ComparisonView::selectSentence);
    connect(m_unique, &UniqueClaimsPanel::sentenceActivated, m_view, &ComparisonView::selectSentence);
    connect(m_summary, &SummaryPanel::pairActivated, this, &MainWindow::showPair);
    connect(m_summary, &SummaryPanel::documentActivated, m_view, &ComparisonView::showDocument);
    connect(m_sensitivity, &SensitivityPanel::optionsChanged, this, &MainWindow::setOptions);
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel"), this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, &m_controller, &ComparisonController::cancel);
    connect(&m_controller, &ComparisonController::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        if (!busy)
            m_progress->reset();
    });
    connect(&m_controller, &ComparisonController::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_controller, &ComparisonController::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_controller, &ComparisonController::progressTextChanged, statusBar(),
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(&m_controller, &ComparisonController::comparisonCanceled, statusBar(),
            [this] { statusBar()->showMessage(tr("Comparison canceled"), 5000); });
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(tr("Open &Sample"), this, &MainWindow::openSample);
    file->addSeparator();
    file->addAction(tr("Open Sess&ion…"), this, &MainWindow::chooseSession);
    file->addAction(tr("Save Session"), QKeySequence::Save, this, [this] { saveSessionInteractive(false); });
    file->addAction(tr("Save Session &As…"), QKeySequence::SaveAs, this,
                    [this] { saveSessionInteractive(true); });
    file->addSeparator();
    m_comparisonActions << file->addAction(tr("Export as &HTML…"), this,
                                           [this] { exportComparison(ExportKind::Html); });
    m_comparisonActions << file->addAction(tr("Export as &JSON…"), this,
                                           [this] { exportComparison(ExportKind::Json); });
    m_comparisonActions << file->addAction(tr("Export &Coverage as CSV…"), this,
                                           [this] { exportComparison(ExportKind::Csv); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_articles.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_articles.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Paste as Article"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this,
                    &MainWindow::pasteFromClipboard);
    edit->addSeparator();
    m_articleActions << edit->addAction(tr("Re&name Article…"), QKeySequence(Qt::Key_F2), this,
                                        [this] { renameArticle(currentArticle()); });
    m_articleActions << edit->addAction(tr("Article &Properties…"), this,
                                        [this] { editProperties(currentArticle()); });
    m_articleActions << edit->addAction(tr("Move Article &Left"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), this,
                                        [this] { moveArticle(currentArticle(), -1); });
    m_articleActions << edit->addAction(tr("Move Article &Right"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), this,
                                        [this] { moveArticle(currentArticle(), +1); });
    m_articleActions << edit->addAction(tr("Re&move Article"), this,
                                        [this] { m_articles.remove(currentArticle()); });
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_view->viewActions());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSettings()
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    ComparisonSettings::save(m_settings, m_options);
}

// --- opening -----------------------------------------------------------------

void MainWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), m_settings.value(QStringLiteral("lastDirectory")).toString(),
        tr("Articles (%1);;All files (*)").arg(FileCollector::nameFilters().join(QLatin1Char(' '))));
    if (paths.isEmpty())
        return;
    m_settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(paths.front()).absolutePath());
    openFiles(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    // A session named among the files (command line, Finder, a drop) opens as a session.
    QStringList articles;
    for (const QString &path : paths) {
        if (QFileInfo(path).suffix().compare(u"parallax", Qt::CaseInsensitive) == 0) {
            if (maybeSave())
                openSession(path);
        } else {
            articles << path;
        }
    }
    if (articles.isEmpty())
        return;
    const FileCollector collector([this](const QString &folder, int count) {
        return m_prompter->confirmLargeFolder(this, folder, count);
    });
    FileCollector::Collected collected = collector.collect(articles);
    if (collected.files.isEmpty()) {
        reportErrors(collected.rejected);
        Q_EMIT filesOpened();
        return;
    }
    m_controller.loadFiles(collected.files, m_options.maxFileBytes,
                           [this, rejected = std::move(collected.rejected)](const LoadBatch &loaded) {
                               addLoaded(loaded, rejected);
                           });
}

void MainWindow::openSample()
{
    openFiles(sampleArticlePaths());
}

void MainWindow::addLoaded(const LoadBatch &loaded, std::vector<Error> errors)
{
    std::vector<ArticleEntry> entries;
    QStringList opened;
    for (const LoadedFile &file : loaded) {
        if (!file.article.ok()) {
            errors.push_back(file.article.error());
            continue;
        }
        entries.push_back(m_articles.makeEntry(file.article.value(), file.path));
        opened << file.path;
    }
    m_articles.add(std::move(entries));
    RecentFiles(m_settings).add(opened);
    reportErrors(errors);
    Q_EMIT filesOpened();
}

void MainWindow::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_messages->showMessage(tr("The clipboard holds no text to paste as an article."));
        return;
    }
    pasteArticle(text);
}

void MainWindow::pasteArticle(const QString &text)
{
    const Article article = SessionConverter::pastedArticle(text, tr("Pasted text %1").arg(++m_pastedCount));
    m_articles.add({m_articles.makeEntry(article, QString())});
}

void MainWindow::reportErrors(const std::vector<Error> &errors)
{
    if (errors.empty())
        return;
    m_messages->showErrors(tr("%n file(s) could not be opened:", nullptr, int(errors.size())), errors);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    RecentFiles recent(m_settings);
    const QStringList files = recent.files();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (!QFileInfo::exists(path)) {
                RecentFiles(m_settings).remove(path);
                m_messages->showMessage(
                    tr("%1 no longer exists and was removed from the recent files.").arg(path));
                return;
            }
            openFiles({path});
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        // Greyed, not hidden: a file on an unmounted drive may come back.
        action->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Remove &Missing Files"), this, [this] {
        RecentFiles recentFiles(m_settings);
        for (const QString &path : recentFiles.files())
            if (!QFileInfo::exists(path))
                recentFiles.remove(path);
    });
    m_recentMenu->addAction(tr("&Clear List"), this, [this] { RecentFiles(m_settings).clear(); });
}

// --- sessions ----------------------------------------------------------------

bool MainWindow::isDirty() const
{
    return m_articles.count() > 0
        && (!const_cast<ArticleSet &>(m_articles).undoStack()->isClean() || m_optionsDirty);
}

bool MainWindow::maybeSave()
{
    if (!isDirty())
        return true;
    switch (m_prompter->askToSaveChanges(this)) {
    case UserPrompter::SaveChoice::Save:
        return saveSessionInteractive(false);
    case UserPrompter::SaveChoice::Discard:
        return true;
    case UserPrompter::SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::chooseSession()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Session"), m_settings.value(QStringLiteral("lastDirectory")).toString(),
        tr("Parallax sessions (%1);;All files (*)").arg(sessionFilter));
    if (!path.isEmpty())
        openSession(path);
}

bool MainWindow::openSession(const QString &path)
{
    const Result<Session> session = SessionFile().load(path);
    if (!session.ok()) {
        reportErrors({session.error()});
        return false;
    }
    const SessionConverter::Plan plan = SessionConverter::plan(session.value(), *m_prompter, this);
    const ComparisonOptions options = session.value().options;
    // Files still loading for the old articles must not land in the new session.
    m_controller.cancel();
    m_controller.loadFiles(
        plan.filePaths(), options.maxFileBytes, [this, plan, options, path](const LoadBatch &loaded) {
            std::vector<Error> errors = plan.skipped;
            std::vector<ArticleEntry> entries = SessionConverter::entries(plan, loaded, m_articles, errors);
            m_options = options;
            m_sensitivity->setOptions(options);
            m_optionsDirty = false;
            m_sessionPath = path;
            m_articles.reset(std::move(entries));
            // Whatever was left out makes the window differ from the file.
            if (!errors.empty())
                m_articles.undoStack()->resetClean();
            reportErrors(errors);
            updateTitle();
            Q_EMIT filesOpened();
        });
    return true;
}

bool MainWindow::saveSession(const QString &path)
{
    const Session session = SessionConverter::toSession(m_articles.entries(), m_options);
    if (const std::optional<Error> error = SessionFile().save(session, path)) {
        reportErrors({*error});
        return false;
    }
    m_sessionPath = path;
    m_optionsDirty = false;
    m_articles.undoStack()->setClean();
    updateTitle();
    statusBar()->showMessage(tr("Session saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveSessionInteractive(bool askPath)
{
    QString path = m_sessionPath;
    if (askPath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Session"),
                                            m_settings.value(QStringLiteral("lastDirectory")).toString(),
                                            tr("Parallax sessions (%1)").arg(sessionFilter));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".parallax");
    }
    return saveSession(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString name
        = m_sessionPath.isEmpty() ? tr("Untitled") : QFileInfo(m_sessionPath).completeBaseName();
    setWindowTitle(tr("%1[*] — Parallax").arg(name));
    setWindowModified(isDirty());
}

// --- comparing ---------------------------------------------------------------

void MainWindow::setOptions(const ComparisonOptions &options)
{
    m_options = options;
    m_optionsDirty = true;
    m_sensitivity->setOptions(options);
    ComparisonSettings::save(m_settings, options);
    updateTitle();
    scheduleComparison();
}

void MainWindow::scheduleComparison()
{
    updateTitle();
    m_compareTimer.start();
}

void MainWindow::runComparison()
{
    std::vector<int> ids;
    for (const ArticleEntry &entry : m_articles.entries())
        ids.push_back(entry.id);
    if (ids.empty()) {
        m_controller.cancel();
        showComparison(std::make_shared<const Comparison>());
        return;
    }
    m_controller.compare(m_articles.articles(), m_options, ids);
}

void MainWindow::showComparison(std::shared_ptr<const Comparison> comparison)
{
    m_view->setComparison(comparison);
    m_coverage->setComparison(comparison);
    m_summary->setComparison(comparison);
    m_unique->setComparison(comparison);
    updateActions();
    if (comparison && !comparison->documents.empty())
        statusBar()->showMessage(tr("%n article(s) compared", nullptr, int(comparison->documents.size())),
                                 5000);
    Q_EMIT comparisonShown();
}

std::shared_ptr<const Comparison> MainWindow::comparison() const
{
    return m_view->comparison();
}

int MainWindow::columnCount() const
{
    return m_view->columnCount();
}

int MainWindow::articleIndexOfColumn(int column) const
{
    // The comparison shown may be older than the latest edit.
    const std::vector<int> &ids = m_controller.comparisonTag();
    if (column < 0 || column >= int(ids.size()))
        return -1;
    return m_articles.indexOf(ids[size_t(column)]);
}

void MainWindow::updateActions()
{
    const bool hasComparison = comparison() && !comparison()->documents.empty();
    for (QAction *action : std::as_const(m_comparisonActions))
        action->setEnabled(hasComparison);
    for (QAction *action : std::as_const(m_articleActions))
        action->setEnabled(hasComparison);
}

// --- editing articles --------------------------------------------------------

int MainWindow::currentArticle() const
{
    return articleIndexOfColumn(m_view->focusedDocument());
}

void MainWindow::showColumnMenu(int column, const QPoint &globalPos)
{
    const int index = articleIndexOfColumn(column);
    if (index < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Re&name…"), this, [this, index] { renameArticle(index); });
    menu.addAction(tr("&Properties…"), this, [this, index] { editProperties(index); });
    menu.addSeparator();
    menu.addAction(tr("Move &Left"), this, [this, index] { moveArticle(index, -1); })->setEnabled(index > 0);
    menu.addAction(tr("Move &Right"), this, [this, index] { moveArticle(index, +1); })
        ->setEnabled(index + 1 < m_articles.count());
    menu.addSeparator();
    menu.addAction(tr("Re&move"), this, [this, index] { m_articles.remove(index); });
    menu.exec(globalPos);
}

void MainWindow::renameArticle(int index)
{
    if (index < 0 || index >= m_articles.count())
        return;
    const ArticleEntry &entry = m_articles.entries()[size_t(index)];
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Article"), tr("Title:"), QLineEdit::Normal,
                                                entry.effective().title, &ok);
    if (ok)
        m_articles.rename(index, title.trimmed());
}

void MainWindow::editProperties(int index)
{
    if (index < 0 || index >= m_articles.count())
        return;
    ArticlePropertiesDialog dialog(m_articles.entries()[size_t(index)], this);
    if (dialog.exec() == QDialog::Accepted)
        m_articles.setProperties(index, dialog.properties());
}

void MainWindow::moveArticle(int index, int delta)
{
    m_articles.move(index, index + delta);
}

void MainWindow::showPair(int a, int b)
{
    m_view->showDocument(b);
    m_view->showDocument(a);
}

// --- exporting ---------------------------------------------------------------

void MainWindow::exportComparison(ExportKind kind)
{
    const std::shared_ptr<const Comparison> shown = comparison();
    if (!shown || shown->documents.empty())
        return;
    const QString filter = kind == ExportKind::Json ? tr("JSON (*.json)")
        : kind == ExportKind::Html                  ? tr("HTML page (*.html)")
                                                    : tr("CSV (*.csv)");
    // The file dialog asks before overwriting an existing file.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), m_settings.value(QStringLiteral("lastDirectory")).toString(), filter);
    if (!path.isEmpty())
        exportTo(kind, path);
}

bool MainWindow::exportTo(ExportKind kind, const QString &path)
{
    const std::shared_ptr<const Comparison> shown = comparison();
    if (!shown || shown->documents.empty())
        return false;
    // The CSV follows the rows the user sees in the coverage grid.
    const int reference = m_coverage->model()->referenceDocument();
    const std::optional<Error> error = AtomicFileWriter().write(path, [&](QIODevice &device) {
        switch (kind) {
        case ExportKind::Json:
            return JsonExporter().write(*shown, device);
        case ExportKind::Html:
            return HtmlExporter().write(*shown, device);
        case ExportKind::Csv:
            return CoverageCsvExporter().write(*shown, reference, device);
        }
        return false;
    });
    if (error) {
        reportErrors({*error});
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

} // namespace parallax
