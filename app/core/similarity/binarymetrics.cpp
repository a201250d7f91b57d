#include "binarymetrics.h"

namespace parallax {

namespace {

double ratio(int numerator, int denominator)
{
    return denominator == 0 ? 0.0 : double(numerator) / double(denominator);
}

} // namespace

void BinaryMetrics::add(bool predicted, bool actual)
{
    if (predicted)
        ++(actual ? m_truePositives : m_falsePositives);
    else
        ++(actual ? m_falseNegatives : m_trueNegatives);
}

double BinaryMetrics::accuracy() const
{
    return ratio(m_truePositives + m_trueNegatives, count());
}

double BinaryMetrics::precision() const
{
    return ratio(m_truePositives, m_truePositives + m_falsePositives);
}

double BinaryMetrics::recall() const
{
    return ratio(m_truePositives, m_truePositives + m_falseNegatives);
}

double BinaryMetrics::f1() const
{
    // 2PR/(P+R) == 2TP/(2TP+FP+FN), which needs no special case for P+R == 0.
    return ratio(2 * m_truePositives, 2 * m_truePositives + m_falsePositives + m_falseNegatives);
}

} // namespace parallax
