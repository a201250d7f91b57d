#include "jsonwriter.h"

#include <QIODevice>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace parallax {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Above this the rounded integer would no longer be exact in a double.
constexpr double maxExactInteger = 9007199254740992.0; // 2^53

// Room formatDecimal's text always fits in: sign, 16 integer digits, point,
// 9 decimals.
constexpr qsizetype decimalRoom = 32;

// UTF-16 code units a string is encoded in at a time: the room for the worst
// case (6 bytes a unit, "\u2028") is made once per slice, not per byte.
constexpr qsizetype stringSlice = 4096;
constexpr qsizetype maxBytesPerUnit = 6;

// Writes formatDecimal's text at `out` and returns its end, or nullptr when
// the number is too large to round exactly. No allocation: scores are
// written once per link and match.
char *writeDecimal(char *out, double number, int places)
{
    places = qBound(0, places, 9);
    double scale = 1.0;
    for (int i = 0; i < places; ++i)
        scale *= 10.0;
    const double scaled = std::round(std::fabs(number) * scale);
    if (!(scaled < maxExactInteger))
        return nullptr;

    // Integer arithmetic from here on: no locale, no printf rounding modes.
    const qint64 units = qint64(scaled);
    const qint64 divisor = qint64(scale);
    if (number < 0 && units != 0)
        *out++ = '-';
    out = std::to_chars(out, out + 20, units / divisor).ptr;
    qint64 fraction = units % divisor;
    if (fraction != 0) {
        int digits = places;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        *out++ = '.';
        // Right to left, so the leading zeros of the fraction come for free.
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = char('0' + fraction % 10);
            fraction /= 10;
        }
        out += digits;
    }
    return out;
}

// The letter of a two-character escape ("\n"), or 0 if `c` has none.
char shortEscape(char32_t c)
{
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return 0;
    }
}

// Writes a code point other than plain printable ASCII at `out`: an escape or
// its UTF-8 bytes. Returns the end.
char *writeCodePoint(char32_t c, char *out)
{
    if (const char letter = shortEscape(c)) {
        *out++ = '\\';
        *out++ = letter;
    } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        *out++ = '\\';
        *out++ = 'u';
        *out++ = hexDigits[(c >> 12) & 0xF];
        *out++ = hexDigits[(c >> 8) & 0xF];
        *out++ = hexDigits[(c >> 4) & 0xF];
        *out++ = hexDigits[c & 0xF];
    } else if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

// Encodes UTF-16 from `in` up to `stop` (a surrogate pair may end one unit
// past it; `end` is the string's end) as escaped UTF-8 at `out`, returning
// early once `out` reaches `full`. Advances both pointers.
void encodeSlice(const char16_t *&in, const char16_t *stop, const char16_t *end, char *&out, const char *full)
{
    while (in < stop && out < full) {
        char32_t c = *in++;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *out++ = char(c); // most of any text: no escape, one byte
            continue;
        }
        if (QChar::isHighSurrogate(c) && in != end && QChar::isLowSurrogate(*in))
            c = QChar::surrogateToUcs4(char16_t(c), *in++);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD; // a lone surrogate has no UTF-8 form
        out = writeCodePoint(c, out);
    }
}

} // namespace

JsonWriter::JsonWriter(QIODevice &device, qsizetype bufferSize)
    : m_device(&device)
    , m_bufferSize(qMax<qsizetype>(bufferSize, 256))
{
    m_buffer.resize(m_bufferSize + 256);
}

JsonWriter::JsonWriter()
    : m_bufferSize(std::numeric_limits<qsizetype>::max()) // never flushed
    , m_first {true}
{ }

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    writeString(name);
    rawChar(':');
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeString(text);
    maybeFlush();
}

void JsonWriter::writeBool(bool flag)
{
    beforeValue();
    if (flag)
        raw("true", 4);
    else
        raw("false", 5);
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number)) {
        null();
        return;
    }
    beforeValue();
    raw(formatShortest(number));
}

void JsonWriter::decimal(double number, int places)
{
    if (!std::isfinite(number)) {
        null();
        return;
    }
    beforeValue();
    char *const text = room(decimalRoom);
    if (char *const end = writeDecimal(text, number, places))
        m_used = end - m_buffer.constData();
    else
        raw(formatShortest(number));
}

void JsonWriter::null()
{
    beforeValue();
    raw("null", 4);
}

void JsonWriter::appendElements(const QByteArray &elements)
{
    if (elements.isEmpty())
        return;
    beforeValue();
    const char *next = elements.constData();
    qsizetype left = elements.size();
    while (left > 0) {
        maybeFlush();
        const qsizetype part = qMin(left, m_bufferSize - m_used);
        raw(next, part);
        next += part;
        left -= part;
    }
    maybeFlush();
}

QByteArray JsonWriter::takeElements()
{
    Q_ASSERT(!m_device && m_first.size() == 1);
    m_buffer.truncate(m_used);
    m_used = 0;
    m_first.back() = true;
    return std::exchange(m_buffer, QByteArray());
}

bool JsonWriter::flush()
{
    if (!m_device)
        return !m_failed; // an in-memory writer keeps its bytes
    if (m_used > 0 && !m_failed) {
        if (m_device->write(m_buffer.constData(), m_used) != m_used)
            m_failed = true;
    }
    m_used = 0;
    return !m_failed;
}

QByteArray JsonWriter::formatShortest(double number)
{
    if (number == 0.0)
        return QByteArrayLiteral("0"); // also for -0.0
    return QByteArray::number(number, 'f', QLocale::FloatingPointShortest);
}

QByteArray JsonWriter::formatDecimal(double number, int places)
{
    char text[decimalRoom];
    if (const char *const end = writeDecimal(text, number, places))
        return QByteArray(text, end - text);
    return formatShortest(number);
}

void JsonWriter::grow(qsizetype bytes)
{
    m_buffer.resize(qMax(m_used + bytes, 2 * m_buffer.size()));
}

void JsonWriter::raw(const char *text, qsizetype length)
{
    std::memcpy(room(length), text, size_t(length));
    m_used += length;
}

void JsonWriter::writeString(QStringView text)
{
    rawChar('"');
    const char16_t *in = text.utf16();
    const char16_t *const end = in + text.size();
    while (in != end) {
        // Long strings (article texts) must not grow the buffer without bound:
        // a slice stops where the buffer is full.
        maybeFlush();
        const qsizetype units = qMin<qsizetype>(end - in, stringSlice);
        char *out = room(maxBytesPerUnit * units);
        const char *const full = out + qMin(maxBytesPerUnit * units, m_bufferSize - m_used);
        encodeSlice(in, in + units, end, out, full);
        m_used = out - m_buffer.constData();
    }
    rawChar('"');
}

} // namespace parallax
