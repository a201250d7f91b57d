#include "articletextedit.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextFrame>

namespace parallax {

ArticleTextEdit::ArticleTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ArticleTextEdit::setMarkers(QList<std::pair<int, int>> ranges, const QColor &color)
{
    m_markers = std::move(ranges);
    m_markerColor = color;
    viewport()->update();
}

bool ArticleTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        Q_EMIT toolTipRequested(help->pos(), help->globalPos());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ArticleTextEdit::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void ArticleTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    // A drag selects text to copy; only a click picks a sentence.
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton
        && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        Q_EMIT clicked(pos);
}

void ArticleTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier
        && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        Q_EMIT stepRequested(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    }
    if (event->modifiers() == Qt::NoModifier
        && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left)) {
        Q_EMIT columnStepRequested(event->key() == Qt::Key_Right ? 1 : -1);
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ArticleTextEdit::focusInEvent(QFocusEvent *event)
{
    QTextEdit::focusInEvent(event);
    Q_EMIT focused();
}

void ArticleTextEdit::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (m_markers.isEmpty())
        return;
    QPainter painter(viewport());
    const QRect visible = viewport()->rect();
    QTextCursor cursor(document());
    for (const auto &[start, end] : std::as_const(m_markers)) {
        cursor.setPosition(start);
        const QRect top = cursorRect(cursor);
        if (top.top() > visible.bottom())
            continue;
        cursor.setPosition(end);
        const QRect bottom = cursorRect(cursor);
        if (bottom.bottom() < visible.top())
            continue;
        painter.fillRect(QRect(2, top.top(), 4, bottom.bottom() - top.top()), m_markerColor);
    }
}

} // namespace parallax
