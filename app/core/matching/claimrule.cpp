#include "claimrule.h"

#include "sentenceweights.h"
#include "similarity/contentmatches.h"
#include "similarity/pairscorer.h"
#include "similarity/scratchbuffer.h"
#include "similarity/sentenceprofile.h"

#include <QtGlobal>

#include <algorithm>
#include <span>

namespace parallax {

ClaimOverlap ClaimRule::measure(const ClaimSide &a, const ClaimSide &b, const ContentMatches *contentMatches)
{
    ClaimOverlap overlap;
    const double weightA = a.weights.total(a.sentence);
    const double weightB = b.weights.total(b.sentence);
    overlap.claimInA = weightA <= weightB;
    const ClaimSide &claim = overlap.claimInA ? a : b;
    const SentenceProfile &other = (overlap.claimInA ? b : a).profile;
    const double total = overlap.claimInA ? weightA : weightB;
    if (total <= 0.0)
        return overlap;
    const std::vector<quint64> &stems = claim.profile.contentSet;
    const std::span<const double> weights = claim.weights.weights(claim.sentence);
    Q_ASSERT(weights.size() == stems.size());
    // Per claim stem: the other sentence has it, or else a synonym of it. The
    // scorer's finding for this pair when given (the same test), else found here.
    const bool given = contentMatches && contentMatches->found;
    ScratchBuffer<quint8, 64> foundHere(given ? 0 : stems.size(), 0);
    if (!given) {
        ScratchBuffer<quint8, 64> inOther(other.contentSet.size(), 0);
        claim.profile.markSameContent(other, foundHere.span(), inOther.span(), 1);
        claim.profile.markSynonyms(other, foundHere.span(), 1);
    }
    const std::span<const quint8> shared
        = given ? (overlap.claimInA ? contentMatches->inA : contentMatches->inB).span() : foundHere.span();
    double found = 0.0;
    for (size_t i = 0; i < stems.size(); ++i) {
        if (shared[i] == 0)
            continue;
        found += weights[i];
        if (claim.weights.distinctive(claim.sentence, i))
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

PairJudgement ClaimRule::apply(const ClaimSide &sideA, const ClaimSide &sideB, const PairJudgement &model,
                               const ContentMatches *contentMatches)
{
    if (model.relation != Relation::Unrelated)
        return model;
    const ClaimOverlap overlap = measure(sideA, sideB, contentMatches);
    const SentenceProfile &a = sideA.profile;
    const SentenceProfile &b = sideB.profile;
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
