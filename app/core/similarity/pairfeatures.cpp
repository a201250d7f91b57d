#include "pairfeatures.h"

#include "model/tokenkey.h"
#include "synonymtable.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace parallax {

namespace {

using Keys = std::vector<quint64>;

// What the features need from one sentence, extracted once per pair.
struct Side
{
    Keys forms;
    Keys stems;
    Keys content; // stems of non-stop-word tokens, in order
    Keys numbers; // forms of number tokens, sorted, unique
    Keys names; // stems of capitalized content words after the first token
    int negations = 0;
    QString folded; // case-folded words joined by single spaces, padded with spaces
};

Side sideOf(SentenceView view)
{
    Side side;
    if (!view.sentence)
        return side;
    const auto &tokens = view.sentence->tokens;
    side.folded = QStringLiteral(" ");
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        side.forms.push_back(token.form);
        side.stems.push_back(token.stem);
        const bool content = !token.has(Token::StopWord);
        if (content)
            side.content.push_back(token.stem);
        if (token.has(Token::Number))
            side.numbers.push_back(token.form);
        else if (content && i > 0 && token.has(Token::Capitalized))
            side.names.push_back(token.stem);
        if (token.has(Token::Negation))
            ++side.negations;
        if (view.text) {
            side.folded += QStringView(*view.text)
                               .mid(token.span.start, token.span.length())
                               .toString()
                               .toCaseFolded();
            side.folded += u' ';
        }
    }
    std::sort(side.numbers.begin(), side.numbers.end());
    side.numbers.erase(std::unique(side.numbers.begin(), side.numbers.end()), side.numbers.end());
    return side;
}

double ratio(double numerator, double denominator, double ifEmpty = 0.0)
{
    return denominator > 0 ? numerator / denominator : ifEmpty;
}

// Size of the multiset intersection (each key counted min(count in a, count in b) times).
int clippedMatches(Keys a, Keys b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
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
    if (a.empty() || b.empty())
        return 0;
    dtl::Diff<quint64, Keys> diff(a, b);
    diff.onOnlyEditDistance();
    diff.compose();
    // dtl's edit distance counts inserts and deletes only.
    return int((qint64(a.size() + b.size()) - diff.getEditDistance()) / 2);
}

// The shape of the word diff of two key sequences.
struct DiffShape
{
    int lcs = 0;
    int longestGap = 0; // most words on one side of one differing stretch
    int gaps = 0; // differing stretches
    int longestExtra = 0; // largest |inserted - deleted| of one stretch
};

DiffShape diffShape(const Keys &a, const Keys &b)
{
    DiffShape shape;
    if (a.empty() || b.empty()) {
        shape.longestGap = int(std::max(a.size(), b.size()));
        shape.gaps = shape.longestGap > 0 ? 1 : 0;
        shape.longestExtra = shape.longestGap;
        return shape;
    }
    dtl::Diff<quint64, Keys> diff(a, b);
    diff.compose();
    int added = 0;
    int deleted = 0;
    auto closeGap = [&] {
        if (added + deleted > 0) {
            ++shape.gaps;
            shape.longestGap = std::max({shape.longestGap, added, deleted});
            shape.longestExtra = std::max(shape.longestExtra, std::abs(added - deleted));
        }
        added = deleted = 0;
    };
    for (const auto &[key, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            ++shape.lcs;
            closeGap();
        } else if (info.type == dtl::SES_ADD) {
            ++added;
        } else {
            ++deleted;
        }
    }
    closeGap();
    return shape;
}

Keys ngrams(const Keys &keys, int n)
{
    Keys result;
    for (size_t i = 0; i + size_t(n) <= keys.size(); ++i) {
        quint64 hash = 1469598103934665603ULL;
        for (int k = 0; k < n; ++k)
            hash = (hash ^ keys[i + size_t(k)]) * 1099511628211ULL;
        result.push_back(hash);
    }
    return result;
}

Keys charNgrams(const QString &text, int n)
{
    Keys result;
    for (qsizetype i = 0; i + n <= text.size(); ++i)
        result.push_back(tokenKey(QStringView(text).mid(i, n)));
    return result;
}

double dice(const Keys &a, const Keys &b)
{
    return ratio(2.0 * clippedMatches(a, b), double(a.size() + b.size()));
}

bool contains(const Keys &sorted, quint64 key)
{
    return std::binary_search(sorted.begin(), sorted.end(), key);
}

Keys sortedUnique(Keys keys)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

int countAbsent(const Keys &keys, const Keys &otherSorted)
{
    return int(std::count_if(keys.begin(), keys.end(), [&](quint64 k) { return !contains(otherSorted, k); }));
}

// Content words of `keys` present in `other` exactly or through a synonym.
int synonymMatches(const Keys &keys, const Keys &otherSorted, const SynonymTable &synonyms)
{
    int matches = 0;
    for (const quint64 key : keys) {
        if (contains(otherSorted, key)) {
            ++matches;
            continue;
        }
        const std::vector<quint32> groups = synonyms.groups(key);
        if (groups.empty())
            continue;
        const bool found = std::any_of(otherSorted.begin(), otherSorted.end(), [&](quint64 other) {
            const std::vector<quint32> otherGroups = synonyms.groups(other);
            return std::find_first_of(groups.begin(), groups.end(), otherGroups.begin(), otherGroups.end())
                != groups.end();
        });
        if (found)
            ++matches;
    }
    return matches;
}

// Mean over both directions of the share of one side's n-grams found in the other.
double ngramPrecision(const Keys &a, const Keys &b, int n, double smoothing)
{
    const Keys ga = ngrams(a, n);
    const Keys gb = ngrams(b, n);
    const double matches = clippedMatches(ga, gb);
    const double pa = (matches + smoothing) / (double(ga.size()) + smoothing);
    const double pb = (matches + smoothing) / (double(gb.size()) + smoothing);
    if (ga.empty() && gb.empty())
        return smoothing > 0 ? 1.0 : 0.0;
    return (ga.empty() ? pb : gb.empty() ? pa : (pa + pb) / 2);
}

double orderAgreement(const Side &a, const Side &b)
{
    const Keys setA = sortedUnique(a.content);
    const Keys setB = sortedUnique(b.content);
    Keys sharedA;
    Keys sharedB;
    std::copy_if(a.content.begin(), a.content.end(), std::back_inserter(sharedA),
                 [&](quint64 k) { return contains(setB, k); });
    std::copy_if(b.content.begin(), b.content.end(), std::back_inserter(sharedB),
                 [&](quint64 k) { return contains(setA, k); });
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
    const Keys stemsA = sortedUnique(a.stems);
    const Keys stemsB = sortedUnique(b.stems);
    const int missing = countAbsent(a.names, stemsB) + countAbsent(b.names, stemsA);
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

PairFeatures::Vector PairFeatures::compute(SentenceView viewA, SentenceView viewB,
                                           const SynonymTable &synonyms)
{
    const Side a = sideOf(viewA);
    const Side b = sideOf(viewB);
    Vector f {};
    f[Bias] = 1;
    overlapFeatures(a.stems, b.stems, f[StemF1], &f[StemMin], nullptr);
    overlapFeatures(a.content, b.content, f[ContentF1], &f[ContentMin], &f[ContentMax]);
    overlapFeatures(a.forms, b.forms, f[FormF1], nullptr, nullptr);

    const Keys contentA = sortedUnique(a.content);
    const Keys contentB = sortedUnique(b.content);
    const double synA = ratio(synonymMatches(a.content, contentB, synonyms), double(a.content.size()));
    const double synB = ratio(synonymMatches(b.content, contentA, synonyms), double(b.content.size()));
    f[SynonymF1] = ratio(2 * synA * synB, synA + synB);

    f[Bigram] = ngramPrecision(a.stems, b.stems, 2, 0);
    f[Trigram] = ngramPrecision(a.stems, b.stems, 3, 0);
    f[Fourgram] = ngramPrecision(a.stems, b.stems, 4, 0);
    double logSum = 0;
    for (int n = 1; n <= 4; ++n)
        logSum += std::log(ngramPrecision(a.stems, b.stems, n, 1));
    f[Bleu] = std::exp(logSum / 4);

    const double la = double(a.forms.size());
    const double lb = double(b.forms.size());
    f[LcsForms] = ratio(2.0 * lcsLength(a.forms, b.forms), la + lb, 1.0);
    const DiffShape stemDiff = diffShape(a.stems, b.stems);
    f[LcsStems] = ratio(2.0 * stemDiff.lcs, la + lb, 1.0);
    f[EditDistanceLog] = std::log1p(la + lb - 2.0 * stemDiff.lcs);
    f[LongestGapLog] = std::log1p(stemDiff.longestGap);
    f[GapCountLog] = std::log1p(stemDiff.gaps);
    f[LongestExtraLog] = std::log1p(stemDiff.longestExtra);

    const int unmatchedA = countAbsent(a.content, contentB);
    const int unmatchedB = countAbsent(b.content, contentA);
    f[UnmatchedMaxLog] = std::log1p(std::max(unmatchedA, unmatchedB));
    f[UnmatchedMinLog] = std::log1p(std::min(unmatchedA, unmatchedB));
    f[OrderAgreement] = orderAgreement(a, b);

    f[CharTrigramDice] = dice(charNgrams(a.folded, 3), charNgrams(b.folded, 3));
    f[CharFourgramDice] = dice(charNgrams(a.folded, 4), charNgrams(b.folded, 4));

    numberFeatures(a, b, f);
    nameFeatures(a, b, f);
    f[NegationMismatch] = (a.negations % 2) != (b.negations % 2) ? 1 : 0;
    f[LengthRatio] = ratio(std::min(la, lb), std::max(la, lb), 1.0);
    f[LengthLog] = std::log1p((la + lb) / 2);
    return f;
}

double PairFeatures::surface(SentenceView viewA, SentenceView viewB)
{
    Keys a;
    Keys b;
    if (viewA.sentence)
        for (const Token &token : viewA.sentence->tokens)
            a.push_back(token.form);
    if (viewB.sentence)
        for (const Token &token : viewB.sentence->tokens)
            b.push_back(token.form);
    if (a.empty() || b.empty())
        return 0.0; // a sentence without words (a lone dash) matches nothing
    return ratio(2.0 * lcsLength(a, b), double(a.size() + b.size()));
}

QStringList PairFeatures::conflicts(SentenceView viewA, SentenceView viewB)
{
    const Side a = sideOf(viewA);
    const Side b = sideOf(viewB);
    QStringList result;
    if (!a.numbers.empty() && !b.numbers.empty() && a.numbers != b.numbers)
        result << QStringLiteral("number");
    if ((a.negations % 2) != (b.negations % 2))
        result << QStringLiteral("negation");
    return result;
}

} // namespace parallax
