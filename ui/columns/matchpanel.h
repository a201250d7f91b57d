#pragma once

#include "model/comparison.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTextBrowser;
class QUrl;

namespace parallax {

// The side panel: the selected sentence and its match in every other source
// (relation, score, conflicts, moved) with the partner's text and its word
// diff. Clicking an entry selects that partner.
class MatchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MatchPanel(QWidget *parent = nullptr);

    void setSelection(std::shared_ptr<const Comparison> comparison, SentenceRef selected);
    int entryCount() const { return m_entries; }
    QString html() const;
    static QUrl entryUrl(SentenceRef ref);

Q_SIGNALS:
    void partnerActivated(parallax::SentenceRef ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);

    QLabel *m_heading;
    QTextBrowser *m_browser;
    int m_entries = 0;
    std::shared_ptr<const Comparison> m_comparison;
    SentenceRef m_selected;
};

} // namespace parallax
