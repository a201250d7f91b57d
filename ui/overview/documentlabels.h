#pragma once

#include "model/article.h"

#include <QString>

namespace parallax {

// Short names for articles in tight places (headers, chart labels). Titles
// alone are not enough: reports of one story often share a headline, so the
// source (outlet, else the file's name) comes first.
QString sourceName(const Article &article);
// The title, or nothing when it only repeats the file's name (a text file
// without a headline line).
QString meaningfulTitle(const Article &article);
// "source — title", or just one of them when the other is unknown or the same.
QString documentLabel(const Article &article);

} // namespace parallax
