#pragma once

#include "model/relation.h"

#include <QColor>
#include <QPalette>

namespace parallax {

// Colours for sentence statuses and word differences, for a light or a dark
// window. Colour-blind safe (blue / orange families of the Okabe–Ito set,
// told apart by lightness too), and never the only cue: views also draw the
// status' underline style (solid shared, dashed paraphrased, none unique).
// The HTML export's CSS uses the same values (resources/export/).
class StatusPalette
{
public:
    // Qt 6.4 has no colour-scheme API: a dark window colour means a dark theme.
    static StatusPalette forPalette(const QPalette &palette);
    static StatusPalette light();
    static StatusPalette dark();

    bool isDark() const { return m_dark; }
    QColor background(SentenceStatus status) const;
    QColor selectedBackground() const;  // the sentence the user picked
    QColor partnerBackground() const;   // its partners in other columns
    QColor insertedWord() const;        // word-diff: only in this sentence
    QColor deletedWord() const;         // word-diff: only in the partner (shown struck through)
    QColor conflictMarker() const;      // a matched pair that differs in a number or a negation

private:
    explicit StatusPalette(bool dark) : m_dark(dark) {}
    bool m_dark = false;
};

} // namespace parallax
