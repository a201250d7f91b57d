// libFuzzer target: ArticleLoader on arbitrary bytes as a .txt, .html or .md
// file (first byte), then the Article's documented invariants.

#include "fuzzsupport.h"

using namespace parallax;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ArticleLoader loader;
    const Result<Article> result = fuzz::loadPart(loader, fuzz::bytes(data, size));
    if (!result) {
        PARALLAX_FUZZ_ASSERT(!result.error().message.isEmpty());
        return 0;
    }
    const Article &article = result.value();
    // Blocks: in text order, inside the text, not overlapping.
    qsizetype previousEnd = 0;
    for (const TextSpan &block : article.blocks) {
        PARALLAX_FUZZ_ASSERT(block.start >= previousEnd);
        PARALLAX_FUZZ_ASSERT(block.end >= block.start);
        PARALLAX_FUZZ_ASSERT(block.end <= article.text.size());
        previousEnd = block.end;
    }
    PARALLAX_FUZZ_ASSERT(article.sha256.size() == 64);
    return 0;
}
