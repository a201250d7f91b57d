#pragma once

#include "textspan.h"

#include <QList>
#include <QString>

namespace parallax {

// One loaded article: decoded, extracted plain text plus what we know about it.
struct Article
{
    QString path;     // as the user gave it (or a display name for pasted text)
    QString sha256;   // lower-case hex digest of the raw input bytes
    QString format;   // "text", "html" or "markdown"
    QString encoding; // detected or declared encoding of the bytes, e.g. "UTF-8", "windows-1251"
    QString title;    // page metadata, else the first line, else the file name
    QString outlet;   // og:site_name and the like; empty when unknown
    QString date;     // publication date as found (ISO 8601 where parseable); empty when unknown
    QString language; // ISO 639-1 ("en", "ru"); empty until set by the user or guessed by analysis

    // Extracted plain text. Line ends are '\n'; paragraphs are separated by an
    // empty line; line breaks of the source that carry meaning are kept.
    QString text;

    // The units that sentences never cross, in text order and not overlapping:
    // paragraphs, headline/caption/byline lines, verses. A block may contain
    // '\n' (the soft line breaks of hard-wrapped text); segmentation treats
    // those as spaces.
    QList<TextSpan> blocks;
};

} // namespace parallax
