#pragma once

#include "keymultiset.h"
#include "pairscorer.h"

#include <QtGlobal>

#include <array>
#include <span>
#include <vector>

namespace parallax {

class SynonymTable;

// What the paraphrase features need from one sentence, computed once so that
// scoring a pair is mostly merging sorted vectors. Holds copies of the keys:
// valid after the Sentence is gone. Build it with PairScorer::profile() when
// one sentence is scored against many.
struct SentenceProfile
{
    using Keys = std::vector<quint64>;

    SentenceProfile() = default;
    SentenceProfile(SentenceView view, const SynonymTable &synonyms);

    Keys forms; // in text order
    Keys stems; // in text order
    Keys content; // stems of non-stop-word tokens, in text order
    Keys numbers; // forms of number tokens, sorted, unique
    Keys names; // stems of capitalized content words after the first token, sorted
    int negations = 0;

    KeyMultiset sortedForms;
    KeyMultiset sortedContent;
    Keys stemSet; // unique
    Keys contentSet; // unique
    std::array<KeyMultiset, 5> stemNgrams; // [n] for n = 1..4: keys of stem n-grams
    KeyMultiset char3; // character 3-grams of the case-folded words
    KeyMultiset char4; // character 4-grams
    std::vector<quint32> contentIndex; // per content entry: the index of its key in contentSet
    // Every WordNet synset group of every content stem (SynonymTable::groups),
    // as group << 32 | the stem's contentSet index, sorted.
    std::vector<quint64> ownedGroups;
    // Bit group % 512 set for every group in ownedGroups: most groups of
    // another sentence are ruled out without a search.
    std::array<quint64, 8> groupFilter {};

    // Asks the processor to fetch what PairFeatures::compute() reads (see prefetch.h).
    void prefetch() const;

    // Ors `flag` into mine[i] for every content stem i (contentSet index) of
    // this sentence that `other` has too, and into theirs[j] for the same stems
    // of `other`. `mine` and `theirs` hold contentSet.size() and
    // other.contentSet.size() values.
    void markSameContent(const SentenceProfile &other, std::span<quint8> mine, std::span<quint8> theirs,
                         quint8 flag) const;
    // The synonym test of the scorer and of the claim rule: ors `flag` into
    // marks[i] for every content stem i (contentSet index) of this sentence
    // that is unmarked (marks[i] == 0) and shares a synset group with a
    // content stem of `other`. `marks` holds contentSet.size() values; the
    // stems already found some other way are skipped, not searched.
    void markSynonyms(const SentenceProfile &other, std::span<quint8> marks, quint8 flag) const;
};

} // namespace parallax
