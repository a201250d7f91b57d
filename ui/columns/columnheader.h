#pragma once

#include "model/article.h"

#include <QWidget>

class QLabel;

namespace parallax {

// The header of a column: the article's title and what is known about it
// (outlet, date, language, file name). Dragging it onto another header asks
// to move the column there; its context menu is the window's to fill.
class ColumnHeader : public QWidget
{
    Q_OBJECT
public:
    ColumnHeader(int document, const Article &article, QWidget *parent = nullptr);

    int document() const { return m_document; }
    QString title() const;
    QString details() const;
    static QString mimeType();

Q_SIGNALS:
    void moveRequested(int from, int to);
    void contextMenuRequested(int document, const QPoint &globalPos);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    int m_document;
    QLabel *m_title;
    QLabel *m_details;
    QPoint m_pressPos;
};

} // namespace parallax
