#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace parallax {

// Recognises inputs that are not text, before and after decoding. Each check
// returns the reason for refusing, or an empty string.
class BinarySniffer
{
public:
    // Known binary formats by their magic bytes ("binary file (PNG image)").
    QString checkMagic(const QByteArray &bytes) const;

    // Decoded text with more control characters than text ever has.
    QString checkControlCharacters(QStringView text) const;
};

} // namespace parallax
