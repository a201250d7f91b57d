#include "columnlayout.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace parallax {

void ColumnLayout::setColumns(const QStringList &keys)
{
    m_keys.clear();
    QHash<QString, int> seen;
    for (const QString &key : keys) {
        const int occurrence = seen[key]++;
        m_keys.append(occurrence == 0 ? key : key + u'#' + QString::number(occurrence));
    }
    const QSet<QString> present(m_keys.begin(), m_keys.end());
    m_userWidths.removeIf([&present](const auto &entry) { return !present.contains(entry.key()); });
    update();
}

void ColumnLayout::setDefaultWidth(int width)
{
    m_defaultWidth = qMax(minimumWidth(), width);
    update();
}

void ColumnLayout::setScale(double scale)
{
    m_scale = scale > 0 ? scale : 1.0;
    update();
}

int ColumnLayout::width(int column) const
{
    if (column < 0 || column >= count())
        return 0;
    return m_lefts[size_t(column) + 1] - m_lefts[size_t(column)];
}

int ColumnLayout::left(int column) const
{
    if (m_lefts.empty())
        return 0;
    return m_lefts[size_t(qBound(0, column, count()))];
}

int ColumnLayout::totalWidth() const
{
    return m_lefts.empty() ? 0 : m_lefts.back();
}

int ColumnLayout::minimumWidth() const
{
    return int(std::lround(MinimumWidth * m_scale));
}

bool ColumnLayout::isResized(int column) const
{
    return column >= 0 && column < count() && m_userWidths.contains(m_keys[column]);
}

int ColumnLayout::columnAt(int x) const
{
    if (count() == 0)
        return -1;
    // The last edge not right of x starts the column.
    const auto it = std::upper_bound(m_lefts.begin(), m_lefts.end() - 1, x);
    return qBound(0, int(it - m_lefts.begin()) - 1, count() - 1);
}

int ColumnLayout::boundaryAt(int x, int tolerance) const
{
    for (int column = qMax(0, columnAt(x) - 1); column < qMin(count(), columnAt(x) + 2); ++column) {
        if (std::abs(m_lefts[size_t(column) + 1] - x) <= tolerance)
            return column;
    }
    return -1;
}

void ColumnLayout::resize(int column, int width)
{
    if (column < 0 || column >= count())
        return;
    m_userWidths.insert(m_keys[column], qMax(minimumWidth(), width) / m_scale);
    update();
}

void ColumnLayout::reset(int column)
{
    if (column < 0 || column >= count())
        return;
    m_userWidths.remove(m_keys[column]);
    update();
}

void ColumnLayout::update()
{
    m_lefts.assign(size_t(count()) + 1, 0);
    for (int column = 0; column < count(); ++column) {
        const auto user = m_userWidths.constFind(m_keys[column]);
        const int width = user == m_userWidths.cend()
            ? m_defaultWidth
            : qMax(minimumWidth(), int(std::lround(*user * m_scale)));
        m_lefts[size_t(column) + 1] = m_lefts[size_t(column)] + width;
    }
}

} // namespace parallax
