#pragma once

#include <vector>

// L2-regularised logistic regression fitted by Newton's method (IRLS) on
// standardised features. Developer tool code (calibration), not shipped.
class LogisticRegression
{
public:
    // rows: feature vectors of equal length whose column 0 is the constant 1
    // (not standardised, not penalised). labels: 0 or 1.
    void fit(const std::vector<std::vector<double>> &rows, const std::vector<int> &labels, double lambda);

    // Weights on the original (unstandardised) scale, bias at index 0.
    const std::vector<double> &weights() const { return m_weights; }
    double probability(const std::vector<double> &row) const;

private:
    std::vector<double> m_weights;
};
