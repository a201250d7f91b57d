#include "coveragedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace parallax {

namespace {

constexpr int padding = 4;

} // namespace

void CoverageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The style draws background, selection and focus; the text is ours.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QRect area = option.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    const QFontMetrics metrics(opt.font);
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    const int maxLines = std::max(1, area.height() / metrics.lineSpacing());
    QStringList lines;
    layout.beginLayout();
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        const bool last = i + 1 == maxLines && line.textStart() + line.textLength() < text.size();
        const QString part = last
            ? metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, area.width())
            : text.mid(line.textStart(), line.textLength());
        lines.append(part.trimmed());
    }
    layout.endLayout();

    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    int y = area.top();
    for (const QString &line : lines) {
        painter->drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
    painter->restore();
}

} // namespace parallax
