#include "fileopeneventfilter.h"

#include <QFileOpenEvent>

namespace parallax {

FileOpenEventFilter::FileOpenEventFilter(QObject *parent)
    : QObject(parent)
{ }

bool FileOpenEventFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (!path.isEmpty()) {
            Q_EMIT fileOpenRequested(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parallax
