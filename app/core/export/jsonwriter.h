#pragma once

#include <QByteArray>
#include <QStringView>
#include <QtGlobal>

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
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice &device, qsizetype bufferSize = 64 * 1024);
    ~JsonWriter(); // flushes what is left
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);

    void value(QStringView text);
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    // Shortest decimal that reads back as the same double, never in exponent
    // notation. Non-finite numbers (not representable in JSON) become null.
    void value(double number);
    // The number rounded to `places` decimals (at most 9), written without
    // trailing zeros: decimal(1.0, 4) -> "1", decimal(0.93, 4) -> "0.93".
    void decimal(double number, int places);
    void null();
    // A line break between values (JSON whitespace); ends a document nicely.
    void newline() { rawChar('\n'); }

    // Writes the buffer to the device. False once any write has failed.
    bool flush();
    bool ok() const { return !m_failed; }

    // Formatting helpers, exposed for tests and other text outputs.
    static QByteArray formatDecimal(double number, int places);
    static QByteArray formatShortest(double number);

private:
    void beforeValue();
    void raw(const char *text, qsizetype length);
    void raw(const QByteArray &text) { raw(text.constData(), text.size()); }
    void rawChar(char c);
    void writeString(QStringView text);
    void maybeFlush();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_bufferSize;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace parallax
