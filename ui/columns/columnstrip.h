#pragma once

#include <QWidget>

namespace parallax {

class ColumnLayout;

// The strip the columns sit on, inside the view's horizontal scroll area. The
// gaps between columns are its own: dragging one resizes the column on its
// left, like a splitter handle; double-clicking it gives the column back its
// default width. It only reports; the view changes the layout.
class ColumnStrip : public QWidget
{
    Q_OBJECT
public:
    static constexpr int HandleTolerance = 5; // pixels either side of a boundary

    explicit ColumnStrip(const ColumnLayout *layout, QWidget *parent = nullptr);

    int draggedColumn() const { return m_dragged; } // -1 when not dragging

Q_SIGNALS:
    void columnResized(int column, int width);
    void columnReset(int column);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int boundaryAt(const QPoint &pos) const;

    const ColumnLayout *m_layout;
    int m_dragged = -1;
    int m_pressOffset = 0; // from the boundary, so the edge does not jump
};

} // namespace parallax
