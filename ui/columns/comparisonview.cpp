#include "comparisonview.h"

#include <QAction>
#include <QVBoxLayout>

namespace parallax {

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    new QVBoxLayout(this);
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
}

std::shared_ptr<const Comparison> ComparisonView::comparison() const
{
    return m_comparison;
}
int ComparisonView::columnCount() const
{
    return m_comparison ? int(m_comparison->documents.size()) : 0;
}
SentenceRef ComparisonView::selectedSentence() const
{
    return m_selected;
}
QList<SentenceRef> ComparisonView::highlightedPartners() const
{
    return m_partners;
}
int ComparisonView::focusedDocument() const
{
    return m_selected.document >= 0 ? m_selected.document : m_focused;
}
QList<QAction *> ComparisonView::viewActions() const
{
    return m_actions;
}
std::optional<SentenceStatus> ComparisonView::shownStatus(SentenceRef) const
{
    return std::nullopt;
}
int ComparisonView::builtColumnCount() const
{
    return 0;
}
int ComparisonView::statusFilter() const
{
    return m_filter;
}
ArticlePane *ComparisonView::pane(int) const
{
    return nullptr;
}
MatchPanel *ComparisonView::matchPanel() const
{
    return m_matchPanel;
}
int ComparisonView::findHitCount() const
{
    return int(m_findHits.size());
}
int ComparisonView::currentFindHit() const
{
    return m_currentHit;
}
void ComparisonView::selectSentence(SentenceRef ref)
{
    m_selected = ref;
}
bool ComparisonView::goToNext(SentenceStatus, bool)
{
    return false;
}
void ComparisonView::setStatusFilter(int status)
{
    m_filter = status;
}
void ComparisonView::find(const QString &) { }
void ComparisonView::findNext() { }
void ComparisonView::findPrevious() { }
void ComparisonView::setSyncScroll(bool on)
{
    m_sync = on;
}
bool ComparisonView::syncScroll() const
{
    return m_sync;
}
void ComparisonView::zoomIn() { }
void ComparisonView::zoomOut() { }
void ComparisonView::resetZoom() { }
void ComparisonView::showDocument(int) { }
bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    return QWidget::eventFilter(watched, event);
}

} // namespace parallax
