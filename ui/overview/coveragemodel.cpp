#include "coveragemodel.h"

#include "documentlabels.h"

#include <QBrush>
#include <QFont>
#include <QPoint>

#include <algorithm>

namespace parallax {

namespace {

// Cells show the start of long sentences; the tooltip has all of it. The cap
// keeps text layout cheap when a "sentence" is a whole unpunctuated page.
constexpr qsizetype displayLimit = 400;

QString statusGlyph(SentenceStatus status)
{
    // A cue that does not depend on colour: "≡" copied, "≈" reworded, "·" alone.
    switch (status) {
    case SentenceStatus::Shared:
        return QStringLiteral("\u2261");
    case SentenceStatus::Paraphrased:
        return QStringLiteral("\u2248");
    case SentenceStatus::Unique:
        break;
    }
    return QStringLiteral("\u00b7");
}

QString statusText(SentenceStatus status)
{
    switch (status) {
    case SentenceStatus::Shared:
        return CoverageModel::tr("shared");
    case SentenceStatus::Paraphrased:
        return CoverageModel::tr("paraphrased");
    case SentenceStatus::Unique:
        break;
    }
    return CoverageModel::tr("unique");
}

} // namespace

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CoverageModel::setComparison(std::shared_ptr<const Comparison> comparison, int referenceDocument)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    rebuild(referenceDocument);
    endResetModel();
}

void CoverageModel::setReferenceDocument(int document)
{
    if (!m_comparison || document == referenceDocument())
        return;
    beginResetModel();
    rebuild(document);
    endResetModel();
}

void CoverageModel::setStatusPalette(const StatusPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

void CoverageModel::rebuild(int referenceDocument)
{
    m_table.reset();
    m_status.clear();
    m_sources.clear();
    if (!m_comparison)
        return;
    const int documents = int(m_comparison->documents.size());
    const int reference = std::clamp(referenceDocument, 0, std::max(0, documents - 1));
    m_table.emplace(*m_comparison, reference);
    // Per-row figures are needed for every visible row header and cell
    // background: computed once here (one pass over the sentences), not per paint.
    for (const CoverageTable::Row &row : m_table->rows()) {
        SentenceStatus best = SentenceStatus::Unique;
        int sources = 0;
        for (size_t d = 0; d < row.cells.size(); ++d) {
            if (row.cells[d].empty())
                continue;
            ++sources;
            for (const int s : row.cells[d])
                best = std::max(best, m_comparison->sentences[d][size_t(s)].status);
        }
        m_status.push_back(best);
        m_sources.push_back(sources);
    }
}

SentenceStatus CoverageModel::status(int row) const
{
    return m_status[size_t(row)];
}

int CoverageModel::sourceCount(int row) const
{
    return m_sources[size_t(row)];
}

std::vector<SentenceRef> CoverageModel::sentences(int row, int document) const
{
    std::vector<SentenceRef> refs;
    for (const int s : m_table->rows()[size_t(row)].cells[size_t(document)])
        refs.push_back({document, s});
    return refs;
}

QString CoverageModel::sentenceText(SentenceRef ref) const
{
    const AnalyzedDocument &document = m_comparison->documents[size_t(ref.document)];
    const TextSpan span = document.sentences[size_t(ref.sentence)].span;
    // Hard-wrapped sources keep soft line breaks inside sentences.
    return document.article.text.mid(span.start, span.length()).simplified();
}

QString CoverageModel::cellText(int row, int document) const
{
    QStringList parts;
    for (const SentenceRef ref : sentences(row, document))
        parts.append(sentenceText(ref));
    return parts.join(u' ');
}

QString CoverageModel::sourceLine(int document) const
{
    const Article &article = m_comparison->documents[size_t(document)].article;
    QStringList details;
    if (!article.outlet.isEmpty())
        details.append(article.outlet);
    if (!article.date.isEmpty())
        details.append(article.date);
    QString line = article.title;
    if (!details.isEmpty())
        line += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    if (!article.path.isEmpty())
        line += QStringLiteral(", ") + article.path;
    return line;
}

QString CoverageModel::citation(int row) const
{
    if (!m_table || row < 0 || row >= rowCount())
        return {};
    QStringList lines;
    for (int d = 0; d < columnCount(); ++d) {
        const QString text = cellText(row, d);
        if (!text.isEmpty())
            lines.append(tr("\u201c%1\u201d \u2014 %2").arg(text, sourceLine(d)));
    }
    return lines.join(u'\n');
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->rows().size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->documentCount();
}

QString CoverageModel::cellToolTip(int row, int document) const
{
    QString tip = QStringLiteral("<p><b>%1</b></p>")
                      .arg(documentLabel(m_comparison->documents[size_t(document)].article).toHtmlEscaped());
    for (const SentenceRef ref : sentences(row, document)) {
        const SentenceResult &result = m_comparison->sentences[size_t(ref.document)][size_t(ref.sentence)];
        tip += QStringLiteral("<p>%1 <i>(%2)</i></p>")
                   .arg(sentenceText(ref).toHtmlEscaped(), statusText(result.status));
        // The engine's best partner per source: it may sit in another row when
        // the match is too loose for the claim's cluster, which explains a
        // paraphrased sentence in a row of its own.
        QStringList partners;
        for (const Match &match : result.matches) {
            partners.append(
                tr("%1 %2 in %3 (score %4)")
                    .arg(statusGlyph(SentenceStatus(match.relation)),
                         statusText(SentenceStatus(match.relation)),
                         sourceName(m_comparison->documents[size_t(match.document)].article).toHtmlEscaped())
                    .arg(match.score, 0, 'f', 2));
        }
        if (!partners.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(partners.join(QStringLiteral("<br>")));
    }
    return tip;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int document = index.column();
    const bool present = !m_table->rows()[size_t(row)].cells[size_t(document)].empty();
    switch (role) {
    case Qt::DisplayRole: {
        if (!present)
            return {};
        const QString text = cellText(row, document);
        return text.size() > displayLimit ? text.left(displayLimit) + u'\u2026' : text;
    }
    case Qt::ToolTipRole:
        if (!present)
            return tr("Not in %1").arg(documentLabel(m_comparison->documents[size_t(document)].article));
        return cellToolTip(row, document);
    case Qt::BackgroundRole:
        if (!present || m_status[size_t(row)] == SentenceStatus::Unique)
            return {};
        return QBrush(m_palette.background(m_status[size_t(row)]));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
    case SentencesRole: {
        QVariantList refs;
        for (const SentenceRef ref : sentences(row, document))
            refs.append(QPoint(ref.document, ref.sentence));
        return refs;
    }
    case StatusRole:
        return int(m_status[size_t(row)]);
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? rowHeaderData(section, role) : QVariant();
    return section >= 0 && section < columnCount() ? columnHeaderData(section, role) : QVariant();
}

QVariant CoverageModel::rowHeaderData(int row, int role) const
{
    const SentenceStatus status = m_status[size_t(row)];
    const int sources = m_sources[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        //: Row header of the coverage grid: claim number, status glyph, sources carrying it / all sources
        return tr("%1  %2 %3/%4").arg(row + 1).arg(statusGlyph(status)).arg(sources).arg(columnCount());
    case Qt::ToolTipRole:
        return tr("Claim %1: %2, carried by %n of %3 source(s)", nullptr, sources)
            .arg(row + 1)
            .arg(statusText(status))
            .arg(columnCount());
    case Qt::BackgroundRole:
        if (status == SentenceStatus::Unique)
            return {};
        return QBrush(m_palette.background(status));
    case StatusRole:
        return int(status);
    case SentencesRole: {
        QVariantList refs;
        for (int d = 0; d < columnCount(); ++d) {
            for (const SentenceRef ref : sentences(row, d))
                refs.append(QPoint(ref.document, ref.sentence));
        }
        return refs;
    }
    default:
        return {};
    }
}

QVariant CoverageModel::columnHeaderData(int document, int role) const
{
    const Article &article = m_comparison->documents[size_t(document)].article;
    switch (role) {
    case Qt::DisplayRole:
        // Two lines: reports of one story often share a headline, not a source.
        return QString(sourceName(article) + u'\n' + meaningfulTitle(article));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ToolTipRole: {
        QString tip = sourceLine(document);
        if (document == referenceDocument())
            tip += u'\n' + tr("Reference article: rows follow its order");
        return tip;
    }
    case Qt::FontRole: {
        if (document != referenceDocument())
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

} // namespace parallax
