#pragma once

#include "model/analyzeddocument.h"
#include "model/relation.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace parallax {

struct ContentMatches;
struct SentenceProfile;

// A sentence together with the text its token spans point into.
struct SentenceView
{
    const Sentence *sentence = nullptr;
    const QString *text = nullptr;
};

struct PairJudgement
{
    Relation relation = Relation::Unrelated;
    // Shared: the surface similarity; otherwise the calibrated paraphrase probability.
    double score = 0.0;
    double surface = 0.0; // token-sequence similarity of folded forms, [0, 1]
    double probability = 0.0; // calibrated P(paraphrase), [0, 1]
    // Share of the shorter sentence's tokens found in order in the longer one
    // (LCS of folded forms / shorter length), [0, 1]. High containment with low
    // surface means a fragment of a longer sentence: MSRP calls such pairs
    // non-paraphrases, so the relation ignores it; document matching may not.
    double containment = 0.0;
    QStringList conflicts; // "number", "negation": matched sentences that differ in substance
};

// Decides how two sentences relate: Shared when near-verbatim (surface
// similarity >= sharedThreshold and no conflict), Paraphrased when the
// calibrated model says so (probability >= paraphraseThreshold, or a shared
// pair demoted by a conflict), else Unrelated. Const and thread-safe after
// construction.
//
// With a probabilityFloor above 0, a pair whose probability provably lies
// below the floor (and whose surface below sharedThreshold) is judged
// Unrelated without the costliest features (PairFeatures::computeUnlessBelow):
// its probability and score are then an upper bound below the floor, not the
// exact value; relation, surface, containment and conflicts stay exact. For
// callers that compare probabilities only with thresholds at or above the
// floor. The floor is capped at paraphraseThreshold, so the relation is exact.
class PairScorer
{
public:
    PairScorer(double sharedThreshold, double paraphraseThreshold, double probabilityFloor = 0.0);
    ~PairScorer();

    PairJudgement judge(SentenceView a, SentenceView b) const;

    // The same judgement from precomputed profiles (sentenceprofile.h): when
    // one sentence is scored against many, profile each sentence once.
    SentenceProfile profile(SentenceView sentence) const;
    // With `matches` (sized for the pair), also which content stems each has
    // of the other, as the features found them (the claim and fragment rules
    // ask the same); not found when a sentence has no words to compare.
    PairJudgement judge(const SentenceProfile &a, const SentenceProfile &b,
                        ContentMatches *matches = nullptr) const;

private:
    struct Private;
    std::unique_ptr<const Private> d;
};

} // namespace parallax
