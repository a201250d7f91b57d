#pragma once

#include <QStyledItemDelegate>

namespace parallax {

// Paints a coverage cell: its background and its text wrapped to the cell,
// the last line that fits ending in "…" when there is more (Qt 6.4's default
// delegate clips the next line half-way instead). Plain text layout only, so
// painting stays cheap with thousands of visible cells.
class CoverageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace parallax
