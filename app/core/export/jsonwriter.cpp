#include "jsonwriter.h"

#include <QIODevice>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <iterator>

namespace parallax {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Above this the rounded integer would no longer be exact in a double.
constexpr double maxExactInteger = 9007199254740992.0; // 2^53

} // namespace

JsonWriter::JsonWriter(QIODevice &device, qsizetype bufferSize)
    : m_device(device)
    , m_bufferSize(qMax<qsizetype>(bufferSize, 256))
{
    m_buffer.reserve(m_bufferSize + 256);
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::beginObject()
{
    beforeValue();
    rawChar('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_first.empty());
    m_first.pop_back();
    rawChar('}');
    maybeFlush();
}

void JsonWriter::beginArray()
{
    beforeValue();
    rawChar('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_first.empty());
    m_first.pop_back();
    rawChar(']');
    maybeFlush();
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

void JsonWriter::value(qint64 number)
{
    beforeValue();
    // Offsets and indices are most of a large comparison's JSON: no heap
    // allocation per number.
    char digits[24];
    const std::to_chars_result end = std::to_chars(std::begin(digits), std::end(digits), number);
    raw(digits, end.ptr - digits);
}

void JsonWriter::value(bool flag)
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
    raw(formatDecimal(number, places));
}

void JsonWriter::null()
{
    beforeValue();
    raw("null", 4);
}

bool JsonWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_failed = true;
    }
    m_buffer.clear();
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
    places = qBound(0, places, 9);
    double scale = 1.0;
    for (int i = 0; i < places; ++i)
        scale *= 10.0;
    const double scaled = std::round(std::fabs(number) * scale);
    if (!(scaled < maxExactInteger))
        return formatShortest(number);

    // Integer arithmetic from here on: no locale, no printf rounding modes.
    const qint64 units = qint64(scaled);
    const qint64 divisor = qint64(scale);
    QByteArray text;
    if (number < 0 && units != 0)
        text += '-';
    text += QByteArray::number(units / divisor);
    qint64 fraction = units % divisor;
    if (fraction != 0) {
        int digits = places;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        QByteArray fractionText = QByteArray::number(fraction);
        text += '.';
        text += QByteArray(digits - fractionText.size(), '0');
        text += fractionText;
    }
    return text;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (m_first.back())
            m_first.back() = false;
        else
            rawChar(',');
    }
}

void JsonWriter::raw(const char *text, qsizetype length)
{
    m_buffer.append(text, length);
}

void JsonWriter::rawChar(char c)
{
    m_buffer.append(c);
}

void JsonWriter::maybeFlush()
{
    if (m_buffer.size() >= m_bufferSize)
        flush();
}

void JsonWriter::writeString(QStringView text)
{
    rawChar('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(char16_t(c), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone surrogate has no UTF-8 form
        }

        switch (c) {
        case '"':
            raw("\\\"", 2);
            continue;
        case '\\':
            raw("\\\\", 2);
            continue;
        case '\b':
            raw("\\b", 2);
            continue;
        case '\f':
            raw("\\f", 2);
            continue;
        case '\n':
            raw("\\n", 2);
            continue;
        case '\r':
            raw("\\r", 2);
            continue;
        case '\t':
            raw("\\t", 2);
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            const char escape[] = {'\\',
                                   'u',
                                   hexDigits[(c >> 12) & 0xF],
                                   hexDigits[(c >> 8) & 0xF],
                                   hexDigits[(c >> 4) & 0xF],
                                   hexDigits[c & 0xF]};
            raw(escape, 6);
        } else if (c < 0x80) {
            rawChar(char(c));
        } else if (c < 0x800) {
            rawChar(char(0xC0 | (c >> 6)));
            rawChar(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            rawChar(char(0xE0 | (c >> 12)));
            rawChar(char(0x80 | ((c >> 6) & 0x3F)));
            rawChar(char(0x80 | (c & 0x3F)));
        } else {
            rawChar(char(0xF0 | (c >> 18)));
            rawChar(char(0x80 | ((c >> 12) & 0x3F)));
            rawChar(char(0x80 | ((c >> 6) & 0x3F)));
            rawChar(char(0x80 | (c & 0x3F)));
        }
        // Long strings (article texts) must not grow the buffer without bound.
        if (m_buffer.size() >= m_bufferSize)
            flush();
    }
    rawChar('"');
}

} // namespace parallax
