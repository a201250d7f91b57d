#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace parallax {

// The find bar under the legend: searches all columns as you type; Enter or
// F3 goes to the next hit, Shift+Enter / Shift+F3 to the previous, Esc closes.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void open(); // shows the bar and focuses the field, its text selected
    QString text() const;
    void setText(const QString &text); // without emitting searchChanged
    void setResult(int current, int total); // current is 0-based, -1 for none

Q_SIGNALS:
    void searchChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_result;
};

} // namespace parallax
