#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;

namespace parallax {

// Accepts drags of local files and folders onto the widget it filters and
// reports what was dropped; what to do with it is the window's business.
class FileDropHandler : public QObject
{
    Q_OBJECT

public:
    explicit FileDropHandler(QObject *parent = nullptr);

    static QStringList localPaths(const QMimeData *mimeData);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace parallax
