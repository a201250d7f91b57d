#include "claimrule.h"

#include "similarity/pairscorer.h"
#include "similarity/sentenceprofile.h"
#include "stemweights.h"

#include <algorithm>

namespace parallax {

namespace {

double totalWeight(const SentenceProfile &profile, const StemWeights &weights)
{
    double total = 0.0;
    for (const quint64 stem : profile.contentSet)
        total += weights.weight(stem);
    return total;
}

} // namespace

ClaimOverlap ClaimRule::measure(const SentenceProfile &a, const SentenceProfile &b,
                                const StemWeights &weights)
{
    ClaimOverlap overlap;
    const double weightA = totalWeight(a, weights);
    const double weightB = totalWeight(b, weights);
    overlap.claimInA = weightA <= weightB;
    const SentenceProfile &claim = overlap.claimInA ? a : b;
    const SentenceProfile &other = overlap.claimInA ? b : a;
    const double total = overlap.claimInA ? weightA : weightB;
    if (total <= 0.0)
        return overlap;
    double found = 0.0;
    for (size_t i = 0; i < claim.contentSet.size(); ++i) {
        const quint64 stem = claim.contentSet[i];
        const bool same = std::binary_search(other.contentSet.begin(), other.contentSet.end(), stem);
        if (!same && !other.hasAnyGroup(claim.contentGroups[i]))
            continue;
        found += weights.weight(stem);
        if (weights.distinctive(stem))
            ++overlap.distinctiveShared;
    }
    overlap.containment = found / total;
    return overlap;
}

bool ClaimRule::matches(const ClaimOverlap &overlap, double probability)
{
    if (overlap.distinctiveShared < MinimumDistinctive)
        return false;
    return overlap.containment >= Containment
        || overlap.containment + DistinctiveBonus * overlap.distinctiveShared >= WeightedContainment
        || probability >= NearParaphrase;
}

bool ClaimRule::matchesInGap(const ClaimOverlap &overlap)
{
    return overlap.distinctiveShared >= GapMinimumDistinctive && overlap.containment >= GapContainment;
}

PairJudgement ClaimRule::apply(const SentenceProfile &a, const SentenceProfile &b, const StemWeights &weights,
                               const PairJudgement &model)
{
    if (model.relation != Relation::Unrelated)
        return model;
    const ClaimOverlap overlap = measure(a, b, weights);
    if (!matches(overlap, model.probability))
        return model;
    PairJudgement judgement = model;
    judgement.relation = Relation::Paraphrased;
    // Between the paraphrase threshold's usual range and anchorScore: a claim
    // match never anchors the sentence order.
    judgement.score = 0.5 + 0.2 * overlap.containment;
    const bool negatedA = a.negations > 0;
    const bool negatedB = b.negations > 0;
    if (negatedA != negatedB)
        judgement.conflicts << QStringLiteral("negation");
    const SentenceProfile &claim = overlap.claimInA ? a : b;
    const SentenceProfile &other = overlap.claimInA ? b : a;
    if (!claim.numbers.empty() && !other.numbers.empty()
        && !std::includes(other.numbers.begin(), other.numbers.end(), claim.numbers.begin(),
                          claim.numbers.end()))
        judgement.conflicts << QStringLiteral("number");
    return judgement;
}

} // namespace parallax
