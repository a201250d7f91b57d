#pragma once

#include "model/comparison.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace parallax {

class CoverageModel;

// The coverage grid with its reference-article selector and "Copy with
// sources" (Ctrl+C, context menu). Enter or a double-click on a cell
// activates that source's sentence.
class CoverageView : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageView(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    void setReferenceDocument(int document);

    CoverageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *copyAction() const { return m_copy; }
    // The citations of the selected rows, one block per row (what Copy puts on the clipboard).
    QString selectedCitations() const;

Q_SIGNALS:
    void sentenceActivated(parallax::SentenceRef sentence);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void copySelection();
    void updateCopyAction();
    void activate(const QModelIndex &index);
    void fillReferenceChoices();
    void updateSummary();
    void applyPalette();
    void fitColumns();

    CoverageModel *m_model = nullptr;
    QComboBox *m_reference = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace parallax
