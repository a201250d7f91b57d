#pragma once

#include "model/comparison.h"
#include "report/comparisonsummary.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace parallax {

// Per document, one stacked bar of its text's shares: shared, paraphrased,
// unique, with percentage labels where they fit (and in the tooltip always).
// Bars are patterned as well as coloured so the parts differ without colour.
class ShareChart : public QWidget
{
    Q_OBJECT

public:
    explicit ShareChart(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    int documentCount() const;
    QRect barRect(int document) const;
    // The part of a document's bar drawn for one status (empty when its share is 0).
    QRect partRect(int document, SentenceStatus status) const;
    int documentAt(QPoint position) const; // -1 outside the bars' rows
    QString barToolTip(int document) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void documentActivated(int document);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    void measureLabels();
    void paintBar(QPainter &painter, int document) const;

    std::shared_ptr<const Comparison> m_comparison;
    std::optional<ComparisonSummary> m_summary;
    int m_widestLabel = 0;
};

} // namespace parallax
