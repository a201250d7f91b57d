#include "atomicfilewriter.h"

#include <QSaveFile>

namespace parallax {

std::optional<Error> AtomicFileWriter::write(const QString &path, const Writer &writer) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {path, file.errorString()};
    // flush() first: QSaveFile::commit() (Qt 6.4) ignores a failed flush of its
    // buffer and would replace the old file with a truncated one.
    if (!writer(file) || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error {path, reason};
    }
    if (!file.commit())
        return Error {path, file.errorString()};
    return std::nullopt;
}

} // namespace parallax
