#include "similarityheatmap.h"

#include "documentlabels.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

constexpr int margin = 4;
constexpr double largestCell = 56.0;
constexpr int widestLabel = 220;

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

const PairSummary *findPair(const Comparison &comparison, int a, int b)
{
    const int low = std::min(a, b);
    const int high = std::max(a, b);
    const auto found = std::find_if(comparison.pairs.begin(), comparison.pairs.end(),
                                    [&](const PairSummary &pair) { return pair.a == low && pair.b == high; });
    return found == comparison.pairs.end() ? nullptr : &*found;
}

} // namespace

SimilarityHeatmap::SimilarityHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SimilarityHeatmap::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_summary.reset();
    if (m_comparison)
        m_summary.emplace(*m_comparison);
    m_hover = {-1, -1};
    measureLabels();
    updateGeometry();
    update();
}

void SimilarityHeatmap::measureLabels()
{
    // Measured once per comparison and font, not per cell: 200 documents make 40,000 cells.
    m_labelWidth = 0;
    const QFontMetrics metrics = fontMetrics();
    for (int d = 0; d < documentCount() && m_labelWidth < widestLabel; ++d)
        m_labelWidth = std::max(m_labelWidth, metrics.horizontalAdvance(rowLabel(d)) + 8);
}

void SimilarityHeatmap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        measureLabels();
    QWidget::changeEvent(event);
}

int SimilarityHeatmap::documentCount() const
{
    return m_summary ? m_summary->documentCount() : 0;
}

QString SimilarityHeatmap::rowLabel(int document) const
{
    return QStringLiteral("%1  %2")
        .arg(document + 1)
        .arg(documentLabel(m_comparison->documents[size_t(document)].article));
}

SimilarityHeatmap::Layout SimilarityHeatmap::layout() const
{
    Layout result;
    const int count = documentCount();
    if (count == 0)
        return result;
    const QFontMetrics metrics = fontMetrics();
    const int lineHeight = metrics.height();
    // Try with labels first; drop them when the cells would be too small to carry one line each.
    for (const bool labels : {true, false}) {
        int labelWidth = 0;
        if (labels) {
            labelWidth = std::min({m_labelWidth, widestLabel, width() / 3});
        }
        const int top = labels ? lineHeight + margin : 0;
        const double side = std::min(double(width() - labelWidth - 2 * margin) / count,
                                     double(height() - top - 2 * margin) / count);
        const double cell = std::clamp(side, 1.0, largestCell);
        if (labels && cell < lineHeight)
            continue;
        result.cell = cell;
        result.labelWidth = labelWidth;
        result.showLabels = labels;
        result.showValues
            = cell >= std::max(metrics.horizontalAdvance(QStringLiteral("100")) + 6, lineHeight);
        const int length = int(std::floor(cell * count));
        result.grid = QRect(margin + labelWidth, margin + top, length, length);
        break;
    }
    return result;
}

QRect SimilarityHeatmap::cellRect(int a, int b) const
{
    return cellRect(layout(), a, b);
}

QRect SimilarityHeatmap::cellRect(const Layout &geometry, int a, int b) const
{
    const int count = documentCount();
    if (a < 0 || b < 0 || a >= count || b >= count)
        return {};
    const auto edge = [&](int i) { return int(std::floor(i * geometry.cell)); };
    return QRect(QPoint(geometry.grid.left() + edge(b), geometry.grid.top() + edge(a)),
                 QPoint(geometry.grid.left() + edge(b + 1) - 1, geometry.grid.top() + edge(a + 1) - 1));
}

std::pair<int, int> SimilarityHeatmap::cellAt(QPoint position) const
{
    const Layout geometry = layout();
    if (documentCount() == 0 || !geometry.grid.contains(position))
        return {-1, -1};
    const int count = documentCount();
    // Cell edges are floored multiples of the cell side (see cellRect): find
    // the index whose edges bracket the offset, so hit-testing matches drawing.
    const auto indexAt = [&](int offset) {
        const auto edge = [&](int i) { return int(std::floor(i * geometry.cell)); };
        int index = std::min(count - 1, int(offset / geometry.cell));
        while (index + 1 < count && edge(index + 1) <= offset)
            ++index;
        while (index > 0 && edge(index) > offset)
            --index;
        return index;
    };
    const int row = indexAt(position.y() - geometry.grid.top());
    const int column = indexAt(position.x() - geometry.grid.left());
    return {row, column};
}

QColor SimilarityHeatmap::cellColor(double value) const
{
    // One hue ramping in lightness reads without colour vision too: pale = little
    // in common, deep = much. In a dark theme the ramp runs from the window colour up.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    const QColor low = dark ? QColor(0x26, 0x2a, 0x33) : QColor(0xf4, 0xf8, 0xfc);
    const QColor high = dark ? QColor(0x7c, 0xc4, 0xf2) : QColor(0x08, 0x3d, 0x77);
    // Square root: news reports of one event typically share 10-40% of their
    // text; a linear ramp would paint all of those nearly the same pale tone.
    return mix(low, high, std::sqrt(std::clamp(value, 0.0, 1.0)));
}

QString SimilarityHeatmap::cellToolTip(int a, int b) const
{
    if (a < 0 || b < 0 || a >= documentCount() || b >= documentCount())
        return {};
    const QString titleA = documentLabel(m_comparison->documents[size_t(a)].article);
    const QString titleB = documentLabel(m_comparison->documents[size_t(b)].article);
    if (a == b)
        return tr("%1: %2 (itself)").arg(a + 1).arg(titleA);
    QString tip = tr("%1 \u2194 %2\nSimilarity: %3%")
                      .arg(titleA, titleB)
                      .arg(std::lround(m_summary->similarity(a, b) * 100));
    if (const PairSummary *pair = findPair(*m_comparison, a, b)) {
        const bool aFirst = pair->a == a;
        tip += u'\n' + tr("%n shared sentence pair(s), ", nullptr, pair->shared)
            + tr("%n paraphrased", nullptr, pair->paraphrased);
        tip += u'\n'
            + tr("%1% of %2 is in %3")
                  .arg(std::lround((aFirst ? pair->aInB : pair->bInA) * 100))
                  .arg(a + 1)
                  .arg(b + 1);
        tip += u'\n'
            + tr("%1% of %2 is in %3")
                  .arg(std::lround((aFirst ? pair->bInA : pair->aInB) * 100))
                  .arg(b + 1)
                  .arg(a + 1);
    } else {
        tip += u'\n' + tr("No sentences in common");
    }
    tip += u'\n' + tr("Click to compare this pair");
    return tip;
}

QSize SimilarityHeatmap::sizeHint() const
{
    const int count = std::max(1, documentCount());
    const int side = std::clamp(count * 40, 160, 560);
    return {side + widestLabel / 2, side + fontMetrics().height()};
}

QSize SimilarityHeatmap::minimumSizeHint() const
{
    return {120, 120};
}

void SimilarityHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int count = documentCount();
    if (count == 0)
        return;
    const Layout geometry = layout();
    const QColor text = palette().color(QPalette::WindowText);
    for (int a = 0; a < count; ++a) {
        for (int b = 0; b < count; ++b) {
            const QRect cell = cellRect(geometry, a, b);
            const double value = m_summary->similarity(a, b);
            // The diagonal (a document with itself) carries no information: neutral.
            const QColor fill = a == b ? palette().color(QPalette::Mid) : cellColor(value);
            painter.fillRect(cell, fill);
            if (geometry.showValues && a != b) {
                painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, QString::number(std::lround(value * 100)));
            }
        }
    }
    if (geometry.cell >= 6) {
        // Thin separators keep neighbouring cells of similar value apart.
        painter.setPen(QPen(palette().color(QPalette::Window), 1));
        for (int i = 1; i < count; ++i) {
            const QRect cell = cellRect(geometry, i, i);
            painter.drawLine(geometry.grid.left(), cell.top(), geometry.grid.right(), cell.top());
            painter.drawLine(cell.left(), geometry.grid.top(), cell.left(), geometry.grid.bottom());
        }
    }
    if (geometry.showLabels) {
        const QFontMetrics metrics = fontMetrics();
        for (int d = 0; d < count; ++d) {
            QFont font = painter.font();
            font.setBold(d == m_hover.first || d == m_hover.second);
            painter.setFont(font);
            painter.setPen(text);
            const QRect rowCell = cellRect(geometry, d, 0);
            const QRect label(margin, rowCell.top(), geometry.labelWidth - 6, rowCell.height());
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(rowLabel(d), Qt::ElideRight, label.width()));
            const QRect columnCell = cellRect(geometry, 0, d);
            const QRect number(columnCell.left(), margin, columnCell.width(), geometry.grid.top() - margin);
            painter.drawText(number, Qt::AlignCenter, QString::number(d + 1));
        }
    }
    if (m_hover.first >= 0) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(geometry, m_hover.first, m_hover.second).adjusted(1, 1, -1, -1));
    }
}

void SimilarityHeatmap::mouseMoveEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        setCursor(cell.first >= 0 && cell.first != cell.second ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void SimilarityHeatmap::mouseReleaseEvent(QMouseEvent *event)
{
    const auto [a, b] = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && a >= 0 && a != b)
        Q_EMIT pairActivated(a, b);
    QWidget::mouseReleaseEvent(event);
}

void SimilarityHeatmap::leaveEvent(QEvent *event)
{
    m_hover = {-1, -1};
    update();
    QWidget::leaveEvent(event);
}

bool SimilarityHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [a, b] = cellAt(help->pos());
        if (a >= 0)
            QToolTip::showText(help->globalPos(), cellToolTip(a, b), this, cellRect(a, b));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace parallax
