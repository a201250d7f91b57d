#pragma once

#include "columndocument.h"
#include "model/comparison.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace parallax {

class ArticleTextEdit;
class ColumnHeader;

// What a column shows on top of its status highlighting; drawn as extra
// selections, so changing it never lays the document out again.
struct PaneDecorations
{
    int selected = -1; // sentence index in this column
    QList<int> partners; // sentences matching the selection
    QList<TextSpan> insertedWords; // words of a partner that the selection lacks
    QList<TextSpan> deletedWords; // words of the selection that a partner lacks
    QList<TextSpan> findHits;
    TextSpan currentHit {-1, -1};
};

// One column: a header and the article's text with every sentence
// highlighted by status. The text document is built on the first
// ensureBuilt(), i.e. when the column first scrolls into view.
class ArticlePane : public QWidget
{
    Q_OBJECT
public:
    ArticlePane(std::shared_ptr<const Comparison> comparison, int document, QWidget *parent = nullptr);

    int document() const { return m_document; }
    bool isBuilt() const { return m_text != nullptr; }
    void ensureBuilt();
    void release(); // drops the text document again; the column shows a placeholder
    ColumnHeader *header() const { return m_header; }
    ArticleTextEdit *textEdit() const { return m_text; }

    void setStatusFilter(int status); // -1 all, else int(SentenceStatus)
    void setDecorations(const PaneDecorations &decorations);
    void setFontPointSize(qreal size);

    // What the column draws for a sentence: its status highlight, or nullopt
    // when not built or dimmed by the filter.
    std::optional<SentenceStatus> statusAt(int sentence) const;
    int sentenceAt(const QPoint &viewportPos) const; // -1 when none
    QRect sentenceRect(int sentence) const; // its lines, viewport coordinates
    QPoint sentencePoint(int sentence) const; // on its first character, viewport coordinates
    int topVisibleSentence() const; // -1 when none
    void scrollSentenceTo(int sentence, int y); // put its first line at viewport y
    void ensureSentenceVisible(int sentence);
    void ensureTextVisible(TextSpan span);
    void scrollToFraction(double fraction);
    double scrollFraction() const;
    QString toolTipFor(int sentence) const;

Q_SIGNALS:
    void sentenceClicked(parallax::SentenceRef ref);
    void stepRequested(int document, int delta);
    void columnStepRequested(int document, int delta);
    void scrolled(int document); // by the user
    void focused(int document);
    void built(int document);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStatusFormats();
    void applyDecorations();
    void showToolTip(const QPoint &viewportPos, const QPoint &globalPos);
    QList<std::pair<int, int>> conflictRanges() const;
    int documentPosition(qsizetype textOffset) const;

    std::shared_ptr<const Comparison> m_comparison;
    int m_document;
    ColumnDocument m_columnDocument;
    ColumnHeader *m_header;
    QLabel *m_placeholder;
    ArticleTextEdit *m_text = nullptr;
    int m_filter = -1;
    qreal m_pointSize = 0;
    PaneDecorations m_decorations;
};

} // namespace parallax
