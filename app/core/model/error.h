#pragma once

#include <QString>

namespace parallax {

// An input that could not be used, and why, in words a user understands.
// Errors are values in the engine: only the UI turns them into dialogs and
// only the CLI into exit codes.
struct Error
{
    QString path;    // the input as the user named it
    QString message; // e.g. "binary file (contains NUL bytes)"

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace parallax
