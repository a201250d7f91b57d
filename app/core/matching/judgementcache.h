#pragma once

#include "model/analyzeddocument.h"
#include "similarity/pairscorer.h"

#include <QtGlobal>

#include <array>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace parallax {

// Judgements of sentence pairs shared by every document pair of one job.
// Clusters of rewrites repeat the same sentences in many documents, and a
// judgement depends on the two sentences' words alone (the stem weights are
// the job's), so each distinct pair of sentence contents is judged once.
// Sentences get a content id: equal ids mean equal tokens (form, stem, flags)
// and equal word text. Thread-safe: the map is split into shards, each behind
// its own mutex; a judgement is computed outside the lock (two threads may
// compute the same pair, with the same result), so results never depend on timing.
// A pair of two contents that each occur in one document only is met once:
// it is computed and not kept (most pairs of a cluster are such; memory).
class JudgementCache
{
public:
    explicit JudgementCache(const std::vector<AnalyzedDocument> &documents);
    JudgementCache(const JudgementCache &) = delete;
    JudgementCache &operator=(const JudgementCache &) = delete;

    int contentId(int document, int sentence) const
    {
        return m_contentIds[size_t(document)][size_t(sentence)];
    }
    int distinctContents() const { return m_distinct; }

    // The judgement of (sentence x of document a, sentence y of document b) of
    // the given kind (0: strict, 1: lenient), computed with `compute` unless known.
    // A template, not std::function: called for every candidate pair.
    template<typename Compute>
    PairJudgement judgement(int a, int x, int b, int y, int kind, const Compute &compute) const
    {
        const int idA = contentId(a, x);
        const int idB = contentId(b, y);
        if (m_documentsHolding[size_t(idA)] == 1 && m_documentsHolding[size_t(idB)] == 1)
            return compute(); // no other document pair holds both
        const quint64 key = (quint64(quint32(idA)) << 32) | (quint64(quint32(idB)) << 1) | quint64(kind & 1);
        PairJudgement known;
        if (find(key, known))
            return known;
        return insert(key, compute());
    }

private:
    bool find(quint64 key, PairJudgement &out) const;
    PairJudgement insert(quint64 key, PairJudgement judgement) const;

    static constexpr size_t ShardCount = 64;
    // A cache line each: two threads locking neighbouring shards would
    // otherwise keep taking the line from each other.
    struct alignas(64) Shard
    {
        mutable std::mutex mutex;
        std::unordered_map<quint64, PairJudgement> judgements;
    };

    std::vector<std::vector<int>> m_contentIds; // per document, per sentence
    std::vector<int> m_documentsHolding; // per content id: in how many documents
    int m_distinct = 0;
    Shard &shard(quint64 key) const { return m_shards[(key * 0x9E3779B97F4A7C15ULL >> 58) % ShardCount]; }

    mutable std::array<Shard, ShardCount> m_shards;
};

} // namespace parallax
