#include "pairscorer.h"

#include "pairfeatures.h"
#include "paraphrasemodel.h"
#include "sentenceprofile.h"
#include "synonymtable.h"

#include <algorithm>

namespace parallax {

struct PairScorer::Private
{
    double sharedThreshold;
    double paraphraseThreshold;
    SynonymTable synonyms;
    ParaphraseModel model;
};

PairScorer::PairScorer(double sharedThreshold, double paraphraseThreshold)
    : d(std::make_unique<const Private>(
        Private {sharedThreshold, paraphraseThreshold, SynonymTable::builtin(), ParaphraseModel()}))
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

PairJudgement PairScorer::judge(const SentenceProfile &a, const SentenceProfile &b) const
{
    PairJudgement judgement;
    if (a.forms.empty() || b.forms.empty())
        return judgement; // nothing to compare: unrelated
    const PairFeatures::Vector features = PairFeatures::compute(a, b);
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
