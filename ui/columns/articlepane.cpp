#include "articlepane.h"

#include "articletextedit.h"
#include "columnheader.h"
#include "statuspalette.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>
#include <QVBoxLayout>

namespace parallax {

using namespace Qt::StringLiterals;

namespace {

// Stored in each sentence's character format so what is drawn can be read back.
constexpr int StatusProperty = QTextFormat::UserProperty + 1;

QTextCharFormat::UnderlineStyle underlineFor(SentenceStatus status)
{
    switch (status) {
    case SentenceStatus::Shared:
        return QTextCharFormat::SingleUnderline;
    case SentenceStatus::Paraphrased:
        return QTextCharFormat::DashUnderline;
    case SentenceStatus::Unique:
        break;
    }
    return QTextCharFormat::NoUnderline;
}

QString statusTitle(SentenceStatus status)
{
    switch (status) {
    case SentenceStatus::Shared:
        return ArticlePane::tr("Shared");
    case SentenceStatus::Paraphrased:
        return ArticlePane::tr("Paraphrased");
    case SentenceStatus::Unique:
        break;
    }
    return ArticlePane::tr("Unique");
}

QString relationTitle(Relation relation)
{
    return relation == Relation::Shared ? ArticlePane::tr("shared") : ArticlePane::tr("paraphrased");
}

QString sourceName(const Article &article)
{
    return article.outlet.isEmpty() ? article.title : article.outlet;
}

} // namespace

ArticlePane::ArticlePane(std::shared_ptr<const Comparison> comparison, int document, QWidget *parent)
    : QWidget(parent)
    , m_comparison(std::move(comparison))
    , m_document(document)
    , m_header(new ColumnHeader(document, m_comparison->documents[size_t(document)].article, this))
    , m_placeholder(new QLabel(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Loading…"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_placeholder, 1);
}

void ArticlePane::ensureBuilt()
{
    if (m_text)
        return;
    m_columnDocument = ColumnDocument(m_comparison->documents[size_t(m_document)]);
    m_text = new ArticleTextEdit(this);
    if (m_pointSize > 0) {
        QFont font = m_text->font();
        font.setPointSizeF(m_pointSize);
        m_text->setFont(font);
    }
    QTextDocument *document = m_text->document();
    document->setUndoRedoEnabled(false);
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setLeftMargin(ArticleTextEdit::markerMargin);
    frame.setRightMargin(6);
    document->rootFrame()->setFrameFormat(frame);
    m_columnDocument.fill(document);
    QTextCursor all(document);
    all.select(QTextCursor::Document);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(m_text->fontMetrics().height() * 0.6);
    paragraph.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(paragraph);
    applyStatusFormats();
    applyDecorations();
    // Filling moved the edit's own cursor to the end; the column opens at the top.
    m_text->setTextCursor(QTextCursor(document));

    connect(m_text, &ArticleTextEdit::clicked, this, [this](const QPoint &pos) {
        Q_EMIT sentenceClicked(SentenceRef {m_document, sentenceAt(pos)});
    });
    connect(m_text, &ArticleTextEdit::toolTipRequested, this, &ArticlePane::showToolTip);
    connect(m_text, &ArticleTextEdit::stepRequested, this,
            [this](int delta) { Q_EMIT stepRequested(m_document, delta); });
    connect(m_text, &ArticleTextEdit::columnStepRequested, this,
            [this](int delta) { Q_EMIT columnStepRequested(m_document, delta); });
    connect(m_text, &ArticleTextEdit::focused, this, [this] { Q_EMIT focused(m_document); });
    // Only the user's scrolling (wheel, keys, scroll bar) is reported, once the
    // value has changed: re-layouts and our own scrolling must not drive the
    // synchronized scrolling.
    connect(m_text->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT scrolled(m_document); }, Qt::QueuedConnection);
    });

    auto *box = static_cast<QVBoxLayout *>(layout());
    // replaceWidget hands back the old layout item, which is ours to delete.
    delete box->replaceWidget(m_placeholder, m_text);
    m_placeholder->hide();
    m_text->show();
    Q_EMIT built(m_document);
}

void ArticlePane::release()
{
    if (!m_text)
        return;
    auto *box = static_cast<QVBoxLayout *>(layout());
    delete box->replaceWidget(m_text, m_placeholder);
    m_placeholder->show();
    // Later: a queued report or a running event of the text may still refer to it.
    m_text->hide();
    m_text->deleteLater();
    m_text = nullptr;
}

int ArticlePane::documentPosition(qsizetype textOffset) const
{
    return m_columnDocument.toDocument(textOffset);
}

void ArticlePane::applyStatusFormats()
{
    const StatusPalette colors = StatusPalette::forPalette(palette());
    const auto &results = m_comparison->sentences[size_t(m_document)];
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    for (int i = 0; i < m_columnDocument.sentenceCount(); ++i) {
        const SentenceStatus status = results[size_t(i)].status;
        QTextCharFormat format;
        if (m_filter >= 0 && int(status) != m_filter) {
            // Filtered out: dimmed, so the chosen status stands out (also for unique, which has no colour).
            format.setForeground(palette().color(QPalette::PlaceholderText));
        } else {
            format.setProperty(StatusProperty, int(status));
            if (status != SentenceStatus::Unique)
                format.setBackground(colors.background(status));
            format.setUnderlineStyle(underlineFor(status));
            const QColor base = colors.background(status);
            format.setUnderlineColor(colors.isDark() ? base.lighter(220) : base.darker(220));
        }
        const TextSpan span = m_columnDocument.sentence(i);
        cursor.setPosition(documentPosition(span.start));
        cursor.setPosition(documentPosition(span.end), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
    cursor.endEditBlock();
    m_text->setMarkers(conflictRanges(), colors.conflictMarker());
}

QList<std::pair<int, int>> ArticlePane::conflictRanges() const
{
    QList<std::pair<int, int>> ranges;
    const auto &results = m_comparison->sentences[size_t(m_document)];
    for (int i = 0; i < m_columnDocument.sentenceCount(); ++i) {
        for (const Match &match : results[size_t(i)].matches) {
            if (!m_comparison->links[size_t(match.link)].conflicts.isEmpty()) {
                const TextSpan span = m_columnDocument.sentence(i);
                ranges.append({documentPosition(span.start), documentPosition(span.end)});
                break;
            }
        }
    }
    return ranges;
}

void ArticlePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A theme switch: the status colours follow the new palette's lightness.
    if (event->type() == QEvent::PaletteChange && m_text) {
        applyStatusFormats();
        applyDecorations();
    }
}

void ArticlePane::setStatusFilter(int status)
{
    if (m_filter == status)
        return;
    m_filter = status;
    if (m_text)
        applyStatusFormats();
}

void ArticlePane::setDecorations(const PaneDecorations &decorations)
{
    m_decorations = decorations;
    if (m_text)
        applyDecorations();
}

void ArticlePane::applyDecorations()
{
    const StatusPalette colors = StatusPalette::forPalette(palette());
    QList<QTextEdit::ExtraSelection> selections;
    auto add = [&](TextSpan span, const QTextCharFormat &format) {
        const int start = documentPosition(span.start);
        const int end = documentPosition(span.end);
        if (start < 0 || end < 0)
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    };
    if (m_decorations.selected >= 0) {
        QTextCharFormat format;
        format.setBackground(colors.selectedBackground());
        add(m_columnDocument.sentence(m_decorations.selected), format);
    }
    QTextCharFormat partner;
    partner.setBackground(colors.partnerBackground());
    for (int sentence : std::as_const(m_decorations.partners))
        add(m_columnDocument.sentence(sentence), partner);
    QTextCharFormat inserted;
    QColor insertedColor = colors.insertedWord();
    insertedColor.setAlpha(110);
    inserted.setBackground(insertedColor);
    for (const TextSpan &span : std::as_const(m_decorations.insertedWords))
        add(span, inserted);
    QTextCharFormat deleted;
    QColor deletedColor = colors.deletedWord();
    deletedColor.setAlpha(110);
    deleted.setBackground(deletedColor);
    deleted.setFontStrikeOut(true);
    for (const TextSpan &span : std::as_const(m_decorations.deletedWords))
        add(span, deleted);
    QTextCharFormat hit;
    hit.setBackground(colors.isDark() ? QColor(0x9a, 0x80, 0x00) : QColor(0xff, 0xe0, 0x4d));
    for (const TextSpan &span : std::as_const(m_decorations.findHits))
        add(span, hit);
    if (m_decorations.currentHit.start >= 0) {
        QTextCharFormat current;
        current.setBackground(palette().color(QPalette::Highlight));
        current.setForeground(palette().color(QPalette::HighlightedText));
        add(m_decorations.currentHit, current);
    }
    m_text->setExtraSelections(selections);
}

void ArticlePane::setFontPointSize(qreal size)
{
    m_pointSize = size;
    if (!m_text)
        return;
    QFont font = m_text->font();
    font.setPointSizeF(size);
    m_text->setFont(font);
}

std::optional<SentenceStatus> ArticlePane::statusAt(int sentence) const
{
    if (!m_text || sentence < 0 || sentence >= m_columnDocument.sentenceCount())
        return std::nullopt;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(documentPosition(m_columnDocument.sentence(sentence).start) + 1);
    const QTextCharFormat format = cursor.charFormat();
    if (!format.hasProperty(StatusProperty))
        return std::nullopt;
    const auto status = SentenceStatus(format.intProperty(StatusProperty));
    // Only claim what is really drawn: the status' colour and underline.
    const QColor expected = StatusPalette::forPalette(palette()).background(status);
    const bool coloured = status == SentenceStatus::Unique ? !format.hasProperty(QTextFormat::BackgroundBrush)
                                                           : format.background().color() == expected;
    if (!coloured || format.underlineStyle() != underlineFor(status))
        return std::nullopt;
    return status;
}

int ArticlePane::sentenceAt(const QPoint &viewportPos) const
{
    if (!m_text)
        return -1;
    const QPointF documentPoint
        = viewportPos + QPointF(m_text->horizontalScrollBar()->value(), m_text->verticalScrollBar()->value());
    const int position = m_text->document()->documentLayout()->hitTest(documentPoint, Qt::ExactHit);
    if (position < 0)
        return -1;
    return m_columnDocument.sentenceAt(m_columnDocument.toText(position));
}

QRect ArticlePane::sentenceRect(int sentence) const
{
    if (!m_text || sentence < 0 || sentence >= m_columnDocument.sentenceCount())
        return {};
    QTextCursor cursor(m_text->document());
    cursor.setPosition(documentPosition(m_columnDocument.sentence(sentence).start));
    QRect rect = m_text->cursorRect(cursor);
    cursor.setPosition(documentPosition(m_columnDocument.sentence(sentence).end));
    const QRect end = m_text->cursorRect(cursor);
    if (end.top() == rect.top())
        return QRect(QPoint(rect.left(), rect.top()), QPoint(end.right(), end.bottom()));
    return QRect(QPoint(0, rect.top()), QPoint(m_text->viewport()->width(), end.bottom()));
}

QPoint ArticlePane::sentencePoint(int sentence) const
{
    if (!m_text || sentence < 0 || sentence >= m_columnDocument.sentenceCount())
        return {};
    QTextCursor cursor(m_text->document());
    cursor.setPosition(documentPosition(m_columnDocument.sentence(sentence).start) + 1);
    return m_text->cursorRect(cursor).center();
}

int ArticlePane::topVisibleSentence() const
{
    if (!m_text)
        return -1;
    const int position = m_text->cursorForPosition(QPoint(ArticleTextEdit::markerMargin + 2, 2)).position();
    const int count = m_text->document()->characterCount();
    for (int p = position; p < count; ++p) {
        const qsizetype offset = m_columnDocument.toText(p);
        if (offset >= 0)
            return m_columnDocument.sentenceAtOrAfter(offset);
    }
    return -1;
}

void ArticlePane::scrollSentenceTo(int sentence, int y)
{
    const QRect rect = sentenceRect(sentence);
    if (rect.isNull())
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - y);
}

void ArticlePane::ensureSentenceVisible(int sentence)
{
    const QRect rect = sentenceRect(sentence);
    if (rect.isNull())
        return;
    const int height = m_text->viewport()->height();
    if (rect.top() < 0 || rect.bottom() > height)
        scrollSentenceTo(sentence, height / 4);
}

void ArticlePane::ensureTextVisible(TextSpan span)
{
    if (!m_text)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(qMax(0, documentPosition(span.start)));
    const QRect rect = m_text->cursorRect(cursor);
    const int height = m_text->viewport()->height();
    if (rect.top() < 0 || rect.bottom() > height) {
        QScrollBar *bar = m_text->verticalScrollBar();
        bar->setValue(bar->value() + rect.top() - height / 4);
    }
}

void ArticlePane::scrollToFraction(double fraction)
{
    if (!m_text)
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(qRound(fraction * bar->maximum()));
}

double ArticlePane::scrollFraction() const
{
    if (!m_text || m_text->verticalScrollBar()->maximum() <= 0)
        return 0.0;
    const QScrollBar *bar = m_text->verticalScrollBar();
    return double(bar->value()) / bar->maximum();
}

QString ArticlePane::toolTipFor(int sentence) const
{
    const SentenceResult &result = m_comparison->sentences[size_t(m_document)][size_t(sentence)];
    QString html = u"<b>"_s + statusTitle(result.status) + u"</b>"_s;
    if (result.matches.empty())
        return html + u"<br>"_s + tr("Found in no other source.");
    html += u" — "_s + tr("matched in %n other source(s)", nullptr, int(result.matches.size()));
    for (const Match &match : result.matches) {
        const Link &link = m_comparison->links[size_t(match.link)];
        html += u"<br>• "_s
            + sourceName(m_comparison->documents[size_t(match.document)].article).toHtmlEscaped() + u": "_s
            + relationTitle(match.relation) + u", "_s
            + tr("score %1").arg(QString::number(match.score, 'f', 2));
        if (link.moved)
            html += u", "_s + tr("moved");
        if (!link.conflicts.isEmpty())
            html += u" <b>"_s + tr("conflict: %1").arg(link.conflicts.join(u", "_s)).toHtmlEscaped()
                + u"</b>"_s;
    }
    return html;
}

void ArticlePane::showToolTip(const QPoint &viewportPos, const QPoint &globalPos)
{
    const int sentence = sentenceAt(viewportPos);
    if (sentence < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos, toolTipFor(sentence), m_text->viewport(), sentenceRect(sentence));
}

} // namespace parallax
