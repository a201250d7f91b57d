#include "encodingdetector.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>
#include <optional>

namespace parallax {

namespace {

// ICU's charset detector needs no more than this to decide; it must not scan
// a 50 MB file.
constexpr qsizetype DetectorSampleBytes = 256 * 1024;

struct Utf8Stats
{
    qsizetype invalid = 0; // bytes that start no valid sequence
    qsizetype multibyte = 0; // valid sequences of two or more bytes
};

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
Utf8Stats scanUtf8(const QByteArray &bytes)
{
    Utf8Stats stats;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char c = data[i + k];
            valid = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
        }
        if (valid) {
            ++stats.multibyte;
            i += length;
        } else {
            ++stats.invalid;
            ++i;
        }
    }
    return stats;
}

enum class Wide { None, Utf16LE, Utf16BE };

// UTF-16 without a byte order mark: text in Latin script has a zero high byte
// in most code units, other scripts at least in their spaces, digits and
// punctuation; a zero low byte is rare in any script. Binary data that happens
// to fit still has to pass the control-character check after decoding.
Wide guessUtf16(const QByteArray &bytes)
{
    const qsizetype units = bytes.size() / 2;
    if (units < 2)
        return Wide::None;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < units * 2; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const auto often = [units](qsizetype zeros) { return zeros * 10 >= units; };
    const auto rarely = [units](qsizetype zeros) { return zeros * 100 <= units; };
    if (often(oddZeros) && rarely(evenZeros))
        return Wide::Utf16LE;
    if (often(evenZeros) && rarely(oddZeros))
        return Wide::Utf16BE;
    return Wide::None;
}

bool hasUnpairedSurrogate(const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= size || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

Result<DecodedText> decodeUtf16(const QByteArray &bytes, qsizetype skip, bool littleEndian)
{
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    QString text = decoder(QByteArrayView(bytes).sliced(skip));
    const QString name = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    if (decoder.hasError() || hasUnpairedSurrogate(text) || text.contains(QChar(0)))
        return Error {{},
                      QCoreApplication::translate("parallax::EncodingDetector",
                                                  "cannot decode the text as %1 (invalid code units)")
                          .arg(name)};
    return DecodedText {std::move(text), name};
}

DecodedText decodeUtf8(const QByteArray &bytes, qsizetype skip)
{
    return DecodedText {QString::fromUtf8(QByteArrayView(bytes).sliced(skip)), QStringLiteral("UTF-8")};
}

// A page that could declare UTF-16 in ASCII bytes is not UTF-16: the HTML
// standard reads such a declaration as UTF-8.
bool isUtf8Name(const QByteArray &charset)
{
    const QByteArray lower = charset.toLower();
    return lower == "utf-8" || lower == "utf8" || lower.startsWith("utf-16") || lower.startsWith("utf16");
}

// Names whose meaning the web redefined: browsers decode them as windows-1252
// (WHATWG Encoding Standard), and so do we, or 0x80-0x9F would become controls.
QByteArray webCharsetAlias(const QByteArray &charset)
{
    const QByteArray lower = charset.toLower();
    if (lower == "iso-8859-1" || lower == "latin1" || lower == "iso8859-1" || lower == "us-ascii"
        || lower == "ascii")
        return QByteArrayLiteral("windows-1252");
    return charset;
}

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

QString standardName(UConverter *converter, const QByteArray &fallback)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter, &status);
    if (U_FAILURE(status))
        return QString::fromLatin1(fallback);
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(fallback);
}

} // namespace

Result<DecodedText> EncodingDetector::decode(const QByteArray &bytes, const QByteArray &declaredCharset,
                                             bool markup) const
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeUtf8(bytes, 3);
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return decodeWith(bytes.sliced(4), "UTF-32LE");
    if (bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return decodeWith(bytes.sliced(4), "UTF-32BE");
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, 2, true);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, 2, false);

    if (bytes.contains('\0')) {
        switch (guessUtf16(bytes)) {
        case Wide::Utf16LE:
            return decodeUtf16(bytes, 0, true);
        case Wide::Utf16BE:
            return decodeUtf16(bytes, 0, false);
        case Wide::None:
            break;
        }
        return Error {
            {},
            QCoreApplication::translate("parallax::EncodingDetector", "binary file (contains NUL bytes)")};
    }

    const Utf8Stats utf8 = scanUtf8(bytes);
    if (utf8.invalid == 0) {
        // ASCII is what it declares to be; real multi-byte UTF-8 is UTF-8 even when
        // a stale <meta> says otherwise (pages re-saved as UTF-8 keep their old meta).
        if (utf8.multibyte == 0 && !declaredCharset.isEmpty() && !isUtf8Name(declaredCharset)) {
            Result<DecodedText> declared = decodeWith(bytes, webCharsetAlias(declaredCharset));
            if (declared)
                return declared;
        }
        return decodeUtf8(bytes, 0);
    }
    return decodeLegacy(bytes, declaredCharset, markup);
}

Result<DecodedText> EncodingDetector::decodeLegacy(const QByteArray &bytes, const QByteArray &declaredCharset,
                                                   bool markup) const
{
    if (!declaredCharset.isEmpty() && !isUtf8Name(declaredCharset)) {
        Result<DecodedText> declared = decodeWith(bytes, webCharsetAlias(declaredCharset));
        if (declared)
            return declared;
    }

    // Mostly UTF-8 with a few broken bytes (a truncated or spliced file): keep
    // it UTF-8 rather than reading all of it as a legacy code page.
    const Utf8Stats utf8 = scanUtf8(bytes);
    if (utf8.multibyte >= 8 && utf8.invalid * 20 <= utf8.multibyte)
        return decodeUtf8(bytes, 0);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
        const qsizetype sample = std::min(bytes.size(), DetectorSampleBytes);
        ucsdet_enableInputFilter(detector.get(), markup);
        ucsdet_setText(detector.get(), bytes.constData(), int32_t(sample), &status);
        int32_t count = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode nameStatus = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &nameStatus);
            if (U_FAILURE(nameStatus) || !name)
                continue;
            const QByteArray charset(name);
            // Without a BOM or a zero-byte pattern these are guesses on noise.
            if (charset.startsWith("UTF-") || isUtf8Name(charset))
                continue;
            Result<DecodedText> decoded = decodeWith(bytes, charset);
            if (decoded) {
                decoded.value().encoding = QString::fromLatin1(charset);
                return decoded;
            }
        }
    }
    Result<DecodedText> fallback = decodeWith(bytes, "windows-1252");
    if (fallback)
        return fallback;
    return Error {{},
                  QCoreApplication::translate("parallax::EncodingDetector",
                                              "cannot decode the text (unknown encoding or binary data)")};
}

Result<DecodedText> EncodingDetector::decodeWith(const QByteArray &bytes, const QByteArray &charset) const
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.constData(), &status));
    if (U_FAILURE(status))
        return Error {{},
                      QCoreApplication::translate("parallax::EncodingDetector", "unknown encoding \"%1\"")
                          .arg(QString::fromLatin1(charset))};
    const QString name = standardName(converter.get(), charset);

    QString text;
    // Every converter ICU ships yields at most two UTF-16 units per input byte.
    text.resize(bytes.size() * 2 + 1);
    const int32_t length
        = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                        bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return Error {
            {},
            QCoreApplication::translate("parallax::EncodingDetector", "cannot decode the text as %1")
                .arg(name)};
    text.resize(length);

    // Substitution characters mark bytes that mean nothing in this encoding.
    const qsizetype substituted = text.count(QChar(0xFFFD)) + text.count(QChar(0x1A));
    if (substituted > 2 && substituted * 100 > text.size())
        return Error {{},
                      QCoreApplication::translate("parallax::EncodingDetector",
                                                  "cannot decode the text as %1 (invalid byte sequences)")
                          .arg(name)};
    return DecodedText {std::move(text), name};
}

} // namespace parallax
