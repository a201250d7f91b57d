#pragma once

#include <QStringList>

namespace parallax {

// Resource paths of the bundled sample articles, in reading order.
QStringList sampleArticlePaths();

} // namespace parallax
