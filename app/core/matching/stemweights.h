#pragma once

#include <QtGlobal>

#include <unordered_map>
#include <vector>

namespace parallax {

class CandidateIndex;

// How much a content stem says about which claim a sentence makes: its inverse
// document frequency over every sentence of one comparison (all documents).
// In a set of reports on one meeting the names of the meeting's parties occur
// everywhere and weigh little, while the words of one claim (a spokesman's
// name, "delegation", "constitution") occur in the few sentences that carry it.
// Immutable after construction; shared by every document pair on any thread.
class StemWeights
{
public:
    StemWeights() = default;
    explicit StemWeights(const std::vector<const CandidateIndex *> &documents);

    // ln(sentences / sentences containing the stem); a stem seen nowhere
    // weighs as much as one seen once.
    double weight(quint64 stem) const;
    // Whether the stem is rare enough to identify a claim: in at most
    // max(MinimumRareCount, RareShare * sentences) sentences.
    bool distinctive(quint64 stem) const;
    int sentenceCount() const { return m_sentences; }

    static constexpr double RareShare = 0.1;
    static constexpr int MinimumRareCount = 3;

private:
    struct Entry
    {
        double weight = 0.0;
        bool distinctive = false;
    };
    double weightOf(int frequency) const;
    bool distinctiveAt(int frequency) const;
    const Entry &entry(quint64 stem) const;

    std::unordered_map<quint64, Entry> m_entries; // stem -> its weight, precomputed
    Entry m_unseen; // a stem seen nowhere
    int m_sentences = 0;
};

} // namespace parallax
