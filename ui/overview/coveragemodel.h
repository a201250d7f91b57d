#pragma once

#include "model/comparison.h"
#include "report/coveragetable.h"
#include "statuspalette.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace parallax {

// The coverage grid: one row per claim (CoverageTable rows, in the reading
// order of a reference document), one column per document. A cell holds the
// document's sentences in that claim, or nothing. Text is computed on demand
// in data() so that 200 documents x 30 sentences stay cheap.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SentencesRole = Qt::UserRole + 1, // QVariantList of QPoint(document, sentence)
        StatusRole, // int SentenceStatus of the claim: best relation in the row
    };

    explicit CoverageModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison, int referenceDocument = 0);
    void setReferenceDocument(int document);
    int referenceDocument() const { return m_table ? m_table->referenceDocument() : 0; }
    const std::shared_ptr<const Comparison> &comparison() const { return m_comparison; }
    // Colours of the status backgrounds; the view passes the one matching its theme.
    void setStatusPalette(const StatusPalette &palette);

    SentenceStatus status(int row) const;
    int sourceCount(int row) const; // how many documents carry the claim
    std::vector<SentenceRef> sentences(int row, int document) const;
    // The claim with its sources, for the clipboard: each source's sentence in
    // quotes followed by "— title (outlet, date), path", one per line.
    QString citation(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild(int referenceDocument);
    QString cellText(int row, int document) const;
    QString cellToolTip(int row, int document) const;
    QString sentenceText(SentenceRef ref) const;
    QVariant rowHeaderData(int row, int role) const;
    QVariant columnHeaderData(int document, int role) const;
    QString sourceLine(int document) const;

    std::shared_ptr<const Comparison> m_comparison;
    std::optional<CoverageTable> m_table;
    std::vector<SentenceStatus> m_status; // per row
    std::vector<int> m_sources; // per row
    StatusPalette m_palette = StatusPalette::light();
};

} // namespace parallax
