#include "pairfeatures.h"

#include "diffshape.h"
#include "paraphrasemodel.h"
#include "scratchbuffer.h"
#include "sentenceprofile.h"
#include "sequencelcs.h"
#include "sortedsearch.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace parallax {

namespace {

using Keys = SentenceProfile::Keys;
using Side = SentenceProfile;

double ratio(double numerator, double denominator, double ifEmpty = 0.0)
{
    return denominator > 0 ? numerator / denominator : ifEmpty;
}

const volatile double runTimeHalf = 0.5; // see log1pOfHalves()

// std::log1p(halves / 2) for a whole number of halves >= 0. The log
// features are of counts and of the mean of two token counts, nearly all
// small: looked up in a table filled by std::log1p itself, so every value is
// the same bit for bit as the call (a few of them per pair were a visible
// share of scoring).
double log1pOfHalves(double halves)
{
    // The table must hold what the run-time library computes, as the
    // features did before: compilers fold log1p of a constant correctly
    // rounded, which differs from glibc's in the last bit for some counts
    // (log1p(2) is one), and GCC 12 folds this whole table even through a
    // volatile local. A volatile at namespace scope is read at run time.
    static const std::array<double, 512> table = [] {
        std::array<double, 512> values {};
        for (size_t k = 0; k < values.size(); ++k)
            values[k] = std::log1p(double(k) * runTimeHalf);
        return values;
    }();
    return halves < double(table.size()) ? table[size_t(halves)] : std::log1p(halves / 2);
}

// std::log1p(count) for a whole count >= 0 (count = 2·count / 2 exactly).
double log1pOfCount(double count)
{
    return log1pOfHalves(2 * count);
}

double dice(const KeyMultiset &a, const KeyMultiset &b)
{
    return ratio(2.0 * double(KeyMultiset::common(a, b)), double(a.size() + b.size()));
}

// Keys of `keys` absent from the sorted, unique `otherSet`. `keys` (a
// sentence's names) are few, the other's stems many: a search per key
// instead of a merge that walks the stems.
int countAbsent(const Keys &keys, const Keys &otherSet)
{
    if (otherSet.empty())
        return int(keys.size());
    int absent = 0;
    for (const quint64 key : keys)
        absent += *lowerBoundOrLast(otherSet, key) != key ? 1 : 0;
    return absent;
}

// What one sentence has of each distinct content stem of the other (per
// contentSet index): the stem itself, or a stem sharing a WordNet synset.
constexpr quint8 Exactly = ContentMatches::SameStem;
constexpr quint8 BySynonym = ContentMatches::BySynonym;
using ContentFound = ScratchBuffer<quint8, 64>; // ContentMatches::inA, inB

void findContent(const Side &a, const Side &b, ContentFound &foundA, ContentFound &foundB)
{
    a.markSameContent(b, foundA.span(), foundB.span(), Exactly);
    a.markSynonyms(b, foundA.span(), BySynonym);
    b.markSynonyms(a, foundB.span(), BySynonym);
}

// Mean over both directions of the share of one side's n-grams found in the other.
// `matches`: the KeyMultiset::common of the two n-gram multisets (each n is needed with
// and without smoothing; the merge is done once).
double ngramPrecision(const Side &a, const Side &b, int n, double smoothing, double matches)
{
    const KeyMultiset &ga = a.stemNgrams[size_t(n)];
    const KeyMultiset &gb = b.stemNgrams[size_t(n)];
    if (ga.empty() && gb.empty())
        return smoothing > 0 ? 1.0 : 0.0;
    const double pa = (matches + smoothing) / (double(ga.size()) + smoothing);
    const double pb = (matches + smoothing) / (double(gb.size()) + smoothing);
    return ga.empty() ? pb : gb.empty() ? pa : (pa + pb) / 2;
}

// The content stems of `side` that the other side has too, in text order.
std::span<const quint64> sharedContent(const Side &side, const ContentFound &found,
                                       ScratchBuffer<quint64, 64> &shared)
{
    // Every stem written, kept when found: which ones are is data, not a jump to guess.
    size_t count = 0;
    for (size_t i = 0; i < side.content.size(); ++i) {
        shared[count] = side.content[i];
        count += (found[side.contentIndex[i]] & Exactly) != 0 ? 1 : 0;
    }
    return shared.span().first(count);
}

double orderAgreement(const Side &a, const ContentFound &foundA, const Side &b, const ContentFound &foundB)
{
    ScratchBuffer<quint64, 64> bufferA(a.content.size(), 0);
    ScratchBuffer<quint64, 64> bufferB(b.content.size(), 0);
    const std::span<const quint64> sharedA = sharedContent(a, foundA, bufferA);
    const std::span<const quint64> sharedB = sharedContent(b, foundB, bufferB);
    const size_t shorter = std::min(sharedA.size(), sharedB.size());
    if (shorter <= 1)
        return 1.0;
    return double(SequenceLcs::length(sharedA, sharedB)) / double(shorter);
}

// `matches`: KeyMultiset::common(a, b), which the stem n-gram features need too.
void overlapFeatures(const KeyMultiset &a, const KeyMultiset &b, double matches, double &f1, double *minimum,
                     double *maximum)
{
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
    f[PairFeatures::NamesUnmatchedLog] = log1pOfCount(missing);
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

PairFeatures::Vector PairFeatures::compute(const SentenceProfile &a, const SentenceProfile &b,
                                           ContentMatches *matches)
{
    int stemMatches = 0;
    ContentMatches ownMatches(matches ? 0 : a.contentSet.size(), matches ? 0 : b.contentSet.size());
    Vector f = cheapFeatures(a, b, stemMatches, matches ? *matches : ownMatches);
    costlyFeatures(a, b, f);
    return f;
}

PairFeatures::Vector PairFeatures::computeUnlessBelow(const SentenceProfile &a, const SentenceProfile &b,
                                                      const ParaphraseModel &model, double floor, bool &exact,
                                                      ContentMatches *matches)
{
    int stemMatches = 0;
    ContentMatches ownMatches(matches ? 0 : a.contentSet.size(), matches ? 0 : b.contentSet.size());
    Vector f = cheapFeatures(a, b, stemMatches, matches ? *matches : ownMatches);
    // The stem LCS is at most the stems' multiset overlap (known already);
    // when that bound does not reject, the exact LCS (cheap, bit-parallel)
    // and the runs of stems the other side lacks often do.
    for (const bool exactLcs : {false, true}) {
        const SequenceLcs::Measure stems
            = exactLcs ? SequenceLcs::measure(a.stems, b.stems) : SequenceLcs::Measure {stemMatches, 0};
        boundCostly(a, b, stems, model.weights(), f);
        // Rounding moves each product the same way as its factor, so the
        // bounded sum is at least the exact one.
        if (model.linear(f) < floor) {
            exact = false;
            return f;
        }
    }
    costlyFeatures(a, b, f);
    exact = true;
    return f;
}

PairFeatures::Vector PairFeatures::cheapFeatures(const SentenceProfile &a, const SentenceProfile &b,
                                                 int &stemMatches, ContentMatches &matches)
{
    Vector f {};
    f[Bias] = 1;
    a.prefetch();
    b.prefetch();
    std::array<double, 5> ngramMatches {};
    for (size_t n = 1; n <= 4; ++n)
        ngramMatches[n] = double(KeyMultiset::common(a.stemNgrams[n], b.stemNgrams[n]));
    stemMatches = int(ngramMatches[1]);
    overlapFeatures(a.stemNgrams[1], b.stemNgrams[1], ngramMatches[1], f[StemF1], &f[StemMin], nullptr);
    overlapFeatures(a.sortedContent, b.sortedContent,
                    double(KeyMultiset::common(a.sortedContent, b.sortedContent)), f[ContentF1],
                    &f[ContentMin], &f[ContentMax]);
    overlapFeatures(a.sortedForms, b.sortedForms, double(KeyMultiset::common(a.sortedForms, b.sortedForms)),
                    f[FormF1], nullptr, nullptr);

    ContentFound &foundA = matches.inA;
    ContentFound &foundB = matches.inB;
    findContent(a, b, foundA, foundB);
    matches.found = true;
    const double synA
        = ratio(ContentMatches::countFound(a, foundA, Exactly | BySynonym), double(a.content.size()));
    const double synB
        = ratio(ContentMatches::countFound(b, foundB, Exactly | BySynonym), double(b.content.size()));
    f[SynonymF1] = ratio(2 * synA * synB, synA + synB);

    f[Bigram] = ngramPrecision(a, b, 2, 0, ngramMatches[2]);
    f[Trigram] = ngramPrecision(a, b, 3, 0, ngramMatches[3]);
    f[Fourgram] = ngramPrecision(a, b, 4, 0, ngramMatches[4]);
    double logSum = 0;
    for (int n = 1; n <= 4; ++n)
        logSum += std::log(ngramPrecision(a, b, n, 1, ngramMatches[size_t(n)]));
    f[Bleu] = std::exp(logSum / 4);

    const double la = double(a.forms.size());
    const double lb = double(b.forms.size());
    f[LcsForms] = ratio(2.0 * SequenceLcs::length(a.forms, b.forms), la + lb, 1.0);

    const int unmatchedA = int(a.content.size()) - ContentMatches::countFound(a, foundA, Exactly);
    const int unmatchedB = int(b.content.size()) - ContentMatches::countFound(b, foundB, Exactly);
    f[UnmatchedMaxLog] = log1pOfCount(std::max(unmatchedA, unmatchedB));
    f[UnmatchedMinLog] = log1pOfCount(std::min(unmatchedA, unmatchedB));
    f[OrderAgreement] = orderAgreement(a, foundA, b, foundB);

    f[CharTrigramDice] = dice(a.char3, b.char3);

    numberFeatures(a, b, f);
    nameFeatures(a, b, f);
    f[NegationMismatch] = (a.negations % 2) != (b.negations % 2) ? 1 : 0;
    f[LengthRatio] = ratio(std::min(la, lb), std::max(la, lb), 1.0);
    f[LengthLog] = log1pOfHalves(la + lb);
    return f;
}

void PairFeatures::costlyFeatures(const SentenceProfile &a, const SentenceProfile &b, Vector &f)
{
    const double la = double(a.forms.size());
    const double lb = double(b.forms.size());
    const DiffShape stemDiff = DiffShape::of(a.stems, b.stems);
    f[LcsStems] = ratio(2.0 * stemDiff.lcs, la + lb, 1.0);
    f[EditDistanceLog] = log1pOfCount(la + lb - 2.0 * stemDiff.lcs);
    f[LongestGapLog] = log1pOfCount(stemDiff.longestGap);
    f[GapCountLog] = log1pOfCount(stemDiff.gaps);
    f[LongestExtraLog] = log1pOfCount(stemDiff.longestExtra);
    f[CharFourgramDice] = dice(a.char4, b.char4);
}

// The fewest differing stretches a script of two sequences that differ can
// have, given their LCS is at most `lcs`: one; two when they share a key (a
// shortest script then keeps one) and differ both at their first and at their
// last key (a stretch before the first common key and one after the last).
double PairFeatures::fewestGaps(const SentenceProfile &a, const SentenceProfile &b, double lcs)
{
    const bool endsDiffer = !a.stems.empty() && !b.stems.empty() && a.stems.front() != b.stems.front()
        && a.stems.back() != b.stems.back();
    const bool keepsACommonKey = lcs >= 1 && DiffShape::isShortest(a.stems.size(), b.stems.size());
    return endsDiffer && keepsACommonKey ? 2.0 : 1.0;
}

// What the stem diff's shape can be when its LCS is at most `stems.length`
// keys (it may be fewer: dtl's script for monster sentences is not always
// shortest): that many common keys cut the rest of each side into at most
// lcs + 1 stretches, and a run of keys the other side lacks lies in one of them.
// The character 4-gram matches are at most the smaller side's 4-grams.
void PairFeatures::boundCostly(const SentenceProfile &a, const SentenceProfile &b, SequenceLcs::Measure stems,
                               const Vector &weights, Vector &f)
{
    const double lcs = double(stems.length);
    const double la = double(a.stems.size());
    const double lb = double(b.stems.size());
    const double longer = std::max(la, lb);
    // Of each feature's lowest and highest value, the one its weight favours
    // (only that one computed: this runs for every pair).
    const auto set = [&](Index index, const auto &lowest, const auto &highest) {
        f[size_t(index)] = weights[size_t(index)] > 0 ? highest() : lowest();
    };
    set(
        LcsStems, [] { return 0.0; }, [&] { return ratio(2.0 * lcs, la + lb, 1.0); });
    set(
        EditDistanceLog, [&] { return log1pOfCount(la + lb - 2.0 * lcs); },
        [&] { return log1pOfCount(la + lb); });
    set(
        LongestGapLog,
        [&] {
            return log1pOfCount(
                std::max(std::ceil((longer - lcs) / (lcs + 1)), double(stems.longestUnsharedRun)));
        },
        [&] { return log1pOfCount(longer); });
    set(
        GapCountLog, [&] { return log1pOfCount(la + lb > 2.0 * lcs ? fewestGaps(a, b, lcs) : 0.0); },
        [&] { return log1pOfCount(lcs + 1); });
    set(
        LongestExtraLog, [&] { return log1pOfCount(std::ceil(std::abs(la - lb) / (lcs + 1))); },
        [&] { return log1pOfCount(longer); });
    set(
        CharFourgramDice, [] { return 0.0; },
        [&] {
            return ratio(2.0 * double(std::min(a.char4.size(), b.char4.size())),
                         double(a.char4.size() + b.char4.size()));
        });
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
