#include "columnheader.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QDrag>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace parallax {

namespace {

QString joinedDetails(const Article &article)
{
    QStringList parts;
    for (const QString &part : {article.outlet, article.date, article.language.toUpper()}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    const QString fileName = QFileInfo(article.path).fileName();
    if (!fileName.isEmpty())
        parts.append(fileName);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ColumnHeader::ColumnHeader(int document, const Article &article, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
{
    setAcceptDrops(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setCursor(Qt::OpenHandCursor);
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setText(joinedDetails(article));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setWordWrap(true);
    setToolTip(tr("%1\n%2\nDrag to move the column; right-click for its settings.")
                   .arg(m_title->text(), QDir::toNativeSeparators(article.path)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
}

QString ColumnHeader::title() const
{
    return m_title->text();
}

QString ColumnHeader::details() const
{
    return m_details->text();
}

QString ColumnHeader::mimeType()
{
    return QStringLiteral("application/x-parallax-column");
}

void ColumnHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    QWidget::mousePressEvent(event);
}

void ColumnHeader::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(m_document));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaledToWidth(qMin(width(), 240), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

void ColumnHeader::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void ColumnHeader::dropEvent(QDropEvent *event)
{
    bool ok = false;
    const int from = event->mimeData()->data(mimeType()).toInt(&ok);
    if (!ok)
        return;
    event->acceptProposedAction();
    if (from != m_document)
        Q_EMIT moveRequested(from, m_document);
}

void ColumnHeader::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(m_document, event->globalPos());
}

} // namespace parallax
