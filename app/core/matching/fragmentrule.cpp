#include "fragmentrule.h"

#include "similarity/pairscorer.h"
#include "similarity/sequencelcs.h"

#include <algorithm>
#include <vector>

namespace parallax {

namespace {

std::vector<quint64> contentStems(const Sentence &sentence)
{
    std::vector<quint64> stems;
    for (const Token &token : sentence.tokens) {
        if (!token.has(Token::StopWord))
            stems.push_back(token.stem);
    }
    return stems;
}

// Length of the longest common subsequence.
double commonInOrder(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() || b.empty())
        return 0.0;
    return double(SequenceLcs::length(a, b));
}

std::vector<quint64> numbers(const Sentence &sentence)
{
    std::vector<quint64> forms;
    for (const Token &token : sentence.tokens) {
        if (token.has(Token::Number))
            forms.push_back(token.form);
    }
    std::sort(forms.begin(), forms.end());
    return forms;
}

bool negated(const Sentence &sentence)
{
    return std::any_of(sentence.tokens.begin(), sentence.tokens.end(),
                       [](const Token &token) { return token.has(Token::Negation); });
}

} // namespace

PairJudgement FragmentRule::apply(const Sentence &a, const Sentence &b, const PairJudgement &model)
{
    if (model.relation != Relation::Unrelated)
        return model;
    const std::vector<quint64> contentA = contentStems(a);
    const std::vector<quint64> contentB = contentStems(b);
    const bool aShorter = contentA.size() <= contentB.size();
    const Sentence &shorter = aShorter ? a : b;
    const Sentence &longer = aShorter ? b : a;
    const std::vector<quint64> &small = aShorter ? contentA : contentB;
    if (int(small.size()) < MinimumContentTokens)
        return model;
    const double containment = commonInOrder(small, aShorter ? contentB : contentA) / double(small.size());
    if (containment < ParaphraseContainment)
        return model;

    PairJudgement judgement = model;
    judgement.relation = Relation::Paraphrased;
    judgement.score = containment;
    const std::vector<quint64> own = numbers(shorter);
    const std::vector<quint64> other = numbers(longer);
    if (!own.empty() && !other.empty() && !std::includes(other.begin(), other.end(), own.begin(), own.end()))
        judgement.conflicts << QStringLiteral("number");
    if (negated(shorter) != negated(longer))
        judgement.conflicts << QStringLiteral("negation");
    if (containment >= SharedContainment && model.containment >= SharedContainment
        && judgement.conflicts.isEmpty())
        judgement.relation = Relation::Shared;
    return judgement;
}

} // namespace parallax
