#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace parallax {

// Where the columns of the comparison view lie: each column's width and left
// edge in the horizontal strip. Columns the user has not resized take the
// default width; resized ones keep their width, keyed by their article, so a
// comparison re-run with the same articles (even reordered) keeps them. User
// widths are stored unzoomed and scaled by the zoom factor. Plain logic, no
// widgets, so it is tested on its own.
class ColumnLayout
{
public:
    static constexpr int MinimumWidth = 160; // at zoom 1: about 20 characters a line

    // One key per column, e.g. the article's path; repeated keys are told apart
    // by their occurrence. Widths of keys no longer present are forgotten.
    void setColumns(const QStringList &keys);
    void setDefaultWidth(int width); // zoomed, for columns the user has not resized
    void setScale(double scale); // the zoom factor applied to user widths

    int count() const { return int(m_keys.size()); }
    int width(int column) const;
    int left(int column) const;
    int totalWidth() const;
    int minimumWidth() const;
    bool isResized(int column) const;

    int columnAt(int x) const; // clamped to the columns; -1 when there are none
    // The column whose right edge lies within `tolerance` of x, or -1.
    int boundaryAt(int x, int tolerance) const;

    void resize(int column, int width); // zoomed pixels, at least minimumWidth()
    void reset(int column); // back to the default width

private:
    void update();

    QStringList m_keys;
    QHash<QString, double> m_userWidths; // unzoomed
    std::vector<int> m_lefts; // count() + 1 edges
    int m_defaultWidth = 320;
    double m_scale = 1.0;
};

} // namespace parallax
