#pragma once

#include "model/comparison.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace parallax {

// The main window: opens articles, runs the comparison off the UI thread
// with progress and cancel, and shows one column per article with every
// sentence coloured by status. (The full viewer is a later issue.)
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void openSample();

    // The comparison shown now (empty before the first one finishes).
    const Comparison &comparison() const { return m_comparison; }
    int columnCount() const;

Q_SIGNALS:
    void comparisonShown();

private:
    void createActions();
    void chooseFiles();
    void startComparison(const QStringList &paths);
    void showResult();
    void showColumns();
    void reportErrors();

    Comparison m_comparison;
    QFutureWatcher<Comparison> m_watcher;
    QSplitter *m_columns = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_legend = nullptr;
};

} // namespace parallax
