#include "pairfeatures.h"

#include "diffshape.h"
#include "sentenceprofile.h"
#include "sequencelcs.h"
#include "synonymtable.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace parallax {

namespace {

using Keys = SentenceProfile::Keys;
using Side = SentenceProfile;

bool contains(const Keys &sortedKeys, quint64 key)
{
    return std::binary_search(sortedKeys.begin(), sortedKeys.end(), key);
}

double ratio(double numerator, double denominator, double ifEmpty = 0.0)
{
    return denominator > 0 ? numerator / denominator : ifEmpty;
}

// Size of the multiset intersection of two sorted vectors (each key counted
// min(count in a, count in b) times).
template<typename T> int clippedMatches(const std::vector<T> &a, const std::vector<T> &b)
{
    int matches = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j) {
            ++matches;
            ++i;
            ++j;
        } else {
            *i < *j ? ++i : ++j;
        }
    }
    return matches;
}

int lcsLength(const Keys &a, const Keys &b)
{
    return SequenceLcs::length(a, b);
}

double dice(const Keys &a, const Keys &b)
{
    return ratio(2.0 * clippedMatches(a, b), double(a.size() + b.size()));
}

int countAbsent(const Keys &keys, const Keys &otherSet)
{
    return int(std::count_if(keys.begin(), keys.end(), [&](quint64 k) { return !contains(otherSet, k); }));
}

// Content words of `a` found in `b` exactly or through a shared WordNet synset.
int synonymMatches(const Side &a, const Side &b)
{
    // Decided once per distinct content stem of a (a sorted merge with b's
    // set, then the synsets), then counted per content word.
    constexpr size_t Inline = 64;
    std::array<bool, Inline> inlineFound {};
    std::vector<bool> heapFound;
    const bool small = a.contentSet.size() <= Inline;
    if (!small)
        heapFound.assign(a.contentSet.size(), false);
    const auto setFound = [&](size_t index) {
        if (small)
            inlineFound[index] = true;
        else
            heapFound[index] = true;
    };
    auto j = b.contentSet.begin();
    for (size_t index = 0; index < a.contentSet.size(); ++index) {
        const quint64 key = a.contentSet[index];
        while (j != b.contentSet.end() && *j < key)
            ++j;
        if ((j != b.contentSet.end() && *j == key) || SynonymTable::shareGroup(a.contentGroups[index], b.allGroups))
            setFound(index);
    }
    int matches = 0;
    for (const quint32 index : a.contentIndex)
        matches += (small ? inlineFound[index] : bool(heapFound[index])) ? 1 : 0;
    return matches;
}

// Mean over both directions of the share of one side's n-grams found in the other.
// `matches`: clippedMatches of the two n-gram vectors (each n is needed with
// and without smoothing; the merge is done once).
double ngramPrecision(const Side &a, const Side &b, int n, double smoothing, double matches)
{
    const Keys &ga = a.stemNgrams[size_t(n)];
    const Keys &gb = b.stemNgrams[size_t(n)];
    if (ga.empty() && gb.empty())
        return smoothing > 0 ? 1.0 : 0.0;
    const double pa = (matches + smoothing) / (double(ga.size()) + smoothing);
    const double pb = (matches + smoothing) / (double(gb.size()) + smoothing);
    return ga.empty() ? pb : gb.empty() ? pa : (pa + pb) / 2;
}

double orderAgreement(const Side &a, const Side &b)
{
    Keys sharedA;
    Keys sharedB;
    std::copy_if(a.content.begin(), a.content.end(), std::back_inserter(sharedA),
                 [&](quint64 k) { return contains(b.contentSet, k); });
    std::copy_if(b.content.begin(), b.content.end(), std::back_inserter(sharedB),
                 [&](quint64 k) { return contains(a.contentSet, k); });
    const size_t shorter = std::min(sharedA.size(), sharedB.size());
    if (shorter <= 1)
        return 1.0;
    return double(lcsLength(sharedA, sharedB)) / double(shorter);
}

void overlapFeatures(const Keys &a, const Keys &b, double &f1, double *minimum, double *maximum)
{
    const double matches = clippedMatches(a, b);
    const double la = double(a.size());
    const double lb = double(b.size());
    f1 = ratio(2 * matches, la + lb);
    if (minimum)
        *minimum = ratio(matches, std::max(la, lb));
    if (maximum)
        *maximum = ratio(matches, std::min(la, lb));
}

void numberFeatures(const Side &a, const Side &b, PairFeatures::Vector &f)
{
    const bool hasA = !a.numbers.empty();
    const bool hasB = !b.numbers.empty();
    if (hasA != hasB) {
        f[PairFeatures::NumbersOneSide] = 1;
        return;
    }
    if (!hasA)
        return;
    const bool aInB = std::includes(b.numbers.begin(), b.numbers.end(), a.numbers.begin(), a.numbers.end());
    const bool bInA = std::includes(a.numbers.begin(), a.numbers.end(), b.numbers.begin(), b.numbers.end());
    if (aInB && bInA)
        f[PairFeatures::NumbersEqual] = 1;
    else if (aInB || bInA)
        f[PairFeatures::NumbersSubset] = 1;
    else
        f[PairFeatures::NumbersDiffer] = 1;
}

void nameFeatures(const Side &a, const Side &b, PairFeatures::Vector &f)
{
    // A name counts as found when the other sentence has the stem anywhere
    // (it may stand first there, where capitalization says nothing).
    const int missing = countAbsent(a.names, b.stemSet) + countAbsent(b.names, a.stemSet);
    const double total = double(a.names.size() + b.names.size());
    f[PairFeatures::NamesF1] = ratio(total - missing, total, 1.0);
    f[PairFeatures::NamesUnmatchedLog] = std::log1p(missing);
}

} // namespace

const char *PairFeatures::name(int index)
{
    static constexpr const char *names[Count] = {"bias",
                                                 "stem_f1",
                                                 "stem_min",
                                                 "content_f1",
                                                 "content_min",
                                                 "content_max",
                                                 "form_f1",
                                                 "synonym_f1",
                                                 "bigram",
                                                 "trigram",
                                                 "fourgram",
                                                 "bleu",
                                                 "lcs_forms",
                                                 "lcs_stems",
                                                 "edit_distance_log",
                                                 "longest_gap_log",
                                                 "gap_count_log",
                                                 "longest_extra_log",
                                                 "unmatched_max_log",
                                                 "unmatched_min_log",
                                                 "order_agreement",
                                                 "char3_dice",
                                                 "char4_dice",
                                                 "numbers_equal",
                                                 "numbers_subset",
                                                 "numbers_differ",
                                                 "numbers_one_side",
                                                 "names_f1",
                                                 "names_unmatched_log",
                                                 "negation_mismatch",
                                                 "length_ratio",
                                                 "length_log"};
    return index >= 0 && index < Count ? names[index] : "";
}

PairFeatures::Vector PairFeatures::compute(SentenceView a, SentenceView b, const SynonymTable &synonyms)
{
    return compute(SentenceProfile(a, synonyms), SentenceProfile(b, synonyms));
}

PairFeatures::Vector PairFeatures::compute(const SentenceProfile &a, const SentenceProfile &b)
{
    Vector f {};
    f[Bias] = 1;
    overlapFeatures(a.stemNgrams[1], b.stemNgrams[1], f[StemF1], &f[StemMin], nullptr);
    overlapFeatures(a.sortedContent, b.sortedContent, f[ContentF1], &f[ContentMin], &f[ContentMax]);
    overlapFeatures(a.sortedForms, b.sortedForms, f[FormF1], nullptr, nullptr);

    const double synA = ratio(synonymMatches(a, b), double(a.content.size()));
    const double synB = ratio(synonymMatches(b, a), double(b.content.size()));
    f[SynonymF1] = ratio(2 * synA * synB, synA + synB);

    std::array<double, 5> ngramMatches {};
    for (size_t n = 1; n <= 4; ++n)
        ngramMatches[n] = clippedMatches(a.stemNgrams[n], b.stemNgrams[n]);
    f[Bigram] = ngramPrecision(a, b, 2, 0, ngramMatches[2]);
    f[Trigram] = ngramPrecision(a, b, 3, 0, ngramMatches[3]);
    f[Fourgram] = ngramPrecision(a, b, 4, 0, ngramMatches[4]);
    double logSum = 0;
    for (int n = 1; n <= 4; ++n)
        logSum += std::log(ngramPrecision(a, b, n, 1, ngramMatches[size_t(n)]));
    f[Bleu] = std::exp(logSum / 4);

    const double la = double(a.forms.size());
    const double lb = double(b.forms.size());
    f[LcsForms] = ratio(2.0 * lcsLength(a.forms, b.forms), la + lb, 1.0);
    const DiffShape stemDiff = DiffShape::of(a.stems, b.stems);
    f[LcsStems] = ratio(2.0 * stemDiff.lcs, la + lb, 1.0);
    f[EditDistanceLog] = std::log1p(la + lb - 2.0 * stemDiff.lcs);
    f[LongestGapLog] = std::log1p(stemDiff.longestGap);
    f[GapCountLog] = std::log1p(stemDiff.gaps);
    f[LongestExtraLog] = std::log1p(stemDiff.longestExtra);

    const int unmatchedA = countAbsent(a.content, b.contentSet);
    const int unmatchedB = countAbsent(b.content, a.contentSet);
    f[UnmatchedMaxLog] = std::log1p(std::max(unmatchedA, unmatchedB));
    f[UnmatchedMinLog] = std::log1p(std::min(unmatchedA, unmatchedB));
    f[OrderAgreement] = orderAgreement(a, b);

    f[CharTrigramDice] = dice(a.char3, b.char3);
    f[CharFourgramDice] = dice(a.char4, b.char4);

    numberFeatures(a, b, f);
    nameFeatures(a, b, f);
    f[NegationMismatch] = (a.negations % 2) != (b.negations % 2) ? 1 : 0;
    f[LengthRatio] = ratio(std::min(la, lb), std::max(la, lb), 1.0);
    f[LengthLog] = std::log1p((la + lb) / 2);
    return f;
}

QStringList PairFeatures::conflicts(const Vector &features)
{
    QStringList result;
    if (features[NumbersSubset] > 0 || features[NumbersDiffer] > 0)
        result << QStringLiteral("number");
    if (features[NegationMismatch] > 0)
        result << QStringLiteral("negation");
    return result;
}

} // namespace parallax
