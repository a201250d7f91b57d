#pragma once

#include "model/comparison.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace parallax {

class ShareChart;
class SimilarityHeatmap;

// The overview of a comparison: per article the share of shared /
// paraphrased / unique text, and the pairwise similarity heatmap.
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    ShareChart *shareChart() const { return m_shares; }
    SimilarityHeatmap *heatmap() const { return m_heatmap; }

Q_SIGNALS:
    void pairActivated(int a, int b);
    void documentActivated(int document);

private:
    ShareChart *m_shares = nullptr;
    SimilarityHeatmap *m_heatmap = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace parallax
