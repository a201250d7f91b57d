#pragma once

// Helpers shared by the libFuzzer targets: quiet Qt logging, turn fuzz bytes
// into articles, run a whole comparison on one thread.

#include "loading/articleloader.h"
#include "matching/comparisonjob.h"
#include "model/comparison.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace parallax::fuzz {

// libFuzzer stops on the first abort; say what went wrong first.
#define PARALLAX_FUZZ_ASSERT(condition)                                                                      \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz assertion failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);     \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

// Qt's warnings (bad encodings, odd HTML) are expected here and would drown
// libFuzzer's own output.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

inline QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The file name decides the format (ArticleLoader::loadBytes); `selector` is a
// fuzzed byte so every kind gets exercised.
inline QString fileNameFor(std::uint8_t selector)
{
    switch (selector % 3) {
    case 0:
        return QStringLiteral("fuzz.txt");
    case 1:
        return QStringLiteral("fuzz.html");
    default:
        return QStringLiteral("fuzz.md");
    }
}

// Record separator (0x1e) splits one input into at most `maxDocuments`
// documents; the seeds join real articles with it.
inline QList<QByteArrayView> splitDocuments(QByteArrayView input, qsizetype maxDocuments)
{
    QList<QByteArrayView> parts;
    while (parts.size() + 1 < maxDocuments) {
        const qsizetype separator = input.indexOf('\x1e');
        if (separator < 0)
            break;
        parts.append(input.first(separator));
        input = input.sliced(separator + 1);
    }
    parts.append(input);
    return parts;
}

// The first byte chooses the format, the rest is the file's content.
inline Result<Article> loadPart(const ArticleLoader &loader, QByteArrayView part)
{
    if (part.isEmpty())
        return loader.loadBytes({}, fileNameFor(0));
    return loader.loadBytes(part.sliced(1).toByteArray(), fileNameFor(std::uint8_t(part.front())));
}

// Loads each part and compares whatever loaded, single-threaded so a run is
// reproducible.
inline Comparison compareDocuments(const QList<QByteArrayView> &parts)
{
    const ArticleLoader loader;
    ComparisonInput input;
    for (const QByteArrayView part : parts) {
        Result<Article> article = loadPart(loader, part);
        if (article)
            input.articles.push_back(std::move(article).value());
    }
    ComparisonOptions options;
    options.threads = 1;
    return ComparisonJob(std::move(input), options).run();
}

} // namespace parallax::fuzz
