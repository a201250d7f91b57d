#pragma once

#include "matchdocument.h"

#include <QtGlobal>

#include <span>
#include <utility>
#include <vector>

class QThreadPool;

namespace parallax {

// Bounds of the candidate search; the defaults keep the cost per query
// sentence and document bounded however long the document is.
struct CandidateLimits
{
    // A stem in more than max(commonStemFloor, commonStemShare * sentences)
    // sentences of a document says little about which of its sentences is
    // meant ("said", "Putin" in a report on Putin): its postings there are
    // skipped...
    double commonStemShare = 0.05;
    int commonStemFloor = 8;
    // ...except for a query's rarest `minimumStems` stems there, so a sentence
    // made of common words still finds its copies.
    int minimumStems = 2;
    // Postings read per query and document at most, rarest stems first.
    int postingBudget = 4096;
    // A candidate must share at least min(minimumShared, stems of either side)
    // content stems and reach this overlap (shared stems over the geometric
    // mean of both sentences' stem counts).
    int minimumShared = 2;
    double minimumOverlap = 0.2;
    // The best `maxCount` by that overlap (ties: lower index) are kept per
    // sentence and document...
    int maxCount = 8;
    // ...of which those sharing less than this of their stem weight
    // (SentenceWeights::overlap) are dropped.
    double minimumWeightedOverlap = 0.0;
};

// The candidate partners of every sentence of a comparison in every other
// document, found before any document pair is matched. Each sentence's stems
// are looked up once in postings merged over all documents, so a document
// pair costs nothing here unless its documents share stems (per-pair lookups
// cost a hash probe per stem and pair: 18 million for 200 articles); one pass
// over those postings counts the shared stems and their weight of every
// sentence of every document. The result per (sentence, other document) is
// what a lookup in that document alone gives (its own common stems, budget
// and ranking).
// Immutable after construction; read by every document pair on any thread.
class CandidateTable
{
public:
    struct Entry
    {
        int document = -1;
        int sentence = -1;
    };

    // `documents[i].id` must be i; their index and weights must outlive the table.
    // Built on `pool` (the global pool when null), the calling thread helping.
    CandidateTable(const std::vector<MatchDocument> &documents, CandidateLimits limits,
                   QThreadPool *pool = nullptr);

    // Candidates of sentence `sentence` of `document` among the sentences of
    // `other`, best first (Entry::document is `other`).
    std::span<const Entry> candidates(int document, int sentence, int other) const;

private:
    class Lookup;
    // The candidates of each (document, sentence) of `queries` in every
    // document, concatenated; query q's are entries [begin[q], begin[q + 1]).
    std::vector<Entry> lookUp(const std::vector<MatchDocument> &documents, const CandidateLimits &limits,
                              QThreadPool &pool, const std::vector<std::pair<int, int>> &queries,
                              std::vector<size_t> &begin) const;

    std::vector<int> m_firstSentence; // per document: its first sentence's number over all documents
    // Sentences with the same stems share one lookup (a group): per sentence
    // over all documents, its group.
    std::vector<quint32> m_groupOf;
    std::vector<Entry> m_entries; // per group: by document (its members' own too), then best first
    // Per group, per document plus one: the first entry of its candidates in
    // that document (an offset table, not a search: every document pair asks
    // for every sentence's; 4 bytes per group and document, under 4.8 MB for
    // 200 articles of 30 sentences).
    size_t m_documentCount = 0;
    std::vector<quint32> m_documentBegin;
};

} // namespace parallax
