#include "filecollector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace parallax {

namespace {

const QStringList supportedSuffixes {QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("htm"),
                                     QStringLiteral("md"), QStringLiteral("markdown")};

QString tr(const char *text)
{
    return QCoreApplication::translate("parallax::FileCollector", text);
}

// A file reached twice (named twice, or through a symbolic link to it) is
// opened once, under the first name met; a missing file keeps its name so the
// loader can say it is missing.
QStringList withoutSecondNames(const QStringList &paths)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString key = canonical.isEmpty() ? path : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            result << path;
        }
    }
    return result;
}

} // namespace

FileCollector::FileCollector(ConfirmLargeFolder confirmLargeFolder, int largeFolder)
    : m_confirmLargeFolder(std::move(confirmLargeFolder))
    , m_largeFolder(largeFolder)
{ }

bool FileCollector::isSupported(const QString &path)
{
    return supportedSuffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList FileCollector::nameFilters()
{
    QStringList filters;
    for (const QString &suffix : supportedSuffixes)
        filters << QStringLiteral("*.") + suffix;
    return filters;
}

FileCollector::Collected FileCollector::collect(const QStringList &paths) const
{
    Collected result;
    QStringList visited;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList files;
            collectFolder(path, files, visited);
            if (files.size() > m_largeFolder && m_confirmLargeFolder
                && !m_confirmLargeFolder(path, int(files.size())))
                continue;
            result.files << files;
        } else if (!info.exists()) {
            // The loader names the reason; a missing file is not "unsupported".
            result.files << path;
        } else if (isSupported(path)) {
            result.files << path;
        } else {
            result.rejected.push_back(
                {path,
                 tr("unsupported file type; Parallax opens .txt, .html, .htm, .md and .markdown files")});
        }
    }
    result.files = withoutSecondNames(result.files);
    return result;
}

void FileCollector::collectFolder(const QString &folder, QStringList &files, QStringList &visited) const
{
    // A symbolic link back to an ancestor would loop forever: visit each real folder once.
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty() || visited.contains(canonical))
        return;
    visited << canonical;
    const QDir dir(folder);
    QStringList found;
    for (const QFileInfo &file : dir.entryInfoList(nameFilters(), QDir::Files | QDir::Readable, QDir::Name))
        found << file.filePath();
    files << found;
    for (const QFileInfo &sub : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        collectFolder(sub.filePath(), files, visited);
}

} // namespace parallax
