#pragma once

#include "articleset.h"
#include "comparisoncontroller.h"
#include "model/comparison.h"

#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace parallax {

class ComparisonView;
class CoverageView;
class FileDropHandler;
class MessageBar;
class SensitivityPanel;
class SummaryPanel;
class UniqueClaimsPanel;
class UserPrompter;

// The main window: the user's articles (ArticleSet, with undo), the
// background work (ComparisonController), the views of the comparison and
// the menus. Wiring only: each behaviour lives in a class of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opening. Files and folders: folders expand; errors go to the message bar.
    void openFiles(const QStringList &paths);
    void openSample();
    void pasteArticle(const QString &text);
    bool openSession(const QString &path);
    bool saveSession(const QString &path);

    enum class ExportKind { Json, Html, Csv };
    // Writes the comparison shown, atomically; errors go to the message bar.
    bool exportTo(ExportKind kind, const QString &path);

    // The questions the window asks (tests answer without dialogs). Not owned.
    void setPrompter(UserPrompter *prompter);

    std::shared_ptr<const Comparison> comparison() const;
    int columnCount() const;
    bool isDirty() const;
    QString sessionPath() const { return m_sessionPath; }
    ComparisonOptions options() const { return m_options; }
    void setOptions(const ComparisonOptions &options);

    ArticleSet *articleSet() { return &m_articles; }
    ComparisonController *controller() { return &m_controller; }
    ComparisonView *comparisonView() const { return m_view; }
    CoverageView *coverageView() const { return m_coverage; }
    SummaryPanel *summaryPanel() const { return m_summary; }
    UniqueClaimsPanel *uniqueClaimsPanel() const { return m_unique; }
    SensitivityPanel *sensitivityPanel() const { return m_sensitivity; }
    MessageBar *messageBar() const { return m_messages; }
    QMenu *recentMenu() const { return m_recentMenu; }
    void updateRecentMenu();

    // The article index of a column of the comparison shown (-1 when that
    // article was removed since).
    int articleIndexOfColumn(int column) const;

Q_SIGNALS:
    void comparisonShown();
    void filesOpened(); // a batch of files finished loading (whatever opened)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void createDocks();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();

    void chooseFiles();
    void chooseSession();
    bool saveSessionInteractive(bool askPath);
    void pasteFromClipboard();
    void addLoaded(const LoadBatch &loaded, std::vector<Error> errors);
    void reportErrors(const std::vector<Error> &errors);
    bool maybeSave();

    void scheduleComparison();
    void runComparison();
    void showComparison(std::shared_ptr<const Comparison> comparison);
    void updateTitle();
    void updateActions();

    void showColumnMenu(int column, const QPoint &globalPos);
    int currentArticle() const;
    void renameArticle(int index);
    void editProperties(int index);
    void moveArticle(int index, int delta);
    void showPair(int a, int b);

    void exportComparison(ExportKind kind);
    void showAbout();

    QSettings m_settings;
    ArticleSet m_articles;
    ComparisonController m_controller;
    ComparisonOptions m_options;
    std::unique_ptr<UserPrompter> m_defaultPrompter;
    UserPrompter *m_prompter = nullptr;
    QTimer m_compareTimer;
    QString m_sessionPath;
    bool m_optionsDirty = false;
    int m_pastedCount = 0;

    ComparisonView *m_view = nullptr;
    MessageBar *m_messages = nullptr;
    CoverageView *m_coverage = nullptr;
    SummaryPanel *m_summary = nullptr;
    UniqueClaimsPanel *m_unique = nullptr;
    SensitivityPanel *m_sensitivity = nullptr;
    FileDropHandler *m_dropHandler = nullptr;
    QList<QDockWidget *> m_docks;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QAction *> m_comparisonActions; // need a comparison
    QList<QAction *> m_articleActions; // need an article
};

} // namespace parallax
