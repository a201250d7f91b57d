#include "columnstrip.h"

#include "columnlayout.h"

#include <QMouseEvent>
#include <QPainter>

namespace parallax {

ColumnStrip::ColumnStrip(const ColumnLayout *layout, QWidget *parent)
    : QWidget(parent)
    , m_layout(layout)
{
    setMouseTracking(true); // the cursor shows where a boundary can be dragged
    setToolTip(tr("Drag to resize the column; double-click for its default width"));
}

int ColumnStrip::boundaryAt(const QPoint &pos) const
{
    return m_layout->boundaryAt(pos.x(), HandleTolerance);
}

void ColumnStrip::mousePressEvent(QMouseEvent *event)
{
    const int column = event->button() == Qt::LeftButton ? boundaryAt(event->position().toPoint()) : -1;
    if (column < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragged = column;
    m_pressOffset = event->position().toPoint().x() - m_layout->left(column + 1);
    event->accept();
}

void ColumnStrip::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_dragged >= 0) {
        Q_EMIT columnResized(m_dragged, x - m_pressOffset - m_layout->left(m_dragged));
        event->accept();
        return;
    }
    if (boundaryAt(event->position().toPoint()) >= 0)
        setCursor(Qt::SplitHCursor);
    else
        unsetCursor();
}

void ColumnStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragged < 0) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragged = -1;
    event->accept();
}

void ColumnStrip::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int column = boundaryAt(event->position().toPoint());
    if (column < 0) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    m_dragged = -1;
    Q_EMIT columnReset(column);
    event->accept();
}

void ColumnStrip::paintEvent(QPaintEvent *event)
{
    // A short grip in each gap, level with the headers, hints at the handle.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    const QRect area = event->rect();
    const int first = m_layout->columnAt(area.left() - HandleTolerance);
    const int last = m_layout->columnAt(area.right() + HandleTolerance);
    for (int column = qMax(0, first); column >= 0 && column <= last; ++column) {
        const int x = m_layout->left(column + 1);
        painter.drawLine(x, 6, x, 40);
    }
}

} // namespace parallax
