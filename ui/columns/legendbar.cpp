#include "legendbar.h"

#include "model/relation.h"
#include "statuspalette.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace parallax {

namespace {

constexpr std::array<SentenceStatus, 3> statuses {SentenceStatus::Shared, SentenceStatus::Paraphrased,
                                                  SentenceStatus::Unique};

// A swatch drawn like the text it stands for: background plus underline style.
QPixmap swatch(const StatusPalette &colors, SentenceStatus status, const QColor &text)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(QRect(0, 0, 28, 16), colors.background(status));
    painter.setPen(QPen(text, 1));
    painter.drawRect(QRect(0, 0, 27, 15));
    const QColor base = colors.background(status);
    QPen underline(colors.isDark() ? base.lighter(220) : base.darker(220), 2);
    if (status == SentenceStatus::Paraphrased)
        underline.setStyle(Qt::DashLine);
    if (status != SentenceStatus::Unique) {
        painter.setPen(underline);
        painter.drawLine(4, 12, 24, 12);
    }
    return pixmap;
}

} // namespace

LegendBar::LegendBar(QWidget *parent)
    : QWidget(parent)
    , m_conflictSwatch(new QLabel(this))
    , m_conflictName(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(6, 3, 6, 3);
    for (size_t i = 0; i < statuses.size(); ++i) {
        m_swatches[i] = new QLabel(this);
        m_names[i] = new QLabel(this);
        m_layout->addWidget(m_swatches[i]);
        m_layout->addWidget(m_names[i]);
        m_layout->addSpacing(10);
    }
    m_layout->addWidget(m_conflictSwatch);
    m_layout->addWidget(m_conflictName);
    m_layout->addStretch(1);
    m_layout->addWidget(new QLabel(tr("Highlight:"), this));
    m_filter->addItem(tr("All statuses"), -1);
    m_filter->addItem(tr("Shared only"), int(SentenceStatus::Shared));
    m_filter->addItem(tr("Paraphrased only"), int(SentenceStatus::Paraphrased));
    m_filter->addItem(tr("Unique only"), int(SentenceStatus::Unique));
    m_filter->setToolTip(tr("Highlight only sentences of one status; the others are dimmed."));
    m_layout->addWidget(m_filter);
    connect(m_filter, &QComboBox::activated, this,
            [this](int index) { Q_EMIT filterChanged(m_filter->itemData(index).toInt()); });
    setCounts({0, 0, 0}, 0);
    updateSwatches();
}

void LegendBar::setCounts(const std::array<int, 3> &counts, int conflicts)
{
    m_names[0]->setText(tr("Shared (%1)").arg(counts[size_t(SentenceStatus::Shared)]));
    m_names[1]->setText(tr("Paraphrased (%1)").arg(counts[size_t(SentenceStatus::Paraphrased)]));
    m_names[2]->setText(tr("Unique (%1)").arg(counts[size_t(SentenceStatus::Unique)]));
    m_conflictName->setText(tr("Conflict (%1)").arg(conflicts));
    m_conflictName->setToolTip(
        tr("Matched sentences that differ in a number or a negation: marked by a bar in the margin."));
}

void LegendBar::setFilter(int status)
{
    const int index = m_filter->findData(status);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

int LegendBar::filter() const
{
    return m_filter->currentData().toInt();
}

void LegendBar::addActionButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    m_layout->addWidget(button);
}

QString LegendBar::legendText() const
{
    QStringList parts;
    for (const QLabel *name : m_names)
        parts.append(name->text());
    parts.append(m_conflictName->text());
    return parts.join(u", ");
}

void LegendBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateSwatches();
}

void LegendBar::updateSwatches()
{
    const StatusPalette colors = StatusPalette::forPalette(palette());
    const QColor text = palette().color(QPalette::WindowText);
    for (size_t i = 0; i < statuses.size(); ++i)
        m_swatches[i]->setPixmap(swatch(colors, statuses[i], text));
    QPixmap marker(6, 16);
    marker.fill(colors.conflictMarker());
    m_conflictSwatch->setPixmap(marker);
}

} // namespace parallax
