#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace parallax {

struct DecodedText
{
    QString text; // decoded, without a byte order mark; line endings untouched
    QString encoding; // what was used, e.g. "UTF-8", "UTF-16LE", "windows-1251"
};

// Bytes → text. Order of evidence: a byte order mark, UTF-16 recognised by its
// pattern of zero bytes, strict UTF-8, a declared charset (HTML), then ICU's
// charset detector. Bad input comes back as an Error with an empty path (the
// caller names the file).
class EncodingDetector
{
public:
    // `declaredCharset`: the charset a document declares about itself (an HTML
    // <meta>); empty when none. `markup`: the bytes are HTML, whose tags the
    // charset detector should ignore.
    Result<DecodedText> decode(const QByteArray &bytes, const QByteArray &declaredCharset = {},
                               bool markup = false) const;

    // Decodes with an ICU converter; an Error when the converter is unknown or
    // too much of the input is not valid in that encoding.
    Result<DecodedText> decodeWith(const QByteArray &bytes, const QByteArray &charset) const;

private:
    Result<DecodedText> decodeLegacy(const QByteArray &bytes, const QByteArray &declaredCharset,
                                     bool markup) const;
};

} // namespace parallax
