#pragma once

namespace parallax {

// Confusion-matrix counts of a binary classifier ("paraphrase" = positive)
// and the usual figures derived from them. A figure whose denominator is zero
// (no predictions, no positives) is 0.
class BinaryMetrics
{
public:
    void add(bool predicted, bool actual);

    int count() const { return m_truePositives + m_falsePositives + m_trueNegatives + m_falseNegatives; }
    int truePositives() const { return m_truePositives; }
    int falsePositives() const { return m_falsePositives; }
    int trueNegatives() const { return m_trueNegatives; }
    int falseNegatives() const { return m_falseNegatives; }

    double accuracy() const;
    double precision() const;
    double recall() const;
    double f1() const; // harmonic mean of precision and recall

private:
    int m_truePositives = 0;
    int m_falsePositives = 0;
    int m_trueNegatives = 0;
    int m_falseNegatives = 0;
};

} // namespace parallax
