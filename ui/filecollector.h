#pragma once

#include "model/error.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace parallax {

// Turns what the user named (files and folders, from a drop, the command line
// or a dialog) into the article files to open. Folders are expanded
// recursively to their supported files, following each real folder once
// (symbolic-link loops end there); a folder with more than `largeFolder`
// files is opened only when confirmLargeFolder says yes. Files of an
// unsupported type become errors naming the file.
class FileCollector
{
public:
    using ConfirmLargeFolder = std::function<bool(const QString &folder, int fileCount)>;

    struct Collected
    {
        QStringList files;
        std::vector<Error> rejected;
    };

    explicit FileCollector(ConfirmLargeFolder confirmLargeFolder = {}, int largeFolder = 100);

    Collected collect(const QStringList &paths) const;

    static bool isSupported(const QString &path);
    static QStringList nameFilters(); // "*.txt" ...

private:
    void collectFolder(const QString &folder, QStringList &files, QStringList &visited) const;

    ConfirmLargeFolder m_confirmLargeFolder;
    int m_largeFolder;
};

} // namespace parallax
