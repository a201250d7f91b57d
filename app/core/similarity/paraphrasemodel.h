#pragma once

#include "pairfeatures.h"

namespace parallax {

// Logistic model of P(paraphrase | features). The default weights are the
// calibrated ones in paraphrasemodelweights.cpp, whose decision threshold is
// folded into the bias so that probability >= 0.5 is the calibrated decision.
class ParaphraseModel
{
public:
    ParaphraseModel(); // the calibrated weights
    explicit ParaphraseModel(const PairFeatures::Vector &weights);

    const PairFeatures::Vector &weights() const { return m_weights; }
    double linear(const PairFeatures::Vector &features) const;
    double probability(const PairFeatures::Vector &features) const;

private:
    PairFeatures::Vector m_weights;
};

// The calibrated weights, indexed by PairFeatures::Index (generated file).
extern const PairFeatures::Vector paraphraseModelWeights;

} // namespace parallax
