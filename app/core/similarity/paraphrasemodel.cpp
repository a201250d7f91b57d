#include "paraphrasemodel.h"

#include <cmath>

namespace parallax {

ParaphraseModel::ParaphraseModel()
    : m_weights(paraphraseModelWeights)
{ }

ParaphraseModel::ParaphraseModel(const PairFeatures::Vector &weights)
    : m_weights(weights)
{ }

double ParaphraseModel::linear(const PairFeatures::Vector &features) const
{
    double sum = 0;
    for (int i = 0; i < PairFeatures::Count; ++i)
        sum += m_weights[size_t(i)] * features[size_t(i)];
    return sum;
}

double ParaphraseModel::probability(const PairFeatures::Vector &features) const
{
    return 1.0 / (1.0 + std::exp(-linear(features)));
}

} // namespace parallax
