#include "binarysniffer.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <algorithm>

namespace parallax {

namespace {

struct Magic
{
    QByteArrayView bytes;
    const char *what;
    bool plausibleText = false; // a text may begin like this: demand control bytes nearby too
};

// Formats users are likely to drop on the program by mistake.
constexpr Magic Magics[] = {
    {QByteArrayView("\x89PNG\r\n\x1A\n", 8), "PNG image"},
    {QByteArrayView("\xFF\xD8\xFF", 3), "JPEG image"},
    {QByteArrayView("GIF87a", 6), "GIF image", true},
    {QByteArrayView("GIF89a", 6), "GIF image", true},
    {QByteArrayView("\x7F"
                    "ELF",
                    4),
     "ELF executable"},
    {QByteArrayView("MZ", 2), "Windows executable", true},
    {QByteArrayView("%PDF-", 5), "PDF document"},
    {QByteArrayView("PK\x03\x04", 4), "ZIP archive"},
    {QByteArrayView("PK\x05\x06", 4), "ZIP archive"},
    {QByteArrayView("\x1F\x8B", 2), "gzip archive"},
    {QByteArrayView("BZh", 3), "bzip2 archive", true},
    {QByteArrayView("\xFD"
                    "7zXZ\0",
                    6),
     "xz archive"},
    {QByteArrayView("7z\xBC\xAF\x27\x1C", 6), "7-Zip archive"},
    {QByteArrayView("Rar!\x1A\x07", 6), "RAR archive"},
    {QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "Microsoft Office document"},
    {QByteArrayView("SQLite format 3\0", 16), "SQLite database"},
    {QByteArrayView("OggS", 4), "Ogg media", true},
    {QByteArrayView("ID3", 3), "MP3 audio", true},
    {QByteArrayView("\x1A\x45\xDF\xA3", 4), "Matroska/WebM video"},
    {QByteArrayView("wOFF", 4), "WOFF font", true},
    {QByteArrayView("wOF2", 4), "WOFF2 font", true},
    {QByteArrayView("\xCA\xFE\xBA\xBE", 4), "Java class or Mach-O binary"},
    {QByteArrayView("\xCF\xFA\xED\xFE", 4), "Mach-O binary"},
};

bool hasControlBytes(QByteArrayView head)
{
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x09 || (byte > 0x0D && byte < 0x20))
            return true;
    }
    return false;
}

bool isControl(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD;
}

} // namespace

QString BinarySniffer::checkMagic(const QByteArray &bytes) const
{
    for (const Magic &magic : Magics) {
        if (bytes.startsWith(magic.bytes)) {
            if (magic.plausibleText
                && !hasControlBytes(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 64))))
                continue;
            return QCoreApplication::translate("parallax::BinarySniffer", "binary file (%1)")
                .arg(QLatin1StringView(magic.what));
        }
    }
    // RIFF containers: WAV, AVI, WebP.
    if (bytes.startsWith("RIFF")
        && hasControlBytes(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 12))))
        return QCoreApplication::translate("parallax::BinarySniffer", "binary file (RIFF media)");
    if (bytes.startsWith("{\\rtf"))
        return QCoreApplication::translate("parallax::BinarySniffer",
                                           "unsupported format (RTF document; save it as plain text)");
    return {};
}

QString BinarySniffer::checkControlCharacters(QStringView text) const
{
    qsizetype controls = 0;
    for (const QChar c : text)
        controls += isControl(c.unicode());
    // Text may carry a stray control or replacement character; binary data
    // decoded as a code page has them by the dozen in every kilobyte.
    if (controls > 2 && controls * 100 > text.size())
        return QCoreApplication::translate("parallax::BinarySniffer",
                                           "binary file (too many control characters)");
    return {};
}

} // namespace parallax
