#pragma once

#include "model/comparison.h"

#include <QString>

namespace parallax {

// Rich text of one compared document for a QTextBrowser: its text with every
// sentence coloured by status. Escapes the article text (it is untrusted).
QString articleHtml(const Comparison &comparison, int document);

} // namespace parallax
