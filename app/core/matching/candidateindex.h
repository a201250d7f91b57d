#pragma once

#include "model/analyzeddocument.h"

#include <QtGlobal>

#include <array>
#include <unordered_map>
#include <utility>
#include <vector>

namespace parallax {

// Inverted index over the content stems (tokens that are not stop words) of one
// document's sentences (CandidateTable reads it for every document at once),
// plus a hash of every sentence's form sequence for the verbatim fast path.
// Immutable after construction, so one index serves every document pair on any
// thread. It points into the document, which must outlive it.
class CandidateIndex
{
public:
    explicit CandidateIndex(const AnalyzedDocument &document);

    const AnalyzedDocument &document() const { return *m_document; }
    int sentenceCount() const { return int(m_stems.size()); }

    // Distinct content stems of sentence `index` of this document, sorted;
    // empty for a sentence that is not linkable.
    const std::vector<quint64> &stems(int index) const { return m_stems[size_t(index)]; }

    // A sentence of stop words and numbers alone ("1.", "2011.", "So it is.")
    // states no claim of its own: it is never linked, even to its copy.
    bool linkable(int index) const { return !m_stems[size_t(index)].empty(); }

    // Whether sentences x and y of this document have the same token forms
    // (the same folded words in the same order); never for one that is not linkable.
    bool copies(int x, int y) const;

    // Every (x of a, y of b) of linkable sentences with the same token forms,
    // sorted: one merge of the two documents' sorted form hashes instead of a
    // lookup per sentence (every document pair asks).
    static std::vector<std::pair<int, int>> identicalPairs(const CandidateIndex &a, const CandidateIndex &b);

    // At least as many as the distinct content stems sentence x of `a` and
    // sentence y of `b` share: their stems hashed into 128 bits, a shared stem
    // sets a bit in both; plus the stems of x that share a bit with another
    // stem of x (two shared stems may set one bit). A test that rejects most
    // unrelated pairs without merging their stem lists.
    static int sharedStemsAtMost(const CandidateIndex &a, int x, const CandidateIndex &b, int y);
    // Whether the same bits prove that the two sentences share no content stem.
    static bool shareNoStem(const CandidateIndex &a, int x, const CandidateIndex &b, int y);

    // Content stem -> the sentences holding it, ascending.
    const std::unordered_map<quint64, std::vector<int>> &postings() const { return m_postings; }

private:
    static bool isLinkable(const Sentence &sentence);
    static std::vector<quint64> contentStems(const Sentence &sentence);
    static quint64 formHash(const Sentence &sentence);

    const AnalyzedDocument *m_document;
    std::vector<std::vector<quint64>> m_stems; // per sentence
    std::vector<quint64> m_formHashes; // per sentence
    // Per sentence (sharedStemsAtMost): a bit per stem, and how many stems
    // found their bit set already.
    std::vector<std::array<quint64, 2>> m_stemBits;
    std::vector<int> m_stemBitCollisions;
    std::unordered_map<quint64, std::vector<int>> m_postings; // stem -> sentences, ascending
    std::vector<std::pair<quint64, int>> m_byForm; // (form hash, sentence) of the linkable sentences, sorted
};

} // namespace parallax
