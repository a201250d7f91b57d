// libFuzzer target: DocumentAnalyzer::analyze on a synthetic Article.
// Input: byte 0 picks the language (guess or forced), byte 1 the number of
// blocks (0 = one per line), then one byte per block giving the gap before it
// and its length (may run past the text: the analyzer clamps), then UTF-8
// text. Checks that sentences and tokens stay inside the text, in order.

#include "fuzzsupport.h"

#include "text/documentanalyzer.h"

#include <array>

using namespace parallax;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    static const std::array<QString, 6> languages = {QString(),
                                                     QStringLiteral("en"),
                                                     QStringLiteral("ru"),
                                                     QStringLiteral("de"),
                                                     QStringLiteral("zh"),
                                                     QStringLiteral("ar")};
    const QString language = languages[data[0] % languages.size()];
    const std::size_t blockCount = std::min<std::size_t>(data[1] % 16, size - 2);
    const std::uint8_t *blockBytes = data + 2;
    const QByteArrayView textBytes = fuzz::bytes(data + 2 + blockCount, size - 2 - blockCount);

    Article article;
    article.path = QStringLiteral("fuzz.txt");
    article.text = QString::fromUtf8(textBytes);
    qsizetype position = 0;
    for (std::size_t i = 0; i < blockCount; ++i) {
        const qsizetype start = position + (blockBytes[i] >> 4);
        const qsizetype end = start + 4 * (blockBytes[i] & 0x0f);
        article.blocks.append(TextSpan {start, end});
        position = end;
    }

    DocumentAnalyzer analyzer(language);
    const qsizetype textSize = article.text.size();
    const AnalyzedDocument document = analyzer.analyze(std::move(article));
    PARALLAX_FUZZ_ASSERT(document.article.text.size() == textSize);
    qsizetype previousEnd = 0;
    for (const Sentence &sentence : document.sentences) {
        PARALLAX_FUZZ_ASSERT(sentence.span.start >= previousEnd);
        PARALLAX_FUZZ_ASSERT(sentence.span.end > sentence.span.start);
        PARALLAX_FUZZ_ASSERT(sentence.span.end <= textSize);
        previousEnd = sentence.span.end;
        qsizetype tokenEnd = sentence.span.start;
        for (const Token &token : sentence.tokens) {
            PARALLAX_FUZZ_ASSERT(token.span.start >= tokenEnd);
            PARALLAX_FUZZ_ASSERT(token.span.end > token.span.start);
            PARALLAX_FUZZ_ASSERT(token.span.end <= sentence.span.end);
            tokenEnd = token.span.end;
        }
    }
    return 0;
}
