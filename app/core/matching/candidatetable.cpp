#include "candidatetable.h"

#include "candidateindex.h"
#include "sentenceweights.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace parallax {

namespace {

// The sentences of one document holding one stem.
struct Run
{
    int document = -1;
    const std::vector<int> *sentences = nullptr;
};

// Stem -> its runs over all documents, by document.
using Runs = std::unordered_map<quint64, std::vector<Run>>;

Runs mergedPostings(const std::vector<MatchDocument> &documents)
{
    Runs runs;
    for (const MatchDocument &document : documents) {
        for (const auto &[stem, sentences] : document.index->postings())
            runs[stem].push_back({document.id, &sentences});
    }
    return runs;
}

} // namespace

// The search of one thread: scratch space reused from query to query.
class CandidateTable::Lookup
{
public:
    Lookup(const std::vector<MatchDocument> &documents, const Runs &runs, const CandidateLimits &limits)
        : m_documents(documents)
        , m_runs(runs)
        , m_limits(limits)
        , m_listCount(documents.size(), 0)
        , m_listStart(documents.size(), 0)
    {
        size_t longest = 0;
        for (const MatchDocument &document : documents)
            longest = std::max(longest, size_t(document.index->sentenceCount()));
        m_tally.assign(longest, {});
    }

    // Appends the candidates of sentence x of document `a` in every document
    // (its own too: the caller drops what it does not need), by document, to `out`.
    void find(int a, int x, std::vector<Entry> &out)
    {
        groupByDocument(m_documents[size_t(a)].index->stems(x));
        for (const int b : m_touched) {
            const auto begin = m_lists.begin() + qsizetype(m_listStart[size_t(b)]);
            select(a, x, b, std::span<List>(begin, begin + qsizetype(m_listCount[size_t(b)])), out);
            m_listCount[size_t(b)] = 0;
        }
    }

private:
    // One query stem's postings in one document.
    struct List
    {
        size_t length = 0;
        const std::vector<int> *sentences = nullptr;
    };

    // m_lists: the query's postings grouped by document (m_touched,
    // ascending), each group in query stem order. A counting sort: no
    // comparison per list.
    void groupByDocument(const std::vector<quint64> &stems)
    {
        m_touched.clear();
        m_found.clear();
        for (const quint64 stem : stems) {
            const auto found = m_runs.find(stem);
            m_found.push_back(found == m_runs.end() ? nullptr : &found->second);
            if (!m_found.back())
                continue;
            for (const Run &run : *m_found.back()) {
                if (m_listCount[size_t(run.document)]++ == 0)
                    m_touched.push_back(run.document);
            }
        }
        std::sort(m_touched.begin(), m_touched.end());
        size_t start = 0;
        for (const int b : m_touched) {
            m_listStart[size_t(b)] = start;
            start += m_listCount[size_t(b)];
            m_listCount[size_t(b)] = 0;
        }
        m_lists.resize(start);
        for (size_t k = 0; k < m_found.size(); ++k) {
            if (!m_found[k])
                continue;
            for (const Run &run : *m_found[k]) {
                const size_t slot = m_listStart[size_t(run.document)] + m_listCount[size_t(run.document)]++;
                m_lists[slot] = {run.sentences->size(), run.sentences};
            }
        }
    }

    // The lookup of sentence x of `a` in document `b`, given the query's
    // postings there in stem order.
    void select(int a, int x, int b, std::span<List> lists, std::vector<Entry> &out)
    {
        const MatchDocument &query = m_documents[size_t(a)];
        const MatchDocument &target = m_documents[size_t(b)];
        // How many query stems each sentence holds, over every list.
        for (const List &list : lists) {
            for (const int sentence : *list.sentences)
                ++m_tally[size_t(sentence)].shared;
        }
        // Rarest first (ties in stem order): a stable sort of a few lists.
        for (size_t i = 1; i < lists.size(); ++i) {
            for (size_t j = i; j > 0 && lists[j].length < lists[j - 1].length; --j)
                std::swap(lists[j], lists[j - 1]);
        }
        collectHits(lists, size_t(target.index->sentenceCount()));
        rank(query.index->stems(x).size(), *target.index);
        for (const Scored &candidate : m_scored) {
            if (SentenceWeights::overlap(*query.weights, x, *target.weights, candidate.sentence)
                >= m_limits.minimumWeightedOverlap)
                out.push_back({b, candidate.sentence});
        }
        // Back to zero for the next lookup: only the sentences counted (still
        // in cache; clearing a long document's tallies whole costs more).
        for (const List &list : lists) {
            for (const int sentence : *list.sentences)
                m_tally[size_t(sentence)] = {};
        }
    }

    // m_hits: the sentences of the lists read, each once. A stem common in
    // the document is read only among the query's rarest there.
    void collectHits(std::span<const List> lists, size_t sentences)
    {
        const size_t commonLimit = std::max<size_t>(size_t(m_limits.commonStemFloor),
                                                    size_t(m_limits.commonStemShare * double(sentences)));
        m_hits.clear();
        size_t read = 0;
        for (size_t k = 0; k < lists.size(); ++k) {
            const size_t length = lists[k].length;
            const bool needed = k < size_t(m_limits.minimumStems);
            if (!needed && (length > commonLimit || read + length > size_t(m_limits.postingBudget)))
                break; // the rest are commoner still
            for (const int sentence : *lists[k].sentences) {
                if (!m_tally[size_t(sentence)].seen) {
                    m_tally[size_t(sentence)].seen = true;
                    m_hits.push_back(sentence);
                }
            }
            read += length;
        }
    }

    // m_scored: the hits sharing enough stems, the best maxCount by overlap.
    void rank(size_t querySize, const CandidateIndex &target)
    {
        m_scored.clear();
        for (const int sentence : m_hits) {
            const size_t size = target.stems(sentence).size();
            const int common = m_tally[size_t(sentence)].shared;
            if (common < std::min(m_limits.minimumShared, int(std::min(querySize, size))))
                continue;
            const double overlap = common / std::sqrt(double(querySize) * double(size));
            if (overlap >= m_limits.minimumOverlap)
                m_scored.push_back({sentence, overlap});
        }
        // A total order (overlap, then index), so only the best need sorting.
        const auto better = [](const Scored &x, const Scored &y) {
            return x.overlap != y.overlap ? x.overlap > y.overlap : x.sentence < y.sentence;
        };
        const size_t keep = std::min(m_scored.size(), size_t(std::max(0, m_limits.maxCount)));
        std::partial_sort(m_scored.begin(), m_scored.begin() + qsizetype(keep), m_scored.end(), better);
        m_scored.resize(keep);
    }

    struct Scored
    {
        int sentence = -1;
        double overlap = 0.0;
    };

    const std::vector<MatchDocument> &m_documents;
    const Runs &m_runs;
    const CandidateLimits &m_limits;
    std::vector<size_t> m_listCount; // per document
    std::vector<size_t> m_listStart; // per document
    std::vector<int> m_touched; // documents holding a query stem
    std::vector<const std::vector<Run> *> m_found; // per query stem
    std::vector<List> m_lists;
    // Per sentence of the target document: query stems it holds, whether it
    // is a hit (together: one cache line per posting).
    struct Tally
    {
        int shared = 0;
        bool seen = false;
    };
    std::vector<Tally> m_tally;
    std::vector<int> m_hits;
    std::vector<Scored> m_scored;
};

namespace {

// Sentences with the same stems (copies within or across documents) find
// the same candidates in any document but their own: one lookup per stem
// set, over all documents (a quarter fewer lookups on 200 rewrites).
struct StemGroups
{
    std::vector<size_t> representatives; // per group: its first sentence (number over all documents)
    std::vector<size_t> groupOf; // per sentence
};

template<typename StemsOf> StemGroups groupByStems(size_t sentenceCount, const StemsOf &stemsOf)
{
    std::vector<size_t> order(sentenceCount);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return stemsOf(x) < stemsOf(y); });
    StemGroups groups;
    groups.groupOf.resize(sentenceCount);
    for (size_t k = 0; k < order.size(); ++k) {
        if (k == 0 || stemsOf(order[k]) != stemsOf(order[k - 1]))
            groups.representatives.push_back(order[k]);
        groups.groupOf[order[k]] = groups.representatives.size() - 1;
    }
    return groups;
}

} // namespace

CandidateTable::CandidateTable(const std::vector<MatchDocument> &documents, CandidateLimits limits,
                               QThreadPool *pool)
{
    m_firstSentence.reserve(documents.size());
    std::vector<std::pair<int, int>> sentences; // (document, sentence) over all documents
    for (const MatchDocument &document : documents) {
        m_firstSentence.push_back(int(sentences.size()));
        for (int s = 0; s < document.index->sentenceCount(); ++s)
            sentences.emplace_back(document.id, s);
    }
    const StemGroups groups = groupByStems(sentences.size(), [&](size_t g) -> const std::vector<quint64> & {
        return documents[size_t(sentences[g].first)].index->stems(sentences[g].second);
    });
    std::vector<std::pair<int, int>> queries;
    for (const size_t g : groups.representatives)
        queries.push_back(sentences[g]);
    std::vector<size_t> groupBegin;
    const std::vector<Entry> groupEntries
        = lookUp(documents, limits, pool ? *pool : *QThreadPool::globalInstance(), queries, groupBegin);

    // Each sentence: its group's candidates outside its own document.
    m_begin.reserve(sentences.size() + 1);
    m_begin.push_back(0);
    for (size_t g = 0; g < sentences.size(); ++g) {
        const size_t group = groups.groupOf[g];
        std::copy_if(groupEntries.begin() + qsizetype(groupBegin[group]),
                     groupEntries.begin() + qsizetype(groupBegin[group + 1]), std::back_inserter(m_entries),
                     [own = sentences[g].first](const Entry &entry) { return entry.document != own; });
        m_begin.push_back(m_entries.size());
    }
}

std::vector<CandidateTable::Entry> CandidateTable::lookUp(const std::vector<MatchDocument> &documents,
                                                          const CandidateLimits &limits, QThreadPool &pool,
                                                          const std::vector<std::pair<int, int>> &queries,
                                                          std::vector<size_t> &begin)
{
    const Runs runs = mergedPostings(documents);
    // A few blocks of queries per thread, each with its own scratch space.
    const size_t blockCount = std::clamp<size_t>(size_t(8 * std::max(1, pool.maxThreadCount())), 1,
                                                 std::max<size_t>(1, queries.size()));
    std::vector<std::vector<Entry>> blockEntries(blockCount);
    std::vector<size_t> entryCount(queries.size(), 0);
    std::vector<size_t> blocks(blockCount);
    std::iota(blocks.begin(), blocks.end(), size_t(0));
    QtConcurrent::blockingMap(&pool, blocks, [&](const size_t &block) {
        Lookup lookup(documents, runs, limits);
        for (size_t q = queries.size() * block / blockCount; q < queries.size() * (block + 1) / blockCount;
             ++q) {
            const size_t before = blockEntries[block].size();
            lookup.find(queries[q].first, queries[q].second, blockEntries[block]);
            entryCount[q] = blockEntries[block].size() - before;
        }
    });
    std::vector<Entry> entries;
    for (std::vector<Entry> &some : blockEntries) {
        entries.insert(entries.end(), some.begin(), some.end());
        some = {};
    }
    begin.assign(queries.size() + 1, 0);
    std::partial_sum(entryCount.begin(), entryCount.end(), begin.begin() + 1);
    return entries;
}

std::span<const CandidateTable::Entry> CandidateTable::candidates(int document, int sentence, int other) const
{
    const size_t g = size_t(m_firstSentence[size_t(document)] + sentence);
    const auto begin = m_entries.begin() + qsizetype(m_begin[g]);
    const auto end = m_entries.begin() + qsizetype(m_begin[g + 1]);
    const auto [first, last] = std::equal_range(
        begin, end, Entry {other, 0}, [](const Entry &x, const Entry &y) { return x.document < y.document; });
    return {first, last};
}

} // namespace parallax
