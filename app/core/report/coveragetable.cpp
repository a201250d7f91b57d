#include "coveragetable.h"

#include <map>

namespace parallax {

namespace {

// A claim's key while collecting rows: its cluster, or (for a unique sentence)
// the sentence itself.
struct ClaimKey
{
    int cluster = -1;
    SentenceRef sentence;

    friend auto operator<=>(const ClaimKey &, const ClaimKey &) = default;
};

ClaimKey keyOf(const Comparison &comparison, SentenceRef ref)
{
    // Missing results (a hand-built or canceled Comparison) read as unique.
    if (size_t(ref.document) >= comparison.sentences.size()
        || size_t(ref.sentence) >= comparison.sentences[size_t(ref.document)].size())
        return ClaimKey {-1, ref};
    const int cluster = comparison.sentences[size_t(ref.document)][size_t(ref.sentence)].cluster;
    return cluster >= 0 ? ClaimKey {cluster, {}} : ClaimKey {-1, ref};
}

} // namespace

CoverageTable::CoverageTable(const Comparison &comparison, int referenceDocument)
    : m_reference(referenceDocument)
    , m_documentCount(int(comparison.documents.size()))
{
    std::map<ClaimKey, size_t> rowOfClaim;
    const auto visit = [&](SentenceRef ref) {
        const ClaimKey key = keyOf(comparison, ref);
        auto [found, inserted] = rowOfClaim.try_emplace(key, m_rows.size());
        if (inserted)
            m_rows.push_back(Row {key.cluster, std::vector<std::vector<int>>(size_t(m_documentCount))});
        m_rows[found->second].cells[size_t(ref.document)].push_back(ref.sentence);
    };
    // The reference document first fixes the order of the claims it carries.
    std::vector<int> order;
    if (m_reference >= 0 && m_reference < m_documentCount)
        order.push_back(m_reference);
    for (int d = 0; d < m_documentCount; ++d) {
        if (d != m_reference)
            order.push_back(d);
    }
    for (const int d : order) {
        const int count = int(comparison.documents[size_t(d)].sentences.size());
        for (int s = 0; s < count; ++s)
            visit({d, s});
    }
}

} // namespace parallax
