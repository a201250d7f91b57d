// libFuzzer target: the whole comparison (load, analyse, match, cluster,
// summarise) of two or three fuzzed documents separated by 0x1e, each a
// .txt/.html/.md file chosen by its first byte. Checks the Comparison's
// cross-references.

#include "fuzzsupport.h"

using namespace parallax;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Comparison comparison = fuzz::compareDocuments(fuzz::splitDocuments(fuzz::bytes(data, size), 3));
    const std::size_t documents = comparison.documents.size();
    PARALLAX_FUZZ_ASSERT(comparison.sentences.size() == documents);
    for (std::size_t d = 0; d < documents; ++d)
        PARALLAX_FUZZ_ASSERT(comparison.sentences[d].size() == comparison.documents[d].sentences.size());
    const auto validRef = [&](const SentenceRef &ref) {
        return ref.document >= 0 && std::size_t(ref.document) < documents && ref.sentence >= 0
            && std::size_t(ref.sentence) < comparison.documents[std::size_t(ref.document)].sentences.size();
    };
    for (const Link &link : comparison.links) {
        PARALLAX_FUZZ_ASSERT(validRef(link.a));
        PARALLAX_FUZZ_ASSERT(validRef(link.b));
        PARALLAX_FUZZ_ASSERT(link.a.document != link.b.document);
    }
    for (const Cluster &cluster : comparison.clusters)
        for (const SentenceRef &member : cluster.members)
            PARALLAX_FUZZ_ASSERT(validRef(member));
    return 0;
}
