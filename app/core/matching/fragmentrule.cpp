#include "fragmentrule.h"

#include "similarity/contentmatches.h"
#include "similarity/pairscorer.h"
#include "similarity/sentenceprofile.h"
#include "similarity/sequencelcs.h"

#include <algorithm>
#include <vector>

namespace parallax {

namespace {

// Length of the longest common subsequence.
double commonInOrder(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() || b.empty())
        return 0.0;
    return double(SequenceLcs::length(a, b));
}

} // namespace

PairJudgement FragmentRule::apply(const SentenceProfile &a, const SentenceProfile &b,
                                  const PairJudgement &model, const ContentMatches *contentMatches)
{
    if (model.relation != Relation::Unrelated)
        return model;
    const bool aShorter = a.content.size() <= b.content.size();
    const SentenceProfile &shorter = aShorter ? a : b;
    const SentenceProfile &longer = aShorter ? b : a;
    if (int(shorter.content.size()) < MinimumContentTokens)
        return model;
    // The content words in order are at most those whose stem the other has:
    // too few of them, and the order need not be searched.
    if (contentMatches && contentMatches->found
        && ContentMatches::countFound(shorter, aShorter ? contentMatches->inA : contentMatches->inB,
                                      ContentMatches::SameStem)
                / double(shorter.content.size())
            < ParaphraseContainment)
        return model;
    const double containment
        = commonInOrder(shorter.content, longer.content) / double(shorter.content.size());
    if (containment < ParaphraseContainment)
        return model;

    PairJudgement judgement = model;
    judgement.relation = Relation::Paraphrased;
    judgement.score = containment;
    const std::vector<quint64> &own = shorter.numbers;
    const std::vector<quint64> &other = longer.numbers;
    if (!own.empty() && !other.empty() && !std::includes(other.begin(), other.end(), own.begin(), own.end()))
        judgement.conflicts << QStringLiteral("number");
    if ((shorter.negations > 0) != (longer.negations > 0))
        judgement.conflicts << QStringLiteral("negation");
    if (containment >= SharedContainment && model.containment >= SharedContainment
        && judgement.conflicts.isEmpty())
        judgement.relation = Relation::Shared;
    return judgement;
}

} // namespace parallax
