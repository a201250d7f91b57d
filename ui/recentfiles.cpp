#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace parallax {

namespace {
const auto recentKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QSettings &settings)
    : m_settings(settings)
{ }

QStringList RecentFiles::files() const
{
    return m_settings.value(recentKey).toStringList().mid(0, maxCount);
}

void RecentFiles::add(const QStringList &paths)
{
    QStringList list = files();
    for (const QString &path : paths) {
        if (path.startsWith(QLatin1Char(':')))
            continue;
        const QString absolute = QFileInfo(path).absoluteFilePath();
        list.removeAll(absolute);
        list.prepend(absolute);
    }
    store(list.mid(0, maxCount));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    m_settings.setValue(recentKey, files);
}

} // namespace parallax
