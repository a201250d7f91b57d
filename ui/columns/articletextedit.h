#pragma once

#include <QColor>
#include <QList>
#include <QTextEdit>

#include <utility>

namespace parallax {

// The read-only text of one column. Reports clicks, hovers and sentence
// stepping keys to its pane and draws conflict markers in its left margin on
// top of the text, so none of this changes the document's layout.
class ArticleTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit ArticleTextEdit(QWidget *parent = nullptr);

    // Document position ranges whose lines get a marker bar in the left margin.
    void setMarkers(QList<std::pair<int, int>> ranges, const QColor &color);
    static constexpr int markerMargin = 10;

Q_SIGNALS:
    void clicked(const QPoint &viewportPos);
    void toolTipRequested(const QPoint &viewportPos, const QPoint &globalPos);
    void stepRequested(int delta); // next (+1) / previous (-1) sentence
    void columnStepRequested(int delta); // to the right (+1) / left (-1)
    void focused();

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::pair<int, int>> m_markers;
    QColor m_markerColor;
    QPoint m_pressPos;
};

} // namespace parallax
