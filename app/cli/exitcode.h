#pragma once

namespace parallax {

// The process exit codes of the headless commands (documented in --help).
enum class ExitCode {
    Success = 0, // everything was read and written
    InputFailed = 1, // some inputs (or the output) failed; results for the rest were written
    UsageError = 2, // the command line itself is wrong; nothing was done
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace parallax
