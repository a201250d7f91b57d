#include "candidatetable.h"

#include "candidateindex.h"
#include "sentenceweights.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace parallax {

namespace {

// The postings of every document merged, stem by stem, in flat arrays: a
// stem's sentences (numbered over all documents: a document's follow those
// of the documents before it) in one ascending array, cut into runs by
// document. A query reads each of its stems' postings in one loop however
// many documents hold it, with no pointer to follow per document.
class MergedPostings
{
public:
    // Sentences [begin, the next run's begin) of one document.
    struct Run
    {
        int document = -1;
        quint32 begin = 0;
    };

    MergedPostings(const std::vector<MatchDocument> &documents, const std::vector<int> &firstSentence)
    {
        // Sizes first, so that every stem's runs and sentences fit in place.
        std::vector<quint32> runCount;
        std::vector<quint32> sentenceCount;
        for (const MatchDocument &document : documents) {
            for (const auto &[stem, sentences] : document.index->postings()) {
                const auto [found, added] = m_ids.try_emplace(stem, int(m_ids.size()));
                if (added) {
                    runCount.push_back(0);
                    sentenceCount.push_back(0);
                }
                ++runCount[size_t(found->second)];
                sentenceCount[size_t(found->second)] += quint32(sentences.size());
            }
        }
        m_runBegin.assign(runCount.size() + 1, 0);
        std::partial_sum(runCount.begin(), runCount.end(), m_runBegin.begin() + 1);
        std::vector<quint32> runEnd(m_runBegin.begin(), m_runBegin.end() - 1); // per stem, as filled
        std::vector<quint32> sentenceEnd(sentenceCount.size() + 1, 0);
        std::partial_sum(sentenceCount.begin(), sentenceCount.end(), sentenceEnd.begin() + 1);
        m_runs.resize(m_runBegin.back() + 1);
        m_sentences.resize(sentenceEnd.back());
        m_runs.back() = {-1, sentenceEnd.back()}; // where the last run ends
        for (const MatchDocument &document : documents) {
            const quint32 first = quint32(firstSentence[size_t(document.id)]);
            for (const auto &[stem, sentences] : document.index->postings()) {
                const size_t id = size_t(m_ids.at(stem));
                m_runs[runEnd[id]++] = {document.id, sentenceEnd[id]};
                for (const int sentence : sentences)
                    m_sentences[sentenceEnd[id]++] = first + quint32(sentence);
            }
        }
    }

    // The stem's dense number, -1 for a stem no sentence holds.
    int id(quint64 stem) const
    {
        const auto found = m_ids.find(stem);
        return found == m_ids.end() ? -1 : found->second;
    }

    // Its runs, by document.
    std::span<const Run> runs(int id) const
    {
        return {m_runs.data() + m_runBegin[size_t(id)], m_runs.data() + m_runBegin[size_t(id) + 1]};
    }

    // Its sentences in every document, ascending.
    std::span<const quint32> sentences(int id) const
    {
        return range(m_runs[m_runBegin[size_t(id)]].begin, m_runs[m_runBegin[size_t(id) + 1]].begin);
    }

    // The sentences of one of its runs.
    std::span<const quint32> sentences(const Run &run) const { return range(run.begin, (&run + 1)->begin); }

private:
    std::span<const quint32> range(quint32 begin, quint32 end) const
    {
        return {m_sentences.data() + begin, m_sentences.data() + end};
    }

    std::unordered_map<quint64, int> m_ids; // stem -> its dense number
    std::vector<quint32> m_runBegin; // per stem (plus one): its first run
    std::vector<Run> m_runs; // by stem, then document; one more marks the end
    std::vector<quint32> m_sentences; // by stem, then document, then sentence
};

} // namespace

// The search of one thread: scratch space reused from query to query.
class CandidateTable::Lookup
{
public:
    Lookup(const std::vector<MatchDocument> &documents, const std::vector<int> &firstSentence,
           const MergedPostings &postings, const CandidateLimits &limits)
        : m_documents(documents)
        , m_firstSentence(firstSentence)
        , m_postings(postings)
        , m_limits(limits)
        , m_listCount(documents.size(), 0)
        , m_listStart(documents.size(), 0)
    {
        quint32 longest = 0;
        for (const MatchDocument &document : documents) {
            for (int s = 0; s < document.index->sentenceCount(); ++s) {
                m_stemCount.push_back(quint32(document.index->stems(s).size()));
                longest = std::max(longest, m_stemCount.back());
            }
        }
        m_tally.assign(m_stemCount.size(), {});
        m_roots.assign(size_t(longest) + 1, {});
    }

    // Appends the candidates of sentence x of document `a` in every document
    // (its own too: the caller drops what it does not need), by document, to `out`.
    void find(int a, int x, std::vector<Entry> &out)
    {
        const MatchDocument &query = m_documents[size_t(a)];
        m_stems.clear();
        for (const quint64 stem : query.index->stems(x))
            m_stems.push_back(m_postings.id(stem));
        m_counted += 2;
        tally(query.weights->weights(x));
        groupByDocument();
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
        quint32 length = 0;
        const MergedPostings::Run *run = nullptr;
    };

    // How many query stems each sentence of every document holds and their
    // weight, one stem at a time. The stems are in order, so the weights add
    // up in the order SentenceWeights::overlap adds them: the same sums.
    void tally(std::span<const double> weights)
    {
        for (size_t k = 0; k < m_stems.size(); ++k) {
            if (m_stems[k] < 0)
                continue;
            for (const quint32 sentence : m_postings.sentences(m_stems[k])) {
                // A tally of an earlier query counts as zero (no pass to
                // clear them), masked rather than branched on: which
                // sentence comes first is data (0.0 is all zero bits).
                Tally &tally = m_tally[sentence];
                const quint64 mine = quint64(0) - quint64(tally.stamp == m_counted);
                tally.stamp = m_counted;
                tally.shared = int(quint32(tally.shared) & quint32(mine)) + 1;
                tally.weight
                    = std::bit_cast<double>(std::bit_cast<quint64>(tally.weight) & mine) + weights[k];
            }
        }
    }

    // m_lists: the query's postings grouped by document (m_touched,
    // ascending), each group in query stem order. A counting sort: no
    // comparison per list.
    void groupByDocument()
    {
        m_touched.clear();
        for (const int id : m_stems) {
            if (id < 0)
                continue;
            for (const MergedPostings::Run &run : m_postings.runs(id)) {
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
        for (const int id : m_stems) {
            if (id < 0)
                continue;
            for (const MergedPostings::Run &run : m_postings.runs(id)) {
                const size_t slot = m_listStart[size_t(run.document)] + m_listCount[size_t(run.document)]++;
                m_lists[slot] = {quint32(m_postings.sentences(run).size()), &run};
            }
        }
    }

    // The lookup of sentence x of `a` in document `b`, given the query's
    // postings there in stem order.
    void select(int a, int x, int b, std::span<List> lists, std::vector<Entry> &out)
    {
        const MatchDocument &query = m_documents[size_t(a)];
        const MatchDocument &target = m_documents[size_t(b)];
        collectHits(lists, size_t(target.index->sentenceCount()));
        rank(query.index->stems(x).size());
        const double total = query.weights->total(x);
        const quint32 first = quint32(m_firstSentence[size_t(b)]);
        for (const Scored &candidate : m_scored) {
            const int sentence = int(candidate.sentence - first);
            const double shared = m_tally[candidate.sentence].weight;
            if (SentenceWeights::overlap(shared, total, target.weights->total(sentence))
                >= m_limits.minimumWeightedOverlap)
                out.push_back({b, sentence});
        }
    }

    // m_hits: the sentences of the lists read, each once.
    void collectHits(std::span<List> lists, size_t sentences)
    {
        chooseLists(lists, sentences);
        size_t postings = 0;
        for (const List *list : m_read)
            postings += list->length;
        // Without a branch on whether a sentence was seen: the data decides.
        m_hits.resize(postings);
        size_t hits = 0;
        for (const List *list : m_read) {
            for (const quint32 sentence : m_postings.sentences(*list->run)) {
                m_hits[hits] = sentence;
                hits += m_tally[sentence].stamp == m_counted;
                m_tally[sentence].stamp = m_counted + 1;
            }
        }
        m_hits.resize(hits);
    }

    // m_read: the lists to read. The query's rarest `minimumStems` stems in
    // the document are read, then rarer ones while the budget lasts; a stem
    // common in the document only among the first.
    void chooseLists(std::span<List> lists, size_t sentences)
    {
        const size_t commonLimit = std::max<size_t>(size_t(m_limits.commonStemFloor),
                                                    size_t(m_limits.commonStemShare * double(sentences)));
        m_read.clear();
        // Mostly every stem that is not common is read: in any order, so
        // with no sort.
        size_t rarePostings = 0;
        for (const List &list : lists) {
            if (list.length <= commonLimit) {
                m_read.push_back(&list);
                rarePostings += list.length;
            }
        }
        if (m_read.size() >= size_t(m_limits.minimumStems) && rarePostings <= size_t(m_limits.postingBudget))
            return;
        m_read.clear();
        // Rarest first (ties in stem order): a stable sort of a few lists.
        for (size_t i = 1; i < lists.size(); ++i) {
            for (size_t j = i; j > 0 && lists[j].length < lists[j - 1].length; --j)
                std::swap(lists[j], lists[j - 1]);
        }
        size_t read = 0;
        for (size_t k = 0; k < lists.size(); ++k) {
            const size_t length = lists[k].length;
            const bool needed = k < size_t(m_limits.minimumStems);
            if (!needed && (length > commonLimit || read + length > size_t(m_limits.postingBudget)))
                break; // the rest are commoner still
            m_read.push_back(&lists[k]);
            read += length;
        }
    }

    // m_scored: the hits sharing enough stems, the best maxCount by overlap.
    void rank(size_t querySize)
    {
        // Without a branch on the overlap: it is known late (a square root
        // and a division) and passes or fails as the data has it.
        m_scored.resize(m_hits.size());
        size_t passed = 0;
        for (const quint32 sentence : m_hits) {
            const size_t size = m_stemCount[sentence];
            const int common = m_tally[sentence].shared;
            const double overlap = common / root(querySize, size);
            m_scored[passed] = {sentence, overlap};
            passed += (common >= std::min(m_limits.minimumShared, int(std::min(querySize, size))))
                & (overlap >= m_limits.minimumOverlap);
        }
        m_scored.resize(passed);
        // A total order (overlap, then index), so only the best need sorting.
        const auto better = [](const Scored &x, const Scored &y) {
            return x.overlap != y.overlap ? x.overlap > y.overlap : x.sentence < y.sentence;
        };
        const size_t keep = size_t(std::max(0, m_limits.maxCount));
        if (m_scored.size() > keep) {
            std::nth_element(m_scored.begin(), m_scored.begin() + qsizetype(keep), m_scored.end(), better);
            m_scored.resize(keep);
        }
        std::sort(m_scored.begin(), m_scored.end(), better);
    }

    // sqrt(querySize * size), the denominator of the overlap, once per query
    // size and sentence size (the same expression: the same value).
    double root(size_t querySize, size_t size)
    {
        Root &cached = m_roots[size];
        if (cached.querySize != querySize)
            cached = {querySize, std::sqrt(double(querySize) * double(size))};
        return cached.value;
    }

    struct Scored
    {
        quint32 sentence = 0; // over all documents
        double overlap = 0.0;
    };

    const std::vector<MatchDocument> &m_documents;
    const std::vector<int> &m_firstSentence;
    const MergedPostings &m_postings;
    const CandidateLimits &m_limits;
    std::vector<quint32> m_stemCount; // per sentence over all documents
    std::vector<size_t> m_listCount; // per document
    std::vector<size_t> m_listStart; // per document
    std::vector<int> m_stems; // the query's, as MergedPostings ids
    std::vector<int> m_touched; // documents holding a query stem
    std::vector<List> m_lists;
    std::vector<const List *> m_read; // of one document's lists
    // Per sentence over all documents: query stems it holds, their weight,
    // whether it is a hit in its document (together: one cache line per posting).
    struct Tally
    {
        double weight = 0.0;
        int shared = 0;
        quint32 stamp = 0; // m_counted: counted for this query; one more: a hit too
    };
    std::vector<Tally> m_tally;
    quint32 m_counted = 0; // per query, two more
    std::vector<quint32> m_hits;
    struct Root
    {
        size_t querySize = 0; // none yet
        double value = 0.0;
    };
    std::vector<Root> m_roots; // per sentence size
    std::vector<Scored> m_scored;
};

namespace {

// Sentences with the same stems (copies within or across documents) find
// the same candidates in any document but their own: one lookup per stem
// set, over all documents (a quarter fewer lookups on 200 rewrites).
struct StemGroups
{
    std::vector<size_t> representatives; // per group: its first sentence (number over all documents)
    std::vector<quint32> groupOf; // per sentence
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
        groups.groupOf[order[k]] = quint32(groups.representatives.size() - 1);
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
    StemGroups groups = groupByStems(sentences.size(), [&](size_t g) -> const std::vector<quint64> & {
        return documents[size_t(sentences[g].first)].index->stems(sentences[g].second);
    });
    std::vector<std::pair<int, int>> queries;
    for (const size_t g : groups.representatives)
        queries.push_back(sentences[g]);
    QThreadPool &threads = pool ? *pool : *QThreadPool::globalInstance();
    std::vector<size_t> groupBegin;
    m_entries = lookUp(documents, limits, threads, queries, groupBegin);
    m_groupOf = std::move(groups.groupOf);

    // Where each document's candidates begin among each group's (its entries
    // are by document), independently per group: on the pool.
    m_documentCount = documents.size();
    m_documentBegin.resize(queries.size() * (m_documentCount + 1));
    std::vector<size_t> blocks;
    constexpr size_t BlockSize = 64;
    for (size_t first = 0; first < queries.size(); first += BlockSize)
        blocks.push_back(first);
    QtConcurrent::blockingMap(&threads, blocks, [&](const size_t &first) {
        for (size_t group = first; group < std::min(queries.size(), first + BlockSize); ++group) {
            quint32 *begins = m_documentBegin.data() + group * (m_documentCount + 1);
            size_t entry = groupBegin[group];
            for (size_t d = 0; d <= m_documentCount; ++d) {
                while (entry < groupBegin[group + 1] && size_t(m_entries[entry].document) < d)
                    ++entry;
                begins[d] = quint32(entry);
            }
        }
    });
}

std::vector<CandidateTable::Entry> CandidateTable::lookUp(const std::vector<MatchDocument> &documents,
                                                          const CandidateLimits &limits, QThreadPool &pool,
                                                          const std::vector<std::pair<int, int>> &queries,
                                                          std::vector<size_t> &begin) const
{
    const MergedPostings postings(documents, m_firstSentence);
    // A few blocks of queries per thread, each with its own scratch space.
    const size_t blockCount = std::clamp<size_t>(size_t(8 * std::max(1, pool.maxThreadCount())), 1,
                                                 std::max<size_t>(1, queries.size()));
    std::vector<std::vector<Entry>> blockEntries(blockCount);
    std::vector<size_t> entryCount(queries.size(), 0);
    std::vector<size_t> blocks(blockCount);
    std::iota(blocks.begin(), blocks.end(), size_t(0));
    QtConcurrent::blockingMap(&pool, blocks, [&](const size_t &block) {
        Lookup lookup(documents, m_firstSentence, postings, limits);
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
    if (other == document)
        return {}; // the group's lookup found them, but a sentence has no candidates in its own document
    const size_t group = m_groupOf[size_t(m_firstSentence[size_t(document)] + sentence)];
    const quint32 *begins = m_documentBegin.data() + group * (m_documentCount + 1) + size_t(other);
    return {m_entries.data() + begins[0], m_entries.data() + begins[1]};
}

} // namespace parallax
