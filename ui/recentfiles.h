#pragma once

#include <QStringList>

class QSettings;

namespace parallax {

// The most recently opened files, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QSettings &settings);

    QStringList files() const;
    void add(const QStringList &paths); // resource paths (":/…") are not remembered
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &files);

    QSettings &m_settings;
};

} // namespace parallax
