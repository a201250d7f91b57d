#include "matchpanel.h"

#include "selectiondiff.h"
#include "statuspalette.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace parallax {

using namespace Qt::StringLiterals;

namespace {

// A sentence's text as HTML with some of its words marked.
QString markedSentence(const Comparison &comparison, SentenceRef ref, std::vector<TextSpan> marks,
                       const QString &markStyle)
{
    const AnalyzedDocument &document = comparison.documents[size_t(ref.document)];
    const TextSpan sentence = document.sentences[size_t(ref.sentence)].span;
    const QString &text = document.article.text;
    std::sort(marks.begin(), marks.end(), [](TextSpan x, TextSpan y) { return x.start < y.start; });
    QString html;
    qsizetype at = sentence.start;
    for (const TextSpan &mark : marks) {
        if (mark.start < at || mark.end > sentence.end)
            continue;
        html += text.mid(at, mark.start - at).toHtmlEscaped();
        html += u"<span style=\""_s + markStyle + u"\">"_s
            + text.mid(mark.start, mark.length()).toHtmlEscaped() + u"</span>"_s;
        at = mark.end;
    }
    html += text.mid(at, sentence.end - at).toHtmlEscaped();
    return html;
}

// The word colours are strong; text stays readable on a lighter tint, as in the columns.
QString translucent(const QColor &color)
{
    return u"rgba(%1,%2,%3,115)"_s.arg(color.red()).arg(color.green()).arg(color.blue());
}

QString sourceTitle(const Article &article)
{
    QString title = article.title.isEmpty() ? article.path : article.title;
    if (!article.outlet.isEmpty())
        title = article.outlet + u" — "_s + title;
    return title;
}

} // namespace

MatchPanel::MatchPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    m_heading->setText(tr("Matches"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_browser->setOpenLinks(false);
    m_browser->setPlaceholderText(tr("Click a sentence to see its matches in the other sources."));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &MatchPanel::onAnchorClicked);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_browser, 1);
    setMinimumWidth(200);
}

QUrl MatchPanel::entryUrl(SentenceRef ref)
{
    return QUrl(u"sentence:%1/%2"_s.arg(ref.document).arg(ref.sentence));
}

void MatchPanel::onAnchorClicked(const QUrl &url)
{
    const QStringList parts = url.path().split(u'/');
    if (url.scheme() != u"sentence"_s || parts.size() != 2)
        return;
    Q_EMIT partnerActivated(SentenceRef {parts[0].toInt(), parts[1].toInt()});
}

void MatchPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setSelection(m_comparison, m_selected);
}

QString MatchPanel::html() const
{
    return m_browser->toHtml();
}

void MatchPanel::setSelection(std::shared_ptr<const Comparison> comparison, SentenceRef selected)
{
    m_entries = 0;
    m_comparison = comparison;
    m_selected = selected;
    if (!comparison || selected.document < 0 || selected.sentence < 0) {
        m_heading->setText(tr("Matches"));
        m_browser->clear();
        return;
    }
    const StatusPalette colors = StatusPalette::forPalette(palette());
    const QString insertedStyle = u"background-color:%1"_s.arg(translucent(colors.insertedWord()));
    const QString deletedStyle
        = u"background-color:%1; text-decoration:line-through"_s.arg(translucent(colors.deletedWord()));
    const SentenceResult &result
        = comparison->sentences[size_t(selected.document)][size_t(selected.sentence)];
    m_heading->setText(tr("%n match(es)", nullptr, int(result.matches.size())));

    QString entries;
    for (const Match &match : result.matches) {
        const Link &link = comparison->links[size_t(match.link)];
        const std::vector<TextSpan> added = SelectionDiff::partnerExtras(link, selected);
        const SentenceRef partner {match.document, match.sentence};
        QString facts = (match.relation == Relation::Shared ? tr("shared") : tr("paraphrased")) + u", "_s
            + tr("score %1").arg(QString::number(match.score, 'f', 2));
        if (link.moved)
            facts += u", "_s + tr("moved");
        QString conflict;
        if (!link.conflicts.isEmpty())
            conflict = u" <span style=\"color:%1\"><b>"_s.arg(colors.conflictMarker().name())
                + tr("conflict: %1").arg(link.conflicts.join(u", "_s)).toHtmlEscaped() + u"</b></span>"_s;
        // The link colour is set explicitly: rich text keeps the default (dark) blue otherwise.
        entries += u"<p><a style=\"color:%1\" href=\""_s.arg(palette().color(QPalette::Link).name())
            + entryUrl(partner).toString() + u"\"><b>"_s
            + sourceTitle(comparison->documents[size_t(match.document)].article).toHtmlEscaped()
            + u"</b></a><br><i>"_s + facts + u"</i>"_s + conflict + u"<br>"_s
            + markedSentence(*comparison, partner, added, insertedStyle) + u"</p>"_s;
        ++m_entries;
    }
    QString html = u"<p><b>"_s
        + sourceTitle(comparison->documents[size_t(selected.document)].article).toHtmlEscaped()
        + u"</b><br>"_s
        + markedSentence(*comparison, selected, SelectionDiff::missingFromAll(*comparison, selected),
                         deletedStyle)
        + u"</p><hr>"_s;
    if (result.matches.empty())
        html += u"<p><i>"_s + tr("Only this source says this.") + u"</i></p>"_s;
    m_browser->setHtml(html + entries);
}

} // namespace parallax
