#pragma once

namespace parallax {

// Names the application for QSettings, QStandardPaths and --version, the same
// for the window and the headless commands so both share one settings file.
// Call once, right after the Q(Core)Application exists.
void applyApplicationIdentity();

} // namespace parallax
