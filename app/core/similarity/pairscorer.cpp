#include "pairscorer.h"

#include "pairfeatures.h"
#include "paraphrasemodel.h"
#include "sentenceprofile.h"
#include "synonymtable.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace parallax {

struct PairScorer::Private
{
    double sharedThreshold;
    double paraphraseThreshold;
    std::optional<double> floorScore; // the probability floor as a linear score, if any
    SynonymTable synonyms;
    ParaphraseModel model;
};

namespace {

// The linear score below which the model's probability is below `probability`,
// minus a margin for the rounding of the logistic function; none when no
// pair could be skipped (0) or the logit is undefined (1 and above).
std::optional<double> scoreBelow(double probability)
{
    if (probability <= 0.0 || probability >= 1.0)
        return std::nullopt;
    return std::log(probability / (1.0 - probability)) - 1e-9;
}

} // namespace

PairScorer::PairScorer(double sharedThreshold, double paraphraseThreshold, double probabilityFloor)
    : d(std::make_unique<const Private>(Private {sharedThreshold, paraphraseThreshold,
                                                 scoreBelow(std::min(probabilityFloor, paraphraseThreshold)),
                                                 SynonymTable::builtin(), ParaphraseModel()}))
{ }

PairScorer::~PairScorer() = default;

PairJudgement PairScorer::judge(SentenceView a, SentenceView b) const
{
    return judge(profile(a), profile(b));
}

SentenceProfile PairScorer::profile(SentenceView sentence) const
{
    return SentenceProfile(sentence, d->synonyms);
}

PairJudgement PairScorer::judge(const SentenceProfile &a, const SentenceProfile &b,
                                ContentMatches *matches) const
{
    PairJudgement judgement;
    if (a.forms.empty() || b.forms.empty())
        return judgement; // nothing to compare: unrelated
    bool exact = true;
    PairFeatures::Vector features = d->floorScore
        ? PairFeatures::computeUnlessBelow(a, b, d->model, *d->floorScore, exact, matches)
        : PairFeatures::compute(a, b, matches);
    // A near-verbatim pair's score is exact (its surface or, when a conflict
    // demotes it, its probability); the bound hardly ever rejects one.
    if (!exact && features[PairFeatures::LcsForms] >= d->sharedThreshold)
        features = PairFeatures::compute(a, b);
    judgement.surface = features[PairFeatures::LcsForms];
    const double la = double(a.forms.size());
    const double lb = double(b.forms.size());
    judgement.containment = std::min(1.0, judgement.surface * (la + lb) / 2 / std::min(la, lb));
    judgement.probability = d->model.probability(features);
    const QStringList conflicts = PairFeatures::conflicts(features);
    if (judgement.surface >= d->sharedThreshold) {
        // Near-verbatim but different in substance: still matched (the word
        // diff shows the change), never called shared.
        judgement.relation = conflicts.isEmpty() ? Relation::Shared : Relation::Paraphrased;
    } else if (judgement.probability >= d->paraphraseThreshold) {
        judgement.relation = Relation::Paraphrased;
    }
    if (judgement.relation != Relation::Unrelated)
        judgement.conflicts = conflicts;
    judgement.score = judgement.relation == Relation::Shared ? judgement.surface : judgement.probability;
    return judgement;
}

} // namespace parallax
