#pragma once

#include <QWidget>

#include <array>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace parallax {

// A small bar above the columns: what each highlight means (swatch with the
// status' colour and underline, name, count), the conflict marker, and the
// status filter. Tool buttons for view actions can be appended.
class LegendBar : public QWidget
{
    Q_OBJECT
public:
    explicit LegendBar(QWidget *parent = nullptr);

    // counts[int(SentenceStatus)]
    void setCounts(const std::array<int, 3> &counts, int conflicts);
    void setFilter(int status); // -1 all; does not emit
    int filter() const;
    void addActionButton(QAction *action);
    QString legendText() const; // the names and counts, for tests

Q_SIGNALS:
    void filterChanged(int status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSwatches();

    std::array<QLabel *, 3> m_swatches {};
    std::array<QLabel *, 3> m_names {};
    QLabel *m_conflictSwatch;
    QLabel *m_conflictName;
    QComboBox *m_filter;
    QHBoxLayout *m_layout;
};

} // namespace parallax
