#pragma once

#include <QObject>

namespace parallax {

// macOS hands files opened from the Finder or the Dock to the application as
// QFileOpenEvent; this filter on the QApplication passes them on.
class FileOpenEventFilter : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenEventFilter(QObject *parent = nullptr);

Q_SIGNALS:
    void fileOpenRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace parallax
