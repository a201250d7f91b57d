#pragma once

#include "model/analyzeddocument.h"

#include <QtGlobal>

#include <unordered_map>
#include <vector>

namespace parallax {

// A sentence of the indexed document proposed as a partner of a query sentence.
struct Candidate
{
    int sentence = -1;
    int sharedStems = 0; // distinct content stems in common
    double overlap = 0.0; // sharedStems / sqrt(|stems of query| * |stems of candidate|)
};

// Bounds of the candidate search; the defaults keep the cost per query
// sentence bounded however long the document is.
struct CandidateLimits
{
    // A stem in more than max(commonStemFloor, commonStemShare * sentences)
    // sentences of the indexed document says little about which sentence is
    // meant ("said", "Putin" in a report on Putin): its postings are skipped...
    double commonStemShare = 0.05;
    int commonStemFloor = 8;
    // ...except for a query's rarest `minimumStems` stems, so a sentence made of
    // common words still finds its copies.
    int minimumStems = 2;
    // Postings read per query at most, rarest stems first.
    int postingBudget = 4096;
    // A candidate must share at least min(minimumShared, stems of either side)
    // content stems and reach this overlap.
    int minimumShared = 2;
    double minimumOverlap = 0.2;
};

// Inverted index over the content stems (tokens that are not stop words) of one
// document's sentences, plus a hash of every sentence's form sequence for the
// verbatim fast path. Immutable after construction, so one index serves every
// document pair on any thread. It points into the document, which must outlive it.
class CandidateIndex
{
public:
    explicit CandidateIndex(const AnalyzedDocument &document, CandidateLimits limits = {});

    const AnalyzedDocument &document() const { return *m_document; }
    int sentenceCount() const { return int(m_stems.size()); }

    // Distinct content stems of sentence `index` of this document, sorted;
    // empty for a sentence that is not linkable.
    const std::vector<quint64> &stems(int index) const { return m_stems[size_t(index)]; }

    // A sentence of stop words and numbers alone ("1.", "2011.", "So it is.")
    // states no claim of its own: it is never linked, even to its copy.
    static bool isLinkable(const Sentence &sentence);
    bool linkable(int index) const { return !m_stems[size_t(index)].empty(); }

    // Sentences of this document whose token forms equal those of `sentence`
    // (same folded words in the same order), ascending. Empty for a sentence
    // that is not linkable.
    std::vector<int> identical(const Sentence &sentence) const;

    // At most `maxCount` sentences of this document sharing content stems with
    // `queryStems` (sorted, distinct), best overlap first (ties: lower index).
    std::vector<Candidate> candidates(const std::vector<quint64> &queryStems, int maxCount) const;

    static std::vector<quint64> contentStems(const Sentence &sentence);
    static quint64 formHash(const Sentence &sentence);

private:
    const AnalyzedDocument *m_document;
    CandidateLimits m_limits;
    std::vector<std::vector<quint64>> m_stems; // per sentence
    std::unordered_map<quint64, std::vector<int>> m_postings; // stem -> sentences, ascending
    std::unordered_map<quint64, std::vector<int>> m_sentencesByForm; // form hash -> sentences, ascending
};

} // namespace parallax
