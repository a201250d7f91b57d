#pragma once

#include "pairscorer.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
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

    Keys sortedForms;
    Keys sortedContent;
    Keys stemSet; // unique
    Keys contentSet; // unique
    std::array<Keys, 5> stemNgrams; // [n] for n = 1..4: keys of stem n-grams, sorted
    Keys char3; // character 3-grams of the case-folded words, sorted
    Keys char4; // character 4-grams, sorted
    std::vector<quint32> contentIndex; // per content entry: the index of its key in contentSet
    std::vector<std::vector<quint32>> contentGroups; // WordNet synset groups per contentSet key
    std::vector<quint32> allGroups; // union of contentGroups, sorted
    // Bit group % 512 set for every group in allGroups: most groups of another
    // sentence are ruled out without a search.
    std::array<quint64, 8> groupFilter {};

    bool hasGroup(quint32 group) const
    {
        return (groupFilter[group / 64 % 8] >> (group % 64) & 1) != 0
            && std::binary_search(allGroups.begin(), allGroups.end(), group);
    }

    // Whether a word of this sentence shares one of `groups` (another word's
    // synsets): the synonym test of the scorer and of the claim rule.
    bool hasAnyGroup(const std::vector<quint32> &groups) const
    {
        return std::any_of(groups.begin(), groups.end(), [this](quint32 group) { return hasGroup(group); });
    }
};

} // namespace parallax
