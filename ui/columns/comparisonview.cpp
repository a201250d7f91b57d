#include "comparisonview.h"

#include "articlepane.h"
#include "articletextedit.h"
#include "columnheader.h"
#include "columnstrip.h"
#include "findbar.h"
#include "legendbar.h"
#include "matchpanel.h"
#include "selectiondiff.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace parallax {

namespace {

constexpr int BaseColumnWidth = 320; // at the default font size: about 45 characters a line
constexpr int ColumnGap = 8; // also the handle the user drags to resize a column
constexpr int MinZoom = -4;
constexpr int MaxZoom = 16;
constexpr int KeptScreens = 2; // built columns kept on each side of the visible ones, in screens
constexpr int AlignSearchRadius = 8; // sentences around the top one searched for a partner

// Whether a text span is shown, i.e. lies in one of the article's blocks.
bool isShown(const Article &article, TextSpan span)
{
    if (article.blocks.isEmpty())
        return true;
    auto it = std::upper_bound(article.blocks.begin(), article.blocks.end(), span.start,
                               [](qsizetype offset, const TextSpan &block) { return offset < block.start; });
    return it != article.blocks.begin() && span.end <= std::prev(it)->end;
}

int sentenceContaining(const AnalyzedDocument &document, qsizetype offset)
{
    auto it = std::upper_bound(document.sentences.begin(), document.sentences.end(), offset,
                               [](qsizetype at, const Sentence &sentence) { return at < sentence.span.end; });
    if (it == document.sentences.end() || it->span.start > offset)
        return -1;
    return int(it - document.sentences.begin());
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_legend(new LegendBar(this))
    , m_findBar(new FindBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_scrollArea(new QScrollArea(m_splitter))
    , m_strip(new ColumnStrip(&m_layout))
    , m_matchPanel(new MatchPanel(m_splitter))
{
    m_basePointSize = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    m_scrollArea->setWidget(m_strip);
    m_scrollArea->setWidgetResizable(false);
    m_scrollArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scrollArea->viewport()->installEventFilter(this);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_scrollArea);
    m_splitter->addWidget(m_matchPanel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({1300, 260});
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_findBar);
    layout->addWidget(m_splitter, 1);

    connect(m_scrollArea->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &ComparisonView::buildVisibleColumns);
    connect(m_strip, &ColumnStrip::columnResized, this, &ComparisonView::resizeColumn);
    connect(m_strip, &ColumnStrip::columnReset, this, &ComparisonView::resetColumnWidth);
    connect(m_legend, &LegendBar::filterChanged, this, &ComparisonView::setStatusFilter);
    connect(m_findBar, &FindBar::searchChanged, this, &ComparisonView::find);
    connect(m_findBar, &FindBar::nextRequested, this, &ComparisonView::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &ComparisonView::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] { find(QString()); });
    connect(m_matchPanel, &MatchPanel::partnerActivated, this, &ComparisonView::selectSentence);
    createActions();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::createActions()
{
    addNavigationAction(tr("Next &Unique Sentence"), QKeySequence(Qt::Key_U), SentenceStatus::Unique, true);
    addNavigationAction(tr("Previous U&nique Sentence"), QKeySequence(Qt::SHIFT | Qt::Key_U),
                        SentenceStatus::Unique, false);
    addNavigationAction(tr("Next &Paraphrased Sentence"), QKeySequence(Qt::Key_P),
                        SentenceStatus::Paraphrased, true);
    addNavigationAction(tr("Previous P&araphrased Sentence"), QKeySequence(Qt::SHIFT | Qt::Key_P),
                        SentenceStatus::Paraphrased, false);
    addNavigationAction(tr("Next &Shared Sentence"), QKeySequence(Qt::Key_S), SentenceStatus::Shared, true);
    addNavigationAction(tr("Previous S&hared Sentence"), QKeySequence(Qt::SHIFT | Qt::Key_S),
                        SentenceStatus::Shared, false);

    auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
        return action;
    };
    add(tr("&Find in Columns…"), {QKeySequence::Find}, [this] { openFindBar(); });
    add(tr("Find &Next"), {QKeySequence::FindNext}, [this] { findNext(); });
    add(tr("Find Pre&vious"), {QKeySequence::FindPrevious}, [this] { findPrevious(); });
    m_legend->addActionButton(add(tr("Zoom &In"),
                                  {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                                  [this] { zoomIn(); }));
    m_legend->addActionButton(add(tr("Zoom &Out"), {QKeySequence::ZoomOut}, [this] { zoomOut(); }));
    add(tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { resetZoom(); });

    m_syncAction = add(tr("S&ynchronized Scrolling"), {}, [this](bool on) { setSyncScroll(on); });
    m_syncAction->setCheckable(true);
    m_syncAction->setChecked(m_sync);
    m_syncAction->setToolTip(tr("Scroll the other columns along, keeping matching sentences side by side"));
    m_legend->addActionButton(m_syncAction);
    auto *panel = add(tr("&Matches Panel"), {}, [this](bool on) { m_matchPanel->setVisible(on); });
    panel->setCheckable(true);
    panel->setChecked(true);
    m_legend->addActionButton(panel);

    auto *group = new QActionGroup(this);
    const std::pair<QString, int> filters[]
        = {{tr("Highlight &All Statuses"), -1},
           {tr("Highlight Shared &Only"), int(SentenceStatus::Shared)},
           {tr("Highlight Paraphrased O&nly"), int(SentenceStatus::Paraphrased)},
           {tr("Highlight Unique On&ly"), int(SentenceStatus::Unique)}};
    for (const auto &[text, status] : filters) {
        QAction *action = add(text, {}, [this, s = status] { setStatusFilter(s); });
        action->setCheckable(true);
        action->setChecked(status == m_filter);
        action->setData(status);
        group->addAction(action);
        m_filterActions.append(action);
    }
}

void ComparisonView::addNavigationAction(const QString &text, const QKeySequence &key, SentenceStatus status,
                                         bool forward)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, status, forward] {
        if (!goToNext(status, forward))
            QApplication::beep();
    });
    addAction(action);
    m_actions.append(action);
}

void ComparisonView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_selected = SentenceRef {};
    m_partners.clear();
    m_findHits.clear();
    m_currentHit = -1;
    rebuildPanes();
    std::array<int, 3> counts {0, 0, 0};
    int conflicts = 0;
    if (m_comparison) {
        for (const auto &document : m_comparison->sentences) {
            for (const SentenceResult &result : document)
                ++counts[size_t(result.status)];
        }
        for (const Link &link : m_comparison->links)
            conflicts += link.conflicts.isEmpty() ? 0 : 1;
    }
    m_legend->setCounts(counts, conflicts);
    m_matchPanel->setSelection(m_comparison, m_selected);
    m_focused = 0;
    if (m_findBar->isVisible() && !m_findBar->text().isEmpty())
        find(m_findBar->text());
}

void ComparisonView::rebuildPanes()
{
    // New panes first, then the old ones go: the view never shows a mix.
    std::vector<ArticlePane *> old;
    old.swap(m_panes);
    const int count = columnCount();
    m_panes.reserve(size_t(count));
    const qreal pointSize = m_basePointSize + m_zoom;
    for (int d = 0; d < count; ++d) {
        auto *pane = new ArticlePane(m_comparison, d, m_strip);
        pane->setStatusFilter(m_filter);
        if (m_zoom != 0)
            pane->setFontPointSize(pointSize);
        connect(pane, &ArticlePane::sentenceClicked, this, &ComparisonView::selectSentence);
        connect(pane, &ArticlePane::stepRequested, this, &ComparisonView::stepSentence);
        connect(pane, &ArticlePane::columnStepRequested, this, &ComparisonView::stepColumn);
        connect(pane, &ArticlePane::scrolled, this, &ComparisonView::onPaneScrolled);
        connect(pane, &ArticlePane::focused, this, [this](int document) { m_focused = document; });
        connect(pane->header(), &ColumnHeader::moveRequested, this, &ComparisonView::columnMoveRequested);
        connect(pane->header(), &ColumnHeader::contextMenuRequested, this,
                &ComparisonView::columnContextMenuRequested);
        m_panes.push_back(pane);
    }
    // Later, not now: this may run inside a signal of an old pane.
    for (ArticlePane *pane : old) {
        pane->hide();
        pane->deleteLater();
    }
    QStringList keys;
    if (m_comparison) {
        for (const AnalyzedDocument &document : m_comparison->documents)
            keys.append(document.article.path + u'\n' + document.article.sha256);
    }
    m_layout.setColumns(keys);
    m_scrollArea->horizontalScrollBar()->setValue(0);
    // Panes show only near the view (buildVisibleColumns): showing 200 header
    // widgets at once costs more than the whole rest of the switch.
    layoutColumns();
}

int ComparisonView::defaultColumnWidth() const
{
    // Few columns share the view's width; many scroll.
    const int base = qRound(BaseColumnWidth * zoomedPointSize() / m_basePointSize);
    const int count = qMax(1, columnCount());
    return qMax(base, m_scrollArea->viewport()->width() / count);
}

void ComparisonView::layoutColumns()
{
    m_layout.setScale(zoomedPointSize() / m_basePointSize);
    m_layout.setDefaultWidth(defaultColumnWidth());
    const int height = m_scrollArea->viewport()->height();
    m_strip->resize(m_layout.totalWidth(), height);
    // Each column's gap straddles its boundary, where the strip takes the drag.
    for (size_t i = 0; i < m_panes.size(); ++i)
        m_panes[i]->setGeometry(m_layout.left(int(i)) + ColumnGap / 2, 0, m_layout.width(int(i)) - ColumnGap,
                                height);
    m_strip->update();
    buildVisibleColumns();
}

void ComparisonView::resizeColumn(int document, int width)
{
    m_layout.resize(document, width);
    layoutColumns();
}

void ComparisonView::resetColumnWidth(int document)
{
    m_layout.reset(document);
    layoutColumns();
}

void ComparisonView::buildVisibleColumns()
{
    if (m_panes.empty())
        return;
    const int left = m_scrollArea->horizontalScrollBar()->value();
    const int first = m_layout.columnAt(left);
    const int last = m_layout.columnAt(left + m_scrollArea->viewport()->width() - 1);
    for (int d = first; d <= last; ++d) {
        ArticlePane *pane = m_panes[size_t(d)];
        pane->show();
        if (pane->isBuilt())
            continue;
        pane->ensureBuilt();
        pane->setDecorations(decorationsFor(d));
        revealInNewPane(d);
    }
    releaseDistantColumns(first, last);
}

void ComparisonView::releaseDistantColumns(int first, int last)
{
    // Columns a few screens away give their documents back, so scrolling
    // through 200 articles never leaves 200 laid-out documents behind (which
    // zooming or a theme change would then lay out again).
    const int keep = (last - first + 1) * KeptScreens;
    for (size_t d = 0; d < m_panes.size(); ++d) {
        if (int(d) < first - keep || int(d) > last + keep) {
            m_panes[d]->release();
            m_panes[d]->hide();
        }
    }
}

void ComparisonView::revealInNewPane(int document)
{
    // A partner of the selection shows itself; otherwise follow the other columns.
    m_aligning = true;
    auto partner = std::find_if(m_partners.begin(), m_partners.end(),
                                [document](SentenceRef ref) { return ref.document == document; });
    if (partner != m_partners.end()) {
        m_panes[size_t(document)]->ensureSentenceVisible(partner->sentence);
    } else if (m_sync) {
        // Columns at the top stay there: alignment starts with the user's scrolling.
        const int reference = referencePane(document);
        if (reference >= 0 && m_panes[size_t(reference)]->scrollFraction() > 0)
            alignPane(reference, document);
    }
    m_aligning = false;
}

int ComparisonView::referencePane(int except) const
{
    if (m_focused >= 0 && m_focused < int(m_panes.size()) && m_focused != except
        && m_panes[size_t(m_focused)]->isBuilt())
        return m_focused;
    for (size_t i = 0; i < m_panes.size(); ++i) {
        if (int(i) != except && m_panes[i]->isBuilt())
            return int(i);
    }
    return -1;
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
    if (columnCount() == 0)
        return -1;
    return qBound(0, m_focused, columnCount() - 1);
}

QList<QAction *> ComparisonView::viewActions() const
{
    return m_actions;
}

std::optional<SentenceStatus> ComparisonView::shownStatus(SentenceRef ref) const
{
    if (ref.document < 0 || ref.document >= int(m_panes.size()))
        return std::nullopt;
    return m_panes[size_t(ref.document)]->statusAt(ref.sentence);
}

int ComparisonView::builtColumnCount() const
{
    return int(std::count_if(m_panes.begin(), m_panes.end(),
                             [](const ArticlePane *pane) { return pane->isBuilt(); }));
}

int ComparisonView::statusFilter() const
{
    return m_filter;
}

ArticlePane *ComparisonView::pane(int document) const
{
    if (document < 0 || document >= int(m_panes.size()))
        return nullptr;
    return m_panes[size_t(document)];
}

MatchPanel *ComparisonView::matchPanel() const
{
    return m_matchPanel;
}

LegendBar *ComparisonView::legendBar() const
{
    return m_legend;
}

FindBar *ComparisonView::findBar() const
{
    return m_findBar;
}

int ComparisonView::findHitCount() const
{
    return int(m_findHits.size());
}

int ComparisonView::currentFindHit() const
{
    return m_currentHit;
}

bool ComparisonView::isValid(SentenceRef ref) const
{
    return m_comparison && ref.document >= 0 && ref.document < columnCount() && ref.sentence >= 0
        && ref.sentence < int(m_comparison->sentences[size_t(ref.document)].size());
}

void ComparisonView::selectSentence(SentenceRef ref)
{
    if (!isValid(ref))
        ref = SentenceRef {};
    const bool changed = ref != m_selected;
    m_selected = ref;
    m_partners.clear();
    if (ref.document >= 0) {
        m_focused = ref.document;
        for (const Match &match : m_comparison->sentences[size_t(ref.document)][size_t(ref.sentence)].matches)
            m_partners.append(SentenceRef {match.document, match.sentence});
    }
    updateDecorations();
    m_matchPanel->setSelection(m_comparison, m_selected);
    revealSelection();
    if (changed)
        Q_EMIT sentenceSelected(ref);
}

void ComparisonView::revealSelection()
{
    if (m_selected.document < 0)
        return;
    showDocument(m_selected.document);
    // Our own scrolling must not drive the synchronized scrolling.
    m_aligning = true;
    m_panes[size_t(m_selected.document)]->ensureSentenceVisible(m_selected.sentence);
    for (const SentenceRef &partner : std::as_const(m_partners))
        m_panes[size_t(partner.document)]->ensureSentenceVisible(partner.sentence);
    m_aligning = false;
}

PaneDecorations ComparisonView::decorationsFor(int document) const
{
    PaneDecorations decorations;
    if (m_selected.document >= 0) {
        if (m_selected.document == document)
            decorations.selected = m_selected.sentence;
        const auto &matches
            = m_comparison->sentences[size_t(m_selected.document)][size_t(m_selected.sentence)].matches;
        for (const Match &match : matches) {
            if (match.document != document)
                continue;
            decorations.partners.append(match.sentence);
            for (const TextSpan &span :
                 SelectionDiff::partnerExtras(m_comparison->links[size_t(match.link)], m_selected))
                decorations.insertedWords.append(span);
        }
        if (m_selected.document == document) {
            for (const TextSpan &span : SelectionDiff::missingFromAll(*m_comparison, m_selected))
                decorations.deletedWords.append(span);
        }
    }
    for (size_t i = 0; i < m_findHits.size(); ++i) {
        if (m_findHits[i].document != document)
            continue;
        if (int(i) == m_currentHit)
            decorations.currentHit = m_findHits[i].span;
        else
            decorations.findHits.append(m_findHits[i].span);
    }
    return decorations;
}

void ComparisonView::updateDecorations()
{
    for (size_t d = 0; d < m_panes.size(); ++d)
        m_panes[d]->setDecorations(decorationsFor(int(d)));
}

bool ComparisonView::goToNext(SentenceStatus status, bool forward)
{
    const int document = focusedDocument();
    if (document < 0)
        return false;
    const auto &results = m_comparison->sentences[size_t(document)];
    const int count = int(results.size());
    int index = m_selected.document == document ? m_selected.sentence : (forward ? -1 : count);
    for (index += forward ? 1 : -1; index >= 0 && index < count; index += forward ? 1 : -1) {
        if (results[size_t(index)].status == status) {
            selectSentence(SentenceRef {document, index});
            return true;
        }
    }
    return false;
}

void ComparisonView::stepSentence(int document, int delta)
{
    const int count = int(m_comparison->sentences[size_t(document)].size());
    if (count == 0)
        return;
    int index = 0;
    if (m_selected.document == document)
        index = qBound(0, m_selected.sentence + delta, count - 1);
    else
        index = qMax(0, m_panes[size_t(document)]->topVisibleSentence());
    selectSentence(SentenceRef {document, index});
}

void ComparisonView::stepColumn(int document, int delta)
{
    // With a selection in this column: on to its nearest partner that way;
    // otherwise (or without one) just into the neighbouring column.
    int target = document + delta;
    const SentenceRef *partner = nullptr;
    if (m_selected.document == document) {
        for (const SentenceRef &ref : std::as_const(m_partners)) {
            if ((delta > 0 && ref.document > document && (!partner || ref.document < partner->document))
                || (delta < 0 && ref.document < document && (!partner || ref.document > partner->document)))
                partner = &ref;
        }
    }
    if (partner) {
        target = partner->document;
        selectSentence(*partner);
    }
    if (target < 0 || target >= int(m_panes.size()))
        return;
    showDocument(target);
    m_focused = target;
    if (m_panes[size_t(target)]->isBuilt())
        m_panes[size_t(target)]->textEdit()->setFocus(Qt::OtherFocusReason);
}

void ComparisonView::setStatusFilter(int status)
{
    if (status < -1 || status > int(SentenceStatus::Shared))
        status = -1;
    m_filter = status;
    m_legend->setFilter(status);
    for (QAction *action : std::as_const(m_filterActions))
        action->setChecked(action->data().toInt() == status);
    for (ArticlePane *pane : m_panes)
        pane->setStatusFilter(status);
}

void ComparisonView::openFindBar()
{
    m_findBar->open();
}

void ComparisonView::find(const QString &text)
{
    m_findHits.clear();
    m_currentHit = -1;
    if (m_findBar->text() != text)
        m_findBar->setText(text);
    if (m_comparison && !text.isEmpty()) {
        for (size_t d = 0; d < m_comparison->documents.size(); ++d) {
            const Article &article = m_comparison->documents[d].article;
            for (qsizetype at = article.text.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
                 at = article.text.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
                const TextSpan span {at, at + text.size()};
                if (isShown(article, span))
                    m_findHits.push_back(FindHit {int(d), span});
            }
        }
    }
    if (m_findHits.empty()) {
        updateDecorations();
        m_findBar->setResult(-1, 0);
        return;
    }
    showFindHit(0);
}

void ComparisonView::findNext()
{
    if (m_findHits.empty()) {
        if (!m_findBar->isVisible())
            openFindBar();
        return;
    }
    showFindHit((m_currentHit + 1) % int(m_findHits.size()));
}

void ComparisonView::findPrevious()
{
    if (m_findHits.empty())
        return;
    const int count = int(m_findHits.size());
    showFindHit((m_currentHit - 1 + count) % count);
}

void ComparisonView::showFindHit(int index)
{
    m_currentHit = index;
    const FindHit hit = m_findHits[size_t(index)];
    const int sentence = sentenceContaining(m_comparison->documents[size_t(hit.document)], hit.span.start);
    if (sentence >= 0) {
        selectSentence(SentenceRef {hit.document, sentence}); // also updates the decorations
    } else {
        showDocument(hit.document);
        updateDecorations();
    }
    m_aligning = true;
    m_panes[size_t(hit.document)]->ensureTextVisible(hit.span);
    m_aligning = false;
    m_findBar->setResult(m_currentHit, int(m_findHits.size()));
}

void ComparisonView::setSyncScroll(bool on)
{
    m_sync = on;
    m_syncAction->setChecked(on);
}

bool ComparisonView::syncScroll() const
{
    return m_sync;
}

void ComparisonView::zoomIn()
{
    m_zoom = qMin(MaxZoom, m_zoom + 1);
    applyZoom();
}

void ComparisonView::zoomOut()
{
    m_zoom = qMax(MinZoom, m_zoom - 1);
    applyZoom();
}

void ComparisonView::resetZoom()
{
    m_zoom = 0;
    applyZoom();
}

qreal ComparisonView::zoomedPointSize() const
{
    return m_basePointSize + m_zoom;
}

void ComparisonView::applyZoom()
{
    for (ArticlePane *pane : m_panes)
        pane->setFontPointSize(zoomedPointSize());
    layoutColumns();
}

void ComparisonView::showDocument(int document)
{
    if (document < 0 || document >= int(m_panes.size()))
        return;
    const int width = m_layout.width(document);
    m_scrollArea->ensureVisible(m_layout.left(document) + width / 2, 0, width / 2, 0);
    buildVisibleColumns();
}

void ComparisonView::onPaneScrolled(int document)
{
    // A queued report from a pane of the previous comparison is stale.
    if (m_aligning || !m_sync || document >= int(m_panes.size()) || sender() != m_panes[size_t(document)])
        return;
    m_aligning = true;
    for (size_t d = 0; d < m_panes.size(); ++d) {
        if (int(d) != document && m_panes[d]->isBuilt())
            alignPane(document, int(d));
    }
    m_aligning = false;
}

void ComparisonView::alignPane(int source, int target)
{
    ArticlePane *from = m_panes[size_t(source)];
    ArticlePane *to = m_panes[size_t(target)];
    const int top = from->topVisibleSentence();
    const auto &results = m_comparison->sentences[size_t(source)];
    // The nearest sentence around the top that the target carries decides.
    for (int distance = 0; top >= 0 && distance <= AlignSearchRadius; ++distance) {
        for (int candidate : {top + distance, top - distance}) {
            if (candidate < 0 || candidate >= int(results.size()))
                continue;
            for (const Match &match : results[size_t(candidate)].matches) {
                if (match.document == target) {
                    to->scrollSentenceTo(match.sentence, from->sentenceRect(candidate).top());
                    return;
                }
            }
        }
    }
    to->scrollToFraction(from->scrollFraction());
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea->viewport() && event->type() == QEvent::Resize)
        layoutColumns();
    return QWidget::eventFilter(watched, event);
}

} // namespace parallax
