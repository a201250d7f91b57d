#include "uniqueclaimspanel.h"

#include "documentlabels.h"

#include "report/coveragetable.h"

#include <QHeaderView>
#include <QLabel>
#include <QPoint>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace parallax {

namespace {

constexpr int refRole = Qt::UserRole + 1;

QString sentenceText(const Comparison &comparison, SentenceRef ref)
{
    const AnalyzedDocument &document = comparison.documents[size_t(ref.document)];
    const TextSpan span = document.sentences[size_t(ref.sentence)].span;
    return document.article.text.mid(span.start, span.length()).simplified();
}

} // namespace

UniqueClaimsPanel::UniqueClaimsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setExpandsOnDoubleClick(true);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("Claims that only one source carries are listed here after a comparison."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    connect(m_tree, &QTreeWidget::itemClicked, this, &UniqueClaimsPanel::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &UniqueClaimsPanel::activate);
}

std::vector<SentenceRef> UniqueClaimsPanel::claimsOf(int document) const
{
    return document >= 0 && document < int(m_claims.size()) ? m_claims[size_t(document)]
                                                            : std::vector<SentenceRef>();
}

void UniqueClaimsPanel::collectClaims()
{
    m_claims.assign(m_comparison ? m_comparison->documents.size() : 0, {});
    if (!m_comparison)
        return;
    // The engine's coverage rows define a claim; a row with one source is "only in" it.
    const CoverageTable table(*m_comparison, 0);
    for (const CoverageTable::Row &row : table.rows()) {
        int carrier = -1;
        int carriers = 0;
        for (size_t d = 0; d < row.cells.size(); ++d) {
            if (!row.cells[d].empty()) {
                carrier = int(d);
                ++carriers;
            }
        }
        if (carriers != 1)
            continue;
        // A sentence alone in its row may still match another source loosely
        // (too loosely for the claim's cluster): that is not "only in" its source.
        const std::vector<int> &cell = row.cells[size_t(carrier)];
        const bool matched = std::any_of(cell.begin(), cell.end(), [&](int sentence) {
            return m_comparison->sentences[size_t(carrier)][size_t(sentence)].status
                != SentenceStatus::Unique;
        });
        if (!matched)
            m_claims[size_t(carrier)].push_back({carrier, cell.front()});
    }
    for (std::vector<SentenceRef> &refs : m_claims)
        std::sort(refs.begin(), refs.end());
}

void UniqueClaimsPanel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    collectClaims();
    m_tree->clear();
    if (!m_comparison) {
        m_empty->show();
        return;
    }
    int total = 0;
    QList<QTreeWidgetItem *> sources;
    const int documents = int(m_comparison->documents.size());
    for (int d = 0; d < documents; ++d) {
        const std::vector<SentenceRef> refs = claimsOf(d);
        const Article &article = m_comparison->documents[size_t(d)].article;
        auto *source = new QTreeWidgetItem({tr("Only in %1 (%2)").arg(sourceName(article)).arg(refs.size())});
        source->setToolTip(0,
                           documentLabel(article) + u'\n'
                               + tr("%n claim(s) that no other source carries", nullptr, int(refs.size())));
        QFont font = source->font(0);
        font.setBold(true);
        source->setFont(0, font);
        source->setDisabled(refs.empty());
        for (const SentenceRef ref : refs) {
            const QString text = sentenceText(*m_comparison, ref);
            auto *claim = new QTreeWidgetItem(source, {text});
            claim->setToolTip(0, QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
            claim->setData(0, refRole, QPoint(ref.document, ref.sentence));
        }
        total += int(refs.size());
        sources.append(source);
    }
    m_tree->addTopLevelItems(sources);
    // A handful of sources: open them all; hundreds: let the user pick.
    if (documents <= 12)
        m_tree->expandAll();
    m_empty->setText(tr("No claim is carried by only one source."));
    m_empty->setVisible(total == 0);
}

void UniqueClaimsPanel::activate(QTreeWidgetItem *item)
{
    const QVariant ref = item ? item->data(0, refRole) : QVariant();
    if (!ref.isValid())
        return;
    const QPoint point = ref.toPoint();
    Q_EMIT sentenceActivated(SentenceRef {point.x(), point.y()});
}

} // namespace parallax
