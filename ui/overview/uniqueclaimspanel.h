#pragma once

#include "model/comparison.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace parallax {

// "Only in X": per source, the claims no other source carries (coverage rows
// with a single source whose sentences match nothing elsewhere), in reading
// order. Activating one shows it.
class UniqueClaimsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UniqueClaimsPanel(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    QTreeWidget *tree() const { return m_tree; }
    // The claims listed for a document: the first sentence of each, in reading order.
    std::vector<SentenceRef> claimsOf(int document) const;

Q_SIGNALS:
    void sentenceActivated(parallax::SentenceRef sentence);

private:
    void activate(QTreeWidgetItem *item);
    void collectClaims();

    std::shared_ptr<const Comparison> m_comparison;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    std::vector<std::vector<SentenceRef>> m_claims; // per document, in reading order
};

} // namespace parallax
