#include "candidateindex.h"

#include <algorithm>
#include <bit>

namespace parallax {

namespace {

bool sameForms(const Sentence &a, const Sentence &b)
{
    return std::equal(a.tokens.begin(), a.tokens.end(), b.tokens.begin(), b.tokens.end(),
                      [](const Token &x, const Token &y) { return x.form == y.form; });
}

} // namespace

CandidateIndex::CandidateIndex(const AnalyzedDocument &document)
    : m_document(&document)
{
    m_stems.reserve(document.sentences.size());
    m_formHashes.reserve(document.sentences.size());
    m_stemBits.reserve(document.sentences.size());
    m_stemBitCollisions.reserve(document.sentences.size());
    for (size_t i = 0; i < document.sentences.size(); ++i) {
        const Sentence &sentence = document.sentences[i];
        const bool linkable = isLinkable(sentence);
        m_stems.push_back(linkable ? contentStems(sentence) : std::vector<quint64> {});
        m_formHashes.push_back(formHash(sentence));
        std::array<quint64, 2> &bits = m_stemBits.emplace_back();
        int &collisions = m_stemBitCollisions.emplace_back(0);
        for (const quint64 stem : m_stems.back()) {
            const quint64 bit = stem * 0x9E3779B97F4A7C15ULL >> 57; // 0..127, from the hash's mixed high bits
            const quint64 mask = quint64(1) << (bit % 64);
            collisions += (bits[bit / 64] & mask) != 0 ? 1 : 0;
            bits[bit / 64] |= mask;
        }
        for (const quint64 stem : m_stems.back())
            m_postings[stem].push_back(int(i));
        if (linkable)
            m_byForm.emplace_back(m_formHashes.back(), int(i));
    }
    std::sort(m_byForm.begin(), m_byForm.end());
}

int CandidateIndex::sharedStemsAtMost(const CandidateIndex &a, int x, const CandidateIndex &b, int y)
{
    const std::array<quint64, 2> &bitsA = a.m_stemBits[size_t(x)];
    const std::array<quint64, 2> &bitsB = b.m_stemBits[size_t(y)];
    return std::popcount(bitsA[0] & bitsB[0]) + std::popcount(bitsA[1] & bitsB[1])
        + a.m_stemBitCollisions[size_t(x)];
}

bool CandidateIndex::shareNoStem(const CandidateIndex &a, int x, const CandidateIndex &b, int y)
{
    const std::array<quint64, 2> &bitsA = a.m_stemBits[size_t(x)];
    const std::array<quint64, 2> &bitsB = b.m_stemBits[size_t(y)];
    return ((bitsA[0] & bitsB[0]) | (bitsA[1] & bitsB[1])) == 0;
}

bool CandidateIndex::isLinkable(const Sentence &sentence)
{
    return std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [](const Token &token) {
        return !token.has(Token::StopWord) && !token.has(Token::Number);
    });
}

std::vector<quint64> CandidateIndex::contentStems(const Sentence &sentence)
{
    std::vector<quint64> stems;
    for (const Token &token : sentence.tokens) {
        if (!token.has(Token::StopWord))
            stems.push_back(token.stem);
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

quint64 CandidateIndex::formHash(const Sentence &sentence)
{
    quint64 hash = 14695981039346656037ULL;
    for (const Token &token : sentence.tokens) {
        hash ^= token.form;
        hash *= 1099511628211ULL;
        hash ^= hash >> 29;
    }
    return hash;
}

bool CandidateIndex::copies(int x, int y) const
{
    return linkable(x) && m_formHashes[size_t(x)] == m_formHashes[size_t(y)]
        && sameForms(m_document->sentences[size_t(x)], m_document->sentences[size_t(y)]);
}

std::vector<std::pair<int, int>> CandidateIndex::identicalPairs(const CandidateIndex &a,
                                                                const CandidateIndex &b)
{
    std::vector<std::pair<int, int>> pairs;
    auto inA = a.m_byForm.begin();
    auto inB = b.m_byForm.begin();
    while (inA != a.m_byForm.end() && inB != b.m_byForm.end()) {
        if (inA->first != inB->first) {
            (inA->first < inB->first ? inA : inB)++;
            continue;
        }
        // Both runs of this hash, every sentence of one against every one of the other.
        const quint64 hash = inA->first;
        const auto runB = inB;
        for (; inA != a.m_byForm.end() && inA->first == hash; ++inA) {
            const Sentence &x = a.document().sentences[size_t(inA->second)];
            for (inB = runB; inB != b.m_byForm.end() && inB->first == hash; ++inB) {
                if (sameForms(x, b.document().sentences[size_t(inB->second)]))
                    pairs.emplace_back(inA->second, inB->second);
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace parallax
