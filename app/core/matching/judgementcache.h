#pragma once

#include "model/analyzeddocument.h"
#include "similarity/pairscorer.h"

#include <QtGlobal>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace parallax {

// Judgements of sentence pairs shared by every document pair of one job.
// Clusters of rewrites repeat the same sentences in many documents, and a
// judgement depends on the two sentences' words alone (the stem weights are
// the job's), so each distinct pair of sentence contents is judged once.
// Sentences get a content id: equal ids mean equal tokens (form, stem, flags)
// and equal word text.
//
// Thread-safe, and a lookup takes no lock: the judgements sit in an
// insert-only open-addressing table whose slots are claimed by an atomic
// key and published (release) once the judgement is written, so a reader
// that sees a published key (acquire) sees its judgement. A judgement is
// computed outside the table (two threads may compute the same pair, with
// the same result), and a pair not kept is merely computed again, so
// results never depend on timing. A table half full is replaced by one
// twice as large under a lock only growth takes; readers may go on in the
// old one, which lives as long as the cache. Past MaxSlots nothing more is
// kept (memory stays bounded).
// A pair of two contents that each occur in one document only is met once:
// it is computed and not kept (most pairs of a cluster are such; memory).
class JudgementCache
{
public:
    explicit JudgementCache(const std::vector<AnalyzedDocument> &documents);
    ~JudgementCache();
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
        // Never 0 (the empty slot) and bit 63 clear (the published mark):
        // content ids are below 2^31.
        const quint64 key
            = (quint64(quint32(idA)) + 1) << 32 | quint64(quint32(idB)) << 1 | quint64(kind & 1);
        PairJudgement known;
        if (find(key, known))
            return known;
        PairJudgement computed = compute();
        keep(key, computed);
        return computed;
    }

    // Slots of the first table at least, of any table at most (each 8 bytes
    // of key, 40 of judgement: 96 MB; with the tables outgrown, under 192 MB).
    static constexpr size_t MinSlots = size_t(1) << 10;
    static constexpr size_t MaxSlots = size_t(1) << 21;

private:
    struct Table;

    bool find(quint64 key, PairJudgement &out) const;
    void keep(quint64 key, const PairJudgement &judgement) const;
    Table *tableWithRoom(Table *full) const;

    std::vector<std::vector<int>> m_contentIds; // per document, per sentence
    std::vector<int> m_documentsHolding; // per content id: in how many documents
    int m_distinct = 0;

    mutable std::atomic<Table *> m_table; // the one inserted into and read
    mutable std::mutex m_growth; // taken by growth only: guards m_tables
    mutable std::vector<std::unique_ptr<Table>> m_tables; // every table made, the current last
};

} // namespace parallax
