#pragma once

#include <QByteArray>
#include <QStringView>
#include <QtGlobal>

#include <charconv>
#include <concepts>
#include <cstring>
#include <utility>
#include <vector>

class QIODevice;

namespace parallax {

// Streams JSON text to a device through a small buffer, so a large document
// never exists in memory as a whole. Compact output (no whitespace), UTF-8.
// Strings are escaped for every reader: quotes, backslashes, control
// characters, U+2028/U+2029 (invalid in JavaScript string literals); lone
// surrogates become U+FFFD so the output is always valid UTF-8.
//
// The caller is responsible for a well-formed sequence of calls (a key before
// every value inside an object); commas are inserted automatically.
//
// A large array can be written in parts apart (on other threads): a writer
// without a device collects elements in memory, and the device's writer
// takes them in order with appendElements().
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice &device, qsizetype bufferSize = 64 * 1024);
    // Writes into memory the elements of an array that another writer holds
    // open: values are comma separated as inside that array. takeElements()
    // hands them over.
    JsonWriter();
    ~JsonWriter(); // flushes what is left
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    // Inline, like the other calls made for every value: a large comparison
    // makes tens of millions of them, and a call each was a good share of
    // the export's time.
    void beginObject()
    {
        beforeValue();
        rawChar('{');
        m_first.push_back(true);
    }
    void endObject()
    {
        Q_ASSERT(!m_first.empty());
        m_first.pop_back();
        rawChar('}');
        maybeFlush();
    }
    void beginArray()
    {
        beforeValue();
        rawChar('[');
        m_first.push_back(true);
    }
    void endArray()
    {
        Q_ASSERT(!m_first.empty());
        m_first.pop_back();
        rawChar(']');
        maybeFlush();
    }
    // A key or string value known when compiling to need no escaping: plain
    // printable ASCII without quotes or backslashes, checked by the compiler.
    // Written as it is, without the pass that encodes and escapes UTF-16.
    class Ascii
    {
    public:
        template<size_t N>
        consteval Ascii(const char (&text)[N]) // NOLINT: implicit, so a literal reads like one
            : m_text(text)
            , m_size(qsizetype(N - 1))
        {
            for (size_t i = 0; i + 1 < N; ++i) {
                if (text[i] < 0x20 || text[i] > 0x7E || text[i] == '"' || text[i] == '\\')
                    throw "JsonWriter::Ascii needs plain printable ASCII"; // fails compilation
            }
        }
        const char *data() const { return m_text; }
        qsizetype size() const { return m_size; }

    private:
        const char *m_text;
        qsizetype m_size;
    };

    void key(QStringView name);
    void key(Ascii name)
    {
        beforeValue();
        writeAscii(name, ':');
        m_afterKey = true;
    }

    void value(QStringView text);
    void value(Ascii text)
    {
        beforeValue();
        writeAscii(text, 0);
        maybeFlush();
    }
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(qint64 number)
    {
        beforeValue();
        // Offsets and indices are most of a large comparison's JSON: no heap
        // allocation per number.
        char *const digits = room(20);
        m_used = std::to_chars(digits, digits + 20, number).ptr - m_buffer.constData();
    }
    void value(int number) { value(qint64(number)); }
    // Only for a bool itself: a string literal would convert to bool before
    // it converts to Ascii.
    template<std::same_as<bool> Bool> void value(Bool flag) { writeBool(flag); }
    // Shortest decimal that reads back as the same double, never in exponent
    // notation. Non-finite numbers (not representable in JSON) become null.
    void value(double number);
    // The number rounded to `places` decimals (at most 9), written without
    // trailing zeros: decimal(1.0, 4) -> "1", decimal(0.93, 4) -> "0.93".
    void decimal(double number, int places);
    void null();
    // A line break between values (JSON whitespace); ends a document nicely.
    void newline() { rawChar('\n'); }

    // Inside an open array: elements written by an in-memory writer, placed
    // after the ones already there (an empty list adds nothing). Reaches the
    // device in writes no larger than the buffer.
    void appendElements(const QByteArray &elements);
    // The in-memory writer's elements so far; it starts over empty.
    QByteArray takeElements();

    // Writes the buffer to the device. False once any write has failed.
    bool flush();
    bool ok() const { return !m_failed; }

    // Formatting helpers, exposed for tests and other text outputs.
    static QByteArray formatDecimal(double number, int places);
    static QByteArray formatShortest(double number);

private:
    // The comma before a value, unless it is the first in its container or
    // follows a key. Inline: called for every value.
    void beforeValue()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_first.empty() && !std::exchange(m_first.back(), false))
            rawChar(',');
    }
    // Room for `bytes` more at the end of the buffer; the caller advances
    // m_used by what it wrote. Inline: called for every value.
    char *room(qsizetype bytes)
    {
        if (m_buffer.size() - m_used < bytes)
            grow(bytes);
        return m_buffer.data() + m_used;
    }
    void grow(qsizetype bytes);
    void raw(const char *text, qsizetype length);
    void raw(const QByteArray &text) { raw(text.constData(), text.size()); }
    void rawChar(char c)
    {
        *room(1) = c;
        ++m_used;
    }
    void writeString(QStringView text);
    // The text in quotes, then `after` unless it is 0.
    void writeAscii(Ascii text, char after)
    {
        char *out = room(text.size() + 3);
        *out++ = '"';
        std::memcpy(out, text.data(), size_t(text.size()));
        out += text.size();
        *out++ = '"';
        if (after)
            *out++ = after;
        m_used = out - m_buffer.constData();
    }
    void writeBool(bool flag);
    void maybeFlush()
    {
        if (m_used >= m_bufferSize)
            flush();
    }

    QIODevice *m_device = nullptr;
    // m_buffer's size is its capacity; the bytes written are its first m_used.
    QByteArray m_buffer;
    qsizetype m_used = 0;
    qsizetype m_bufferSize;
    // Per open container: no element written yet. Not vector<bool>: one
    // lookup per value, the bit packing costs more than it saves.
    std::vector<char> m_first;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace parallax
