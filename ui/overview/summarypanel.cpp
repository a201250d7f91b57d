#include "summarypanel.h"

#include "sharechart.h"
#include "similarityheatmap.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace parallax {

namespace {

QWidget *titled(const QString &title, QWidget *content, QWidget *note, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *heading = new QLabel(title, box);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    // The note sits under its heading: below a tall area it would drift away from the heatmap.
    if (note)
        layout->addWidget(note);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_shares(new ShareChart)
    , m_heatmap(new SimilarityHeatmap)
    , m_caption(new QLabel)
{
    // Many articles make a tall chart: it scrolls rather than squeezing the bars.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_shares);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_caption->setWordWrap(true);
    m_caption->setText(
        tr("Share of each article's text found in the other (mean of both directions); the stronger "
           "the colour, the more in common. Hover a cell for details, click it to compare the pair."));
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titled(tr("Text by status, per article"), scroll, nullptr, splitter));
    splitter->addWidget(titled(tr("Similarity between articles"), m_heatmap, m_caption, splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_heatmap, &SimilarityHeatmap::pairActivated, this, &SummaryPanel::pairActivated);
    connect(m_shares, &ShareChart::documentActivated, this, &SummaryPanel::documentActivated);
}

void SummaryPanel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_shares->setComparison(comparison);
    m_heatmap->setComparison(std::move(comparison));
}

} // namespace parallax
