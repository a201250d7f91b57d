#include "articlepane.h"
#include "articletextedit.h"
#include "columnheader.h"
#include "columnstrip.h"
#include "comparisonview.h"
#include "findbar.h"
#include "legendbar.h"
#include "matching/comparisonjob.h"
#include "matchpanel.h"
#include "statuspalette.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

using namespace parallax;

class TestComparisonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsOneColumnPerArticleWithItsStatuses();
    void clickingASharedSentenceSelectsItsPartners();
    void navigatesToTheNextUniqueSentence();
    void filterHighlightsOnlyOneStatus();
    void findsAcrossAllColumns();
    void synchronizedScrollingFollowsTheAlignment();
    void buildsOnlyVisibleColumnsOfMany();
    void replacesTheComparisonInOneStep();
    void zoomsTheText();
    void resizesAColumnByDraggingItsBoundary();
    void headerAsksToMoveAndForAMenu();
    void followsADarkPalette();
    void screenshots();

private:
    std::shared_ptr<const Comparison> m_sample;
};

namespace {

const QStringList samplePaths {
    QStringLiteral(":/samples/northwire.txt"), QStringLiteral(":/samples/kesterton-courier.txt"),
    QStringLiteral(":/samples/valley-ledger.html"), QStringLiteral(":/samples/radio-kesterton.md")};

// A comparison of many small articles, all unique, built without the engine.
std::shared_ptr<const Comparison> syntheticComparison(int count)
{
    auto comparison = std::make_shared<Comparison>();
    for (int d = 0; d < count; ++d) {
        AnalyzedDocument document;
        document.article.title = QStringLiteral("Article %1").arg(d);
        QString text;
        for (int p = 0; p < 20; ++p) {
            const qsizetype start = text.size();
            text += QStringLiteral("Paragraph %1 of article %2 says something. It goes on.").arg(p).arg(d);
            document.article.blocks.append(TextSpan {start, text.size()});
            document.sentences.push_back(
                Sentence {TextSpan {start, start + text.indexOf(u'.', start) + 1 - start}, {}});
            document.sentences.push_back(Sentence {TextSpan {text.size() - 11, text.size()}, {}});
            text += QStringLiteral("\n\n");
        }
        document.article.text = text;
        comparison->sentences.emplace_back(document.sentences.size());
        comparison->documents.push_back(std::move(document));
    }
    return comparison;
}

void showView(ComparisonView &view)
{
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

SentenceRef firstWith(const Comparison &comparison, int document, SentenceStatus status,
                      size_t minMatches = 0)
{
    const auto &results = comparison.sentences[size_t(document)];
    for (size_t s = 0; s < results.size(); ++s) {
        if (results[s].status == status && results[s].matches.size() >= minMatches)
            return SentenceRef {document, int(s)};
    }
    return {};
}

} // namespace

void TestComparisonView::initTestCase()
{
    m_sample = std::make_shared<const Comparison>(ComparisonJob(ComparisonInput {samplePaths, {}}, {}).run());
    QCOMPARE(int(m_sample->documents.size()), 4);
}

void TestComparisonView::showsOneColumnPerArticleWithItsStatuses()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    QCOMPARE(view.columnCount(), 4);
    QVERIFY(view.builtColumnCount() >= 3);
    // Opened at the top of every article.
    for (int d = 0; d < view.builtColumnCount(); ++d)
        QCOMPARE(view.pane(d)->textEdit()->verticalScrollBar()->value(), 0);
    std::array<int, 3> seen {0, 0, 0};
    for (int d = 0; d < 4; ++d) {
        view.showDocument(d);
        QVERIFY(view.pane(d)->isBuilt());
        const auto &results = m_sample->sentences[size_t(d)];
        for (int s = 0; s < int(results.size()); ++s) {
            const auto shown = view.shownStatus(SentenceRef {d, s});
            QVERIFY2(shown.has_value(), qPrintable(QStringLiteral("document %1 sentence %2").arg(d).arg(s)));
            QCOMPARE(int(*shown), int(results[size_t(s)].status));
            ++seen[size_t(*shown)];
        }
    }
    for (int count : seen)
        QVERIFY(count > 0);
    QVERIFY(view.legendBar()->legendText().contains(QStringLiteral("Shared (%1)").arg(seen[2])));
}

void TestComparisonView::clickingASharedSentenceSelectsItsPartners()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    const SentenceRef shared = firstWith(*m_sample, 0, SentenceStatus::Shared, 2);
    QVERIFY(shared.document == 0);
    ArticlePane *pane = view.pane(0);
    pane->ensureSentenceVisible(shared.sentence);
    QSignalSpy selected(&view, &ComparisonView::sentenceSelected);
    QTest::mouseClick(pane->textEdit()->viewport(), Qt::LeftButton, {}, pane->sentencePoint(shared.sentence));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(view.selectedSentence(), shared);
    QList<SentenceRef> expected;
    for (const Match &match : m_sample->sentences[0][size_t(shared.sentence)].matches)
        expected.append(SentenceRef {match.document, match.sentence});
    QCOMPARE(view.highlightedPartners(), expected);
    QCOMPARE(view.matchPanel()->entryCount(), int(expected.size()));
    // Each visible partner is scrolled into view.
    for (const SentenceRef &partner : std::as_const(expected)) {
        ArticlePane *other = view.pane(partner.document);
        if (!other->isBuilt())
            continue;
        const QRect rect = other->sentenceRect(partner.sentence);
        QVERIFY(rect.top() >= 0 && rect.top() < other->textEdit()->viewport()->height());
        QCOMPARE(other->sentenceAt(other->sentencePoint(partner.sentence)), partner.sentence);
    }
    // The tooltip lists the matches per source with relation and score.
    const QString tip = pane->toolTipFor(shared.sentence);
    for (const Match &match : m_sample->sentences[0][size_t(shared.sentence)].matches) {
        const Article &article = m_sample->documents[size_t(match.document)].article;
        QVERIFY(tip.contains((article.outlet.isEmpty() ? article.title : article.outlet).toHtmlEscaped()));
        QVERIFY(tip.contains(QString::number(match.score, 'f', 2)));
    }
    // Right moves to the nearest partner to the right, Left back.
    QTest::keyClick(pane->textEdit(), Qt::Key_Right);
    QCOMPARE(view.selectedSentence(), expected.front());
    QCOMPARE(view.focusedDocument(), expected.front().document);
    view.selectSentence(shared);
    // Clicking a partner entry in the side panel selects it.
    Q_EMIT view.matchPanel()->partnerActivated(expected.front());
    QCOMPARE(view.selectedSentence(), expected.front());
}

void TestComparisonView::navigatesToTheNextUniqueSentence()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    QCOMPARE(view.focusedDocument(), 0);
    // The column with the most unique sentences gets the focus.
    int document = 0;
    std::vector<int> unique;
    for (int d = 0; d < 4; ++d) {
        std::vector<int> found;
        const auto &results = m_sample->sentences[size_t(d)];
        for (size_t s = 0; s < results.size(); ++s) {
            if (results[s].status == SentenceStatus::Unique)
                found.push_back(int(s));
        }
        if (found.size() > unique.size()) {
            unique = found;
            document = d;
        }
    }
    QVERIFY(unique.size() >= 2);
    view.showDocument(document);
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.pane(document)->textEdit()->setFocus();
    QTRY_COMPARE(view.focusedDocument(), document);
    QVERIFY(view.goToNext(SentenceStatus::Unique));
    QCOMPARE(view.selectedSentence(), (SentenceRef {document, unique[0]}));
    QVERIFY(view.goToNext(SentenceStatus::Unique));
    QCOMPARE(view.selectedSentence(), (SentenceRef {document, unique[1]}));
    QVERIFY(view.goToNext(SentenceStatus::Unique, false));
    QCOMPARE(view.selectedSentence(), (SentenceRef {document, unique[0]}));
    QVERIFY(!view.goToNext(SentenceStatus::Unique, false));
    QCOMPARE(view.selectedSentence(), (SentenceRef {document, unique[0]}));
    // The shortcut does the same in the focused column; Down steps to the next sentence.
    QTest::keyClick(view.pane(document)->textEdit(), Qt::Key_U);
    QCOMPARE(view.selectedSentence(), (SentenceRef {document, unique[1]}));
    QTest::keyClick(view.pane(document)->textEdit(), Qt::Key_U, Qt::ShiftModifier);
    QCOMPARE(view.selectedSentence(), (SentenceRef {document, unique[0]}));
    QTest::keyClick(view.pane(document)->textEdit(), Qt::Key_Down);
    QCOMPARE(view.selectedSentence(), (SentenceRef {document, unique[0] + 1}));
}

void TestComparisonView::filterHighlightsOnlyOneStatus()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    const SentenceRef shared = firstWith(*m_sample, 0, SentenceStatus::Shared);
    const SentenceRef paraphrased = firstWith(*m_sample, 0, SentenceStatus::Paraphrased);
    const SentenceRef unique = firstWith(*m_sample, 0, SentenceStatus::Unique);
    view.setStatusFilter(int(SentenceStatus::Unique));
    QCOMPARE(view.statusFilter(), int(SentenceStatus::Unique));
    QCOMPARE(view.legendBar()->filter(), int(SentenceStatus::Unique));
    QCOMPARE(view.shownStatus(unique), SentenceStatus::Unique);
    QCOMPARE(view.shownStatus(shared), std::nullopt);
    QCOMPARE(view.shownStatus(paraphrased), std::nullopt);
    Q_EMIT view.legendBar()->filterChanged(int(SentenceStatus::Shared));
    QCOMPARE(view.shownStatus(shared), SentenceStatus::Shared);
    QCOMPARE(view.shownStatus(unique), std::nullopt);
    view.setStatusFilter(-1);
    QCOMPARE(view.shownStatus(paraphrased), SentenceStatus::Paraphrased);
    QCOMPARE(view.shownStatus(shared), SentenceStatus::Shared);
}

void TestComparisonView::findsAcrossAllColumns()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    const QString needle = QStringLiteral("BRIDGE");
    int expected = 0;
    for (const AnalyzedDocument &document : m_sample->documents)
        expected += int(document.article.text.count(needle, Qt::CaseInsensitive));
    QVERIFY(expected >= 4);
    view.find(needle);
    QVERIFY(view.findHitCount() > 0);
    QVERIFY(view.findHitCount() <= expected); // hits outside the shown text (none here) are dropped
    QCOMPARE(view.currentFindHit(), 0);
    const SentenceRef first = view.selectedSentence();
    QVERIFY(first.document >= 0);
    const Sentence &sentence = m_sample->documents[size_t(first.document)].sentences[size_t(first.sentence)];
    QVERIFY(m_sample->documents[size_t(first.document)]
                .article.text.mid(sentence.span.start, sentence.span.length())
                .contains(needle, Qt::CaseInsensitive));
    view.findNext();
    QCOMPARE(view.currentFindHit(), 1);
    view.findPrevious();
    view.findPrevious();
    QCOMPARE(view.currentFindHit(), view.findHitCount() - 1);
    // Typing in the find bar types; the one-key navigation shortcuts stay out of its way.
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.find(QString());
    view.findBar()->open();
    QVERIFY(QApplication::focusWidget());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("us"));
    QCOMPARE(view.findBar()->text(), QStringLiteral("us"));
    QVERIFY(view.findHitCount() > 0);
    view.find(QStringLiteral("no such words anywhere"));
    QCOMPARE(view.findHitCount(), 0);
}

void TestComparisonView::synchronizedScrollingFollowsTheAlignment()
{
    // Two columns where sentence i of the first is sentence i + 7 of the second.
    auto comparison = std::make_shared<Comparison>(*syntheticComparison(2));
    auto &second = comparison->documents[1];
    const QString lead = QStringLiteral("A different opening paragraph that only this article has.\n\n");
    for (int p = 0; p < 7; ++p) {
        second.article.text.prepend(lead);
        for (TextSpan &block : second.article.blocks)
            block = TextSpan {block.start + lead.size(), block.end + lead.size()};
        for (Sentence &sentence : second.sentences)
            sentence.span = TextSpan {sentence.span.start + lead.size(), sentence.span.end + lead.size()};
    }
    for (int p = 0; p < 7; ++p) {
        const qsizetype start = qsizetype(p) * lead.size();
        second.article.blocks.insert(p, TextSpan {start, start + lead.size() - 2});
        second.sentences.insert(second.sentences.begin() + p,
                                Sentence {TextSpan {start, start + lead.size() - 2}, {}});
    }
    comparison->sentences[1].resize(second.sentences.size());
    for (int s = 0; s < int(comparison->documents[0].sentences.size()); ++s) {
        Link link;
        link.id = int(comparison->links.size());
        link.a = SentenceRef {0, s};
        link.b = SentenceRef {1, s + 7};
        link.relation = Relation::Shared;
        link.score = 1.0;
        comparison->links.push_back(link);
        comparison->sentences[0][size_t(s)].matches.push_back(
            Match {1, s + 7, Relation::Shared, 1.0, link.id});
        comparison->sentences[0][size_t(s)].status = SentenceStatus::Shared;
        comparison->sentences[1][size_t(s + 7)].matches.push_back(
            Match {0, s, Relation::Shared, 1.0, link.id});
        comparison->sentences[1][size_t(s + 7)].status = SentenceStatus::Shared;
    }
    ComparisonView view;
    view.setComparison(comparison);
    view.resize(1200, 300); // short columns, so they scroll
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.syncScroll());
    QCOMPARE(view.shownStatus(SentenceRef {1, 0}), SentenceStatus::Unique);
    QCOMPARE(view.shownStatus(SentenceRef {1, 7}), SentenceStatus::Shared);
    // As the user scrolls (the slider, as the wheel and keys do): sentence 10 to the top.
    QScrollBar *bar = view.pane(0)->textEdit()->verticalScrollBar();
    bar->setSliderPosition(bar->value() + view.pane(0)->sentenceRect(10).top());
    QCOMPARE(view.pane(0)->topVisibleSentence(), 10);
    QTRY_COMPARE(view.pane(1)->sentenceRect(17).top(), view.pane(0)->sentenceRect(10).top());
    QCOMPARE(view.pane(1)->topVisibleSentence(), 17);
    // Off: the other column stays where it is.
    view.setSyncScroll(false);
    const int before = view.pane(1)->textEdit()->verticalScrollBar()->value();
    bar->setSliderPosition(0);
    QCoreApplication::processEvents();
    QCOMPARE(view.pane(1)->textEdit()->verticalScrollBar()->value(), before);
}

void TestComparisonView::buildsOnlyVisibleColumnsOfMany()
{
    ComparisonView view;
    view.setComparison(syntheticComparison(200));
    showView(view);
    QCOMPARE(view.columnCount(), 200);
    // 1600 px hold a handful of columns of at least 360 px; only those are laid out.
    QVERIFY(view.builtColumnCount() >= 1);
    QVERIFY2(view.builtColumnCount() <= 5, qPrintable(QString::number(view.builtColumnCount())));
    QVERIFY(!view.pane(150)->isBuilt());
    view.showDocument(150);
    QVERIFY(view.pane(150)->isBuilt());
    QVERIFY(view.builtColumnCount() <= 10);
    QCOMPARE(view.shownStatus(SentenceRef {150, 3}), SentenceStatus::Unique);
    // Scrolling through all of them leaves only the nearby columns built.
    for (int d = 0; d < 200; d += 3)
        view.showDocument(d);
    QVERIFY2(view.builtColumnCount() <= 5 * 5, qPrintable(QString::number(view.builtColumnCount())));
    QVERIFY(view.pane(198)->isBuilt());
    QVERIFY(!view.pane(0)->isBuilt());
    view.showDocument(0);
    QVERIFY(view.pane(0)->isBuilt());
    QVERIFY(view.goToNext(SentenceStatus::Unique));
}

void TestComparisonView::replacesTheComparisonInOneStep()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    view.selectSentence(firstWith(*m_sample, 0, SentenceStatus::Shared, 1));
    QVERIFY(view.selectedSentence().document == 0);
    view.find(QStringLiteral("bridge"));
    view.setComparison(syntheticComparison(2));
    QCOMPARE(view.columnCount(), 2);
    QCOMPARE(view.selectedSentence(), SentenceRef {});
    QVERIFY(view.highlightedPartners().isEmpty());
    QCOMPARE(view.findHitCount(), 0);
    QCOMPARE(view.matchPanel()->entryCount(), 0);
    QVERIFY(view.legendBar()->legendText().startsWith(QStringLiteral("Shared (0)")));
    QTRY_COMPARE(view.findChildren<ArticlePane *>().size(), 2);
    view.setComparison(nullptr);
    QCOMPARE(view.columnCount(), 0);
    QCOMPARE(view.focusedDocument(), -1);
    QVERIFY(!view.goToNext(SentenceStatus::Unique));
    view.find(QStringLiteral("x"));
    QCOMPARE(view.findHitCount(), 0);
}

void TestComparisonView::zoomsTheText()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    const qreal size = view.pane(0)->textEdit()->font().pointSizeF();
    const int width = view.pane(0)->width();
    QVERIFY(view.viewActions().size() >= 12);
    view.zoomIn();
    view.zoomIn();
    QCOMPARE(view.pane(0)->textEdit()->font().pointSizeF(), size + 2);
    QVERIFY(view.pane(0)->width() >= width);
    view.zoomOut();
    QCOMPARE(view.pane(0)->textEdit()->font().pointSizeF(), size + 1);
    view.resetZoom();
    QCOMPARE(view.pane(0)->textEdit()->font().pointSizeF(), size);
    QCOMPARE(view.pane(0)->width(), width);
}

void TestComparisonView::resizesAColumnByDraggingItsBoundary()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    ColumnStrip *strip = view.columnStrip();
    const ColumnLayout &layout = view.columnLayout();
    const int width = layout.width(0);
    const int paneWidth = view.pane(0)->width();
    const int secondLeft = view.pane(1)->x();
    QCOMPARE(layout.width(1), width);

    // Drag the gap between the first two headers 120 px to the right.
    const QPoint boundary(layout.left(1), 20);
    QVERIFY(strip->childAt(boundary) == nullptr); // the gap is the strip's, not a column's
    QTest::mousePress(strip, Qt::LeftButton, {}, boundary);
    QCOMPARE(strip->draggedColumn(), 0);
    QTest::mouseMove(strip, boundary + QPoint(60, 0));
    QTest::mouseMove(strip, boundary + QPoint(120, 0));
    QTest::mouseRelease(strip, Qt::LeftButton, {}, boundary + QPoint(120, 0));
    QCOMPARE(strip->draggedColumn(), -1);
    QCOMPARE(layout.width(0), width + 120);
    QCOMPARE(view.pane(0)->width(), paneWidth + 120);
    QCOMPARE(view.pane(1)->x(), secondLeft + 120); // the next columns move along
    QCOMPARE(view.pane(1)->width(), paneWidth);
    QCOMPARE(strip->width(), layout.totalWidth());

    // Never narrower than the minimum.
    const QPoint moved(layout.left(1), 20);
    QTest::mousePress(strip, Qt::LeftButton, {}, moved);
    QTest::mouseMove(strip, QPoint(5, 20));
    QTest::mouseRelease(strip, Qt::LeftButton, {}, QPoint(5, 20));
    QCOMPARE(layout.width(0), layout.minimumWidth());

    // A re-run with the same articles keeps the width; zoom scales it.
    view.resizeColumn(0, width + 120);
    view.setComparison(std::make_shared<const Comparison>(*m_sample));
    QCOMPARE(layout.width(0), width + 120);
    QCOMPARE(view.pane(0)->width(), paneWidth + 120);
    view.zoomIn();
    QVERIFY(layout.width(0) > width + 120);
    view.resetZoom();
    QCOMPARE(layout.width(0), width + 120);

    // Double-clicking the boundary gives the default width back.
    QTest::mouseDClick(strip, Qt::LeftButton, {}, QPoint(layout.left(1), 20));
    QVERIFY(!layout.isResized(0));
    QCOMPARE(layout.width(0), width);
    QCOMPARE(view.pane(0)->width(), paneWidth);

    // Other articles start from the default width.
    view.resizeColumn(1, width + 50);
    view.setComparison(syntheticComparison(4));
    QCOMPARE(layout.width(1), layout.width(0));
}

void TestComparisonView::headerAsksToMoveAndForAMenu()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    ColumnHeader *header = view.pane(2)->header();
    QCOMPARE(header->title(), m_sample->documents[2].article.title);
    QSignalSpy menu(&view, &ComparisonView::columnContextMenuRequested);
    QContextMenuEvent contextEvent(QContextMenuEvent::Mouse, QPoint(5, 5), header->mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(header, &contextEvent);
    QCOMPARE(menu.count(), 1);
    QCOMPARE(menu.front().front().toInt(), 2);

    QSignalSpy move(&view, &ComparisonView::columnMoveRequested);
    QMimeData mime;
    mime.setData(ColumnHeader::mimeType(), QByteArray("0"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(header, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(header, &drop);
    QCOMPARE(move.count(), 1);
    QCOMPARE(move.front().at(0).toInt(), 0);
    QCOMPARE(move.front().at(1).toInt(), 2);
}

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    return palette;
}

} // namespace

void TestComparisonView::followsADarkPalette()
{
    ComparisonView view;
    view.setComparison(m_sample);
    showView(view);
    const SentenceRef shared = firstWith(*m_sample, 0, SentenceStatus::Shared);
    QCOMPARE(view.shownStatus(shared), SentenceStatus::Shared);
    view.setPalette(darkPalette());
    // shownStatus compares with the colours of the current palette: dark ones now.
    QCOMPARE(view.shownStatus(shared), SentenceStatus::Shared);
    QTextCursor cursor(view.pane(0)->textEdit()->document());
    cursor.setPosition(
        view.pane(0)->textEdit()->cursorForPosition(view.pane(0)->sentencePoint(shared.sentence)).position());
    QCOMPARE(cursor.charFormat().background().color(),
             StatusPalette::dark().background(SentenceStatus::Shared));
}

void TestComparisonView::screenshots()
{
    const QString directory = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARALLAX_SCREENSHOT_DIR to save screenshots");
    auto shoot = [&](std::shared_ptr<const Comparison> comparison, const QString &name) {
        ComparisonView view;
        view.setComparison(comparison);
        showView(view);
        for (int d = 0; d < view.columnCount(); ++d) {
            if (view.pane(d)->isBuilt())
                QCOMPARE(view.pane(d)->textEdit()->verticalScrollBar()->value(), 0);
        }
        QVERIFY(view.grab().save(QDir(directory).filePath(name + QStringLiteral(".png"))));
        const SentenceRef shared = firstWith(*comparison, 0, SentenceStatus::Shared, 2);
        const SentenceRef any
            = shared.document >= 0 ? shared : firstWith(*comparison, 0, SentenceStatus::Paraphrased, 1);
        view.selectSentence(any);
        QVERIFY(view.grab().save(QDir(directory).filePath(name + QStringLiteral("-selected.png"))));
        view.find(QStringLiteral("the"));
        view.findBar()->open();
        QVERIFY(view.grab().save(QDir(directory).filePath(name + QStringLiteral("-find.png"))));
        view.setPalette(darkPalette());
        QVERIFY(view.grab().save(QDir(directory).filePath(name + QStringLiteral("-dark.png"))));
        view.resizeColumn(0, view.columnLayout().width(0) + 200);
        QVERIFY(view.grab().save(QDir(directory).filePath(name + QStringLiteral("-resized.png"))));
    };
    shoot(m_sample, QStringLiteral("columns-sample"));
    const QDir sochi(QStringLiteral(PARALLAX_SHARED_DIR "/samples/sochi-2018"));
    const QStringList files = sochi.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return;
    QStringList paths;
    for (const QString &file : files)
        paths.append(sochi.filePath(file));
    shoot(std::make_shared<const Comparison>(ComparisonJob(ComparisonInput {paths, {}}, {}).run()),
          QStringLiteral("columns-sochi"));
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
