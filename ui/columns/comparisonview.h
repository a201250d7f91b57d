#pragma once

#include "columnlayout.h"
#include "model/comparison.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QScrollArea;
class QSplitter;

namespace parallax {

class ArticlePane;
class ColumnStrip;
class FindBar;
struct PaneDecorations;
class LegendBar;
class MatchPanel;

// The side-by-side view of a comparison: one column per article with its
// sentences highlighted by status, a legend with a status filter, a find bar
// and a side panel with the selected sentence's matches. Columns sit side by
// side in a horizontal scroll area; the user drags the gap between two columns
// to resize the left one (ColumnLayout keeps the widths per article). Their
// text documents are built only when they scroll into view, so 200 articles
// stay fluid.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setComparison(std::shared_ptr<const Comparison> comparison); // replaces the old one in one step
    std::shared_ptr<const Comparison> comparison() const;
    int columnCount() const;
    SentenceRef selectedSentence() const; // {-1,-1} when none
    QList<SentenceRef> highlightedPartners() const; // partners highlighted for the selection
    int focusedDocument() const; // column of the selection or the focused column
    QList<QAction *> viewActions() const; // navigation, find, zoom, sync scroll, filter

    // Read back what is drawn, for tests and accessibility: the status whose
    // highlight the sentence shows, or nullopt when its column is not built yet
    // or the filter hides its highlight.
    std::optional<SentenceStatus> shownStatus(SentenceRef ref) const;
    int builtColumnCount() const; // columns whose text document exists
    const ColumnLayout &columnLayout() const { return m_layout; }
    ColumnStrip *columnStrip() const { return m_strip; }
    int statusFilter() const;
    ArticlePane *pane(int document) const;
    MatchPanel *matchPanel() const;
    LegendBar *legendBar() const;
    FindBar *findBar() const;
    int findHitCount() const;
    int currentFindHit() const; // -1 when none

public Q_SLOTS:
    void selectSentence(parallax::SentenceRef ref);
    bool goToNext(parallax::SentenceStatus status, bool forward = true);
    void setStatusFilter(int status); // -1 = all, else int(SentenceStatus)
    void find(const QString &text);
    void findNext();
    void findPrevious();
    void setSyncScroll(bool on);
    bool syncScroll() const;
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void showDocument(int document);
    void resizeColumn(int document, int width); // at least the minimum width
    void resetColumnWidth(int document);

Q_SIGNALS:
    void sentenceSelected(parallax::SentenceRef ref);
    void columnMoveRequested(int from, int to);
    void columnContextMenuRequested(int document, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FindHit
    {
        int document = -1;
        TextSpan span;
    };

    void createActions();
    void addNavigationAction(const QString &text, const QKeySequence &key, SentenceStatus status,
                             bool forward);
    void rebuildPanes();
    void layoutColumns();
    void buildVisibleColumns();
    void releaseDistantColumns(int first, int last);
    void revealInNewPane(int document);
    int referencePane(int except) const;
    int defaultColumnWidth() const;
    qreal zoomedPointSize() const;
    void applyZoom();
    bool isValid(SentenceRef ref) const;
    void revealSelection();
    PaneDecorations decorationsFor(int document) const;
    void updateDecorations();
    void stepSentence(int document, int delta);
    void stepColumn(int document, int delta);
    void onPaneScrolled(int document);
    void alignPane(int source, int target);
    void showFindHit(int index);
    void openFindBar();

    std::shared_ptr<const Comparison> m_comparison;
    std::vector<ArticlePane *> m_panes;
    SentenceRef m_selected;
    QList<SentenceRef> m_partners;
    int m_focused = 0;
    int m_filter = -1;
    bool m_sync = true;
    bool m_aligning = false; // set while we scroll columns ourselves
    int m_zoom = 0; // steps from the default size
    qreal m_basePointSize = 10;
    std::vector<FindHit> m_findHits;
    int m_currentHit = -1;

    LegendBar *m_legend = nullptr;
    FindBar *m_findBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    ColumnLayout m_layout;
    ColumnStrip *m_strip = nullptr;
    MatchPanel *m_matchPanel = nullptr;
    QList<QAction *> m_actions;
    QAction *m_syncAction = nullptr;
    QList<QAction *> m_filterActions;
};

} // namespace parallax
