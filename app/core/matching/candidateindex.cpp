#include "candidateindex.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace parallax {

namespace {

bool sameForms(const Sentence &a, const Sentence &b)
{
    return std::equal(a.tokens.begin(), a.tokens.end(), b.tokens.begin(), b.tokens.end(),
                      [](const Token &x, const Token &y) { return x.form == y.form; });
}

} // namespace

CandidateIndex::CandidateIndex(const AnalyzedDocument &document, CandidateLimits limits)
    : m_document(&document)
    , m_limits(limits)
{
    m_stems.reserve(document.sentences.size());
    for (size_t i = 0; i < document.sentences.size(); ++i) {
        const Sentence &sentence = document.sentences[i];
        const bool linkable = isLinkable(sentence);
        m_stems.push_back(linkable ? contentStems(sentence) : std::vector<quint64> {});
        for (const quint64 stem : m_stems.back())
            m_postings[stem].push_back(int(i));
        if (linkable)
            m_sentencesByForm[formHash(sentence)].push_back(int(i));
    }
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

std::vector<int> CandidateIndex::identical(const Sentence &sentence) const
{
    std::vector<int> result;
    if (!isLinkable(sentence))
        return result;
    const auto found = m_sentencesByForm.find(formHash(sentence));
    if (found == m_sentencesByForm.end())
        return result;
    for (const int index : found->second) {
        if (sameForms(sentence, m_document->sentences[size_t(index)]))
            result.push_back(index);
    }
    return result;
}

std::vector<Candidate> CandidateIndex::candidates(const std::vector<quint64> &queryStems, int maxCount) const
{
    // The query's stems that occur here, rarest first (ties in key order).
    std::vector<std::pair<size_t, const std::vector<int> *>> lists;
    for (const quint64 stem : queryStems) {
        const auto found = m_postings.find(stem);
        if (found != m_postings.end())
            lists.emplace_back(found->second.size(), &found->second);
    }
    std::stable_sort(lists.begin(), lists.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });

    const size_t commonLimit = std::max<size_t>(size_t(m_limits.commonStemFloor),
                                                size_t(m_limits.commonStemShare * double(m_stems.size())));
    // How many query stems each sentence holds, counted over every posting
    // list (the lists hold each sentence once per stem): a pass over the lists
    // costs less than merging the query with every sentence hit.
    std::vector<int> shared(m_stems.size(), 0);
    for (const auto &list : lists) {
        for (const int index : *list.second)
            ++shared[size_t(index)];
    }
    // The sentences of the chosen posting lists, each once.
    std::vector<int> hits;
    std::vector<bool> seen(m_stems.size(), false);
    size_t read = 0;
    for (size_t k = 0; k < lists.size(); ++k) {
        const size_t length = lists[k].first;
        const bool needed = k < size_t(m_limits.minimumStems);
        if (!needed && (length > commonLimit || read + length > size_t(m_limits.postingBudget)))
            break; // the rest are commoner still
        for (const int index : *lists[k].second) {
            if (!seen[size_t(index)]) {
                seen[size_t(index)] = true;
                hits.push_back(index);
            }
        }
        read += length;
    }

    // Exact overlap on the full stem sets of the sentences hit.
    std::vector<Candidate> result;
    const double querySize = double(queryStems.size());
    for (const int index : hits) {
        const std::vector<quint64> &stems = m_stems[size_t(index)];
        const int smaller = int(std::min(queryStems.size(), stems.size()));
        const int common = shared[size_t(index)];
        const double overlap = common / std::sqrt(querySize * double(stems.size()));
        if (common >= std::min(m_limits.minimumShared, smaller) && overlap >= m_limits.minimumOverlap)
            result.push_back({index, common, overlap});
    }
    // A total order (overlap, then index), so only the best maxCount need sorting.
    const auto better = [](const Candidate &x, const Candidate &y) {
        return x.overlap != y.overlap ? x.overlap > y.overlap : x.sentence < y.sentence;
    };
    const size_t keep = std::min(result.size(), size_t(std::max(0, maxCount)));
    std::partial_sort(result.begin(), result.begin() + qsizetype(keep), result.end(), better);
    result.resize(keep);
    return result;
}

} // namespace parallax
