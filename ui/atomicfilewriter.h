#pragma once

#include "model/error.h"

#include <QIODevice>

#include <functional>
#include <optional>

namespace parallax {

// Writes a file through QSaveFile: the file appears complete or not at all,
// and an existing file survives a failed write.
class AtomicFileWriter
{
public:
    using Writer = std::function<bool(QIODevice &device)>;

    std::optional<Error> write(const QString &path, const Writer &writer) const;
};

} // namespace parallax
