#include "sharechart.h"

#include "documentlabels.h"
#include "statuspalette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

constexpr int margin = 4;
constexpr int widestLabel = 260;

double shareOf(const ComparisonSummary::DocumentShares &shares, SentenceStatus status)
{
    switch (status) {
    case SentenceStatus::Shared:
        return shares.shared;
    case SentenceStatus::Paraphrased:
        return shares.paraphrased;
    case SentenceStatus::Unique:
        break;
    }
    return shares.unique;
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100));
}

} // namespace

ShareChart::ShareChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void ShareChart::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_summary.reset();
    if (m_comparison)
        m_summary.emplace(*m_comparison);
    measureLabels();
    updateGeometry();
    update();
}

int ShareChart::documentCount() const
{
    return m_summary ? m_summary->documentCount() : 0;
}

int ShareChart::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int ShareChart::labelWidth() const
{
    return std::min({m_widestLabel, widestLabel, width() * 2 / 5});
}

void ShareChart::measureLabels()
{
    // Once per comparison and font: every bar's geometry depends on it.
    m_widestLabel = 0;
    const QFontMetrics metrics = fontMetrics();
    for (int d = 0; d < documentCount() && m_widestLabel < widestLabel; ++d)
        m_widestLabel = std::max(
            m_widestLabel,
            metrics.horizontalAdvance(documentLabel(m_comparison->documents[size_t(d)].article)) + 12);
}

void ShareChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        measureLabels();
    QWidget::changeEvent(event);
}

QRect ShareChart::barRect(int document) const
{
    if (document < 0 || document >= documentCount())
        return {};
    const int left = margin + labelWidth();
    // The first row is the legend.
    return QRect(left, margin + (document + 1) * rowHeight() + 3, std::max(20, width() - left - margin),
                 rowHeight() - 6);
}

int ShareChart::documentAt(QPoint position) const
{
    const int row = (position.y() - margin) / rowHeight() - 1;
    return position.y() >= margin && row >= 0 && row < documentCount() ? row : -1;
}

QRect ShareChart::partRect(int document, SentenceStatus status) const
{
    const QRect bar = barRect(document);
    if (bar.isEmpty())
        return {};
    const ComparisonSummary::DocumentShares &shares = m_summary->documents()[size_t(document)];
    // Parts run shared, paraphrased, unique from the left; edges are rounded
    // from the cumulative shares so the parts tile the bar without gaps.
    double start = 0.0;
    for (const SentenceStatus part :
         {SentenceStatus::Shared, SentenceStatus::Paraphrased, SentenceStatus::Unique}) {
        const double share = shareOf(shares, part);
        if (part == status) {
            const int left = bar.left() + int(std::lround(start * bar.width()));
            const int right = bar.left() + int(std::lround((start + share) * bar.width()));
            return right > left ? QRect(left, bar.top(), right - left, bar.height()) : QRect();
        }
        start += share;
    }
    return {};
}

QString ShareChart::barToolTip(int document) const
{
    if (document < 0 || document >= documentCount())
        return {};
    const ComparisonSummary::DocumentShares &shares = m_summary->documents()[size_t(document)];
    return tr("%1\n%n sentence(s)", nullptr, shares.sentences)
               .arg(documentLabel(m_comparison->documents[size_t(document)].article))
        + u'\n'
        + tr("Shared: %1 \u00b7 Paraphrased: %2 \u00b7 Unique: %3")
              .arg(percent(shares.shared), percent(shares.paraphrased), percent(shares.unique))
        + u'\n' + tr("(share of the article's sentence text)");
}

QSize ShareChart::sizeHint() const
{
    return {420, minimumSizeHint().height()};
}

QSize ShareChart::minimumSizeHint() const
{
    // Tall enough for every bar: the chart lives in a scroll area.
    return {200, 2 * margin + (documentCount() + 1) * rowHeight()};
}

void ShareChart::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const StatusPalette colours = StatusPalette::forPalette(palette());
    const QColor uniqueColour = colours.isDark() ? QColor(0x3a, 0x3a, 0x3e) : QColor(0xec, 0xec, 0xec);
    const auto fill = [&](SentenceStatus status) {
        return status == SentenceStatus::Unique ? uniqueColour : colours.background(status);
    };
    // Legend: swatches drawn exactly like the bar parts.
    int x = margin;
    const int legendTop = margin + 3;
    const int swatch = rowHeight() - 10;
    for (const auto &[status, name] : {std::pair {SentenceStatus::Shared, tr("shared")},
                                       std::pair {SentenceStatus::Paraphrased, tr("paraphrased")},
                                       std::pair {SentenceStatus::Unique, tr("unique")}}) {
        const QRect box(x, legendTop + 2, swatch, swatch);
        painter.fillRect(box, fill(status));
        if (status == SentenceStatus::Paraphrased)
            painter.fillRect(box, QBrush(palette().color(QPalette::WindowText), Qt::BDiagPattern));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::WindowText));
        const int textWidth = fontMetrics().horizontalAdvance(name);
        painter.drawText(QRect(box.right() + 5, legendTop, textWidth + 2, rowHeight() - 6), Qt::AlignVCenter,
                         name);
        x = box.right() + 5 + textWidth + 16;
    }
    painter.drawText(QRect(x, legendTop, width() - x - margin, rowHeight() - 6),
                     Qt::AlignVCenter | Qt::AlignRight, tr("share of each article's text"));
    for (int d = 0; d < documentCount(); ++d) {
        if (barRect(d).adjusted(-labelWidth(), -3, 0, 3).intersects(event->rect()))
            paintBar(painter, d);
    }
}

void ShareChart::paintBar(QPainter &painter, int document) const
{
    const StatusPalette colours = StatusPalette::forPalette(palette());
    const QColor uniqueColour = colours.isDark() ? QColor(0x3a, 0x3a, 0x3e) : QColor(0xec, 0xec, 0xec);
    const QRect bar = barRect(document);
    const QFontMetrics metrics = fontMetrics();
    const QRect label(margin, bar.top(), labelWidth() - 8, bar.height());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(documentLabel(m_comparison->documents[size_t(document)].article),
                                        Qt::ElideRight, label.width()));
    const ComparisonSummary::DocumentShares &shares = m_summary->documents()[size_t(document)];
    for (const SentenceStatus status :
         {SentenceStatus::Shared, SentenceStatus::Paraphrased, SentenceStatus::Unique}) {
        const QRect piece = partRect(document, status);
        if (piece.isEmpty())
            continue;
        painter.fillRect(piece, status == SentenceStatus::Unique ? uniqueColour : colours.background(status));
        // Hatching tells paraphrased from shared without colour.
        if (status == SentenceStatus::Paraphrased) {
            QColor hatch = palette().color(QPalette::WindowText);
            hatch.setAlphaF(0.25f);
            painter.fillRect(piece, QBrush(hatch, Qt::BDiagPattern));
        }
        const QString text = percent(shareOf(shares, status));
        if (metrics.horizontalAdvance(text) + 6 <= piece.width()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(piece, Qt::AlignCenter, text);
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
}

void ShareChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int document = documentAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && document >= 0)
        Q_EMIT documentActivated(document);
    QWidget::mouseReleaseEvent(event);
}

bool ShareChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int document = documentAt(help->pos());
        if (document >= 0)
            QToolTip::showText(help->globalPos(), barToolTip(document), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace parallax
