#pragma once

#include "model/textspan.h"

#include <QList>
#include <QStringView>

namespace parallax {

// Splits plain text into blocks (see Article::blocks). The line mode is decided
// once per text: hard-wrapped text (e-mail, Project Gutenberg) has its soft line
// breaks joined into paragraph blocks; otherwise every line is its own block.
class PlainTextLayout
{
public:
    enum class LineMode { LinePerBlock, HardWrapped };

    LineMode detectMode(QStringView text) const;

    // Blocks of `text` in the mode detectMode() chooses.
    QList<TextSpan> blocks(QStringView text) const;
    QList<TextSpan> blocks(QStringView text, LineMode mode) const;

    // True when the line ends a sentence: . ! ? … (also before closing quotes
    // or brackets), or : ;
    static bool endsWithTerminalPunctuation(QStringView line);
};

} // namespace parallax
