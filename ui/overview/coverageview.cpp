#include "coverageview.h"

#include "coveragedelegate.h"
#include "coveragemodel.h"
#include "documentlabels.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPoint>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace parallax {

namespace {

// Three lines of text per row: enough to recognise a claim, small enough to
// see many claims at once; the tooltip carries the rest.
constexpr int linesPerRow = 3;
constexpr int columnWidth = 260;

} // namespace

CoverageView::CoverageView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CoverageModel(this))
    , m_reference(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_copy(new QAction(tr("Copy with Sources"), this))
{
    auto *referenceLabel = new QLabel(tr("&Rows in the order of:"), this);
    referenceLabel->setBuddy(m_reference);
    m_reference->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reference->setMinimumContentsLength(24);
    m_reference->setToolTip(tr("The reference article: its claims come first, in its reading order"));
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_copy);
    copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *bar = new QHBoxLayout;
    bar->addWidget(referenceLabel);
    bar->addWidget(m_reference);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(copyButton);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new CoverageDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed section sizes: measuring 6000 rows' contents would stall the UI.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * linesPerRow + 8);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->horizontalHeader()->setDefaultSectionSize(columnWidth);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    // Two-line headers (source, title) clip at the right rather than elide:
    // eliding would join the lines.
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_copy);
    m_table->viewport()->installEventFilter(this);

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(
        tr("Copy the selected claims, each source's sentence with its title, outlet, date and path"));
    m_copy->setEnabled(false);
    addAction(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_copy, &QAction::triggered, this, &CoverageView::copySelection);
    connect(m_table, &QAbstractItemView::activated, this, &CoverageView::activate);
    connect(m_reference, &QComboBox::activated, this, &CoverageView::setReferenceDocument);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoverageView::updateSummary);
    // The view keeps one selection model for its single model, resets included.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoverageView::updateCopyAction);
    applyPalette();
}

void CoverageView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    // Keep the chosen reference when the same number of articles is compared again
    // (a re-run with other thresholds); otherwise start from the first article.
    const int documents = comparison ? int(comparison->documents.size()) : 0;
    const int reference = m_model->columnCount() == documents ? m_model->referenceDocument() : 0;
    m_model->setComparison(std::move(comparison), reference);
    fillReferenceChoices();
    fitColumns();
}

void CoverageView::setReferenceDocument(int document)
{
    m_model->setReferenceDocument(document);
    m_reference->setCurrentIndex(m_model->referenceDocument());
}

void CoverageView::fillReferenceChoices()
{
    m_reference->clear();
    const auto &comparison = m_model->comparison();
    if (comparison) {
        for (const AnalyzedDocument &document : comparison->documents)
            m_reference->addItem(documentLabel(document.article));
    }
    m_reference->setCurrentIndex(m_model->referenceDocument());
    m_reference->setEnabled(m_reference->count() > 1);
}

void CoverageView::updateSummary()
{
    const int rows = m_model->rowCount();
    int single = 0;
    int everywhere = 0;
    for (int row = 0; row < rows; ++row) {
        single += m_model->sourceCount(row) == 1 ? 1 : 0;
        everywhere += m_model->sourceCount(row) == m_model->columnCount() ? 1 : 0;
    }
    m_summary->setText(rows == 0 ? QString()
                                 : tr("%n claim(s): ", nullptr, rows)
                               + tr("%n in every source, ", nullptr, everywhere)
                               + tr("%n in only one", nullptr, single));
    m_copy->setEnabled(false);
}

QString CoverageView::selectedCitations() const
{
    QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList blocks;
    for (const QModelIndex &index : rows)
        blocks.append(m_model->citation(index.row()));
    return blocks.join(QStringLiteral("\n\n"));
}

void CoverageView::updateCopyAction()
{
    m_copy->setEnabled(m_table->selectionModel()->hasSelection());
}

void CoverageView::copySelection()
{
    const QString text = selectedCitations();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void CoverageView::activate(const QModelIndex &index)
{
    const QVariantList refs = index.data(CoverageModel::SentencesRole).toList();
    if (refs.isEmpty())
        return;
    const QPoint first = refs.first().toPoint();
    Q_EMIT sentenceActivated(SentenceRef {first.x(), first.y()});
}

void CoverageView::fitColumns()
{
    // A few sources share the width; many keep a readable width and scroll.
    const int columns = m_model->columnCount();
    if (columns == 0)
        return;
    const int available = m_table->viewport()->width();
    const int width = std::max(columnWidth, available / columns);
    for (int column = 0; column < columns; ++column)
        m_table->horizontalHeader()->resizeSection(column, width);
}

bool CoverageView::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's width is known only once laid out, and changes with the window.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void CoverageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void CoverageView::applyPalette()
{
    m_model->setStatusPalette(StatusPalette::forPalette(palette()));
}

} // namespace parallax
