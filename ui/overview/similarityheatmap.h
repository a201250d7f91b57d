#pragma once

#include "model/comparison.h"
#include "report/comparisonsummary.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace parallax {

// The pairwise similarity of the documents as an N x N heatmap: numbered
// columns, numbered and titled rows, the value in each cell when it fits,
// a tooltip on every cell (also when labels are too dense to draw). A click
// on a cell off the diagonal activates that pair.
class SimilarityHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarityHeatmap(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    int documentCount() const;
    // Where the cell of documents (row a, column b) is drawn; empty when there is no such cell.
    QRect cellRect(int a, int b) const;
    // The cell under a widget position: {row, column}, or {-1, -1}.
    std::pair<int, int> cellAt(QPoint position) const;
    QString cellToolTip(int a, int b) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pairActivated(int a, int b);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRect grid; // the N x N cells
        double cell = 0.0; // side of one cell
        int labelWidth = 0; // left labels ("1  Title"), 0 when hidden
        bool showLabels = false;
        bool showValues = false;
    };
    Layout layout() const;
    QRect cellRect(const Layout &geometry, int a, int b) const;
    void measureLabels();
    QColor cellColor(double value) const;
    QString rowLabel(int document) const;

    std::shared_ptr<const Comparison> m_comparison;
    std::optional<ComparisonSummary> m_summary;
    std::pair<int, int> m_hover {-1, -1};
    int m_labelWidth = 0; // widest row label, capped
};

} // namespace parallax
