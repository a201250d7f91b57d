#include "logisticregression.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace {

// Solves the symmetric positive definite system a·x = b (Cholesky).
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const size_t n = b.size();
    for (size_t j = 0; j < n; ++j) {
        double diagonal = a[j][j];
        for (size_t k = 0; k < j; ++k)
            diagonal -= a[j][k] * a[j][k];
        a[j][j] = std::sqrt(std::max(diagonal, 1e-12));
        for (size_t i = j + 1; i < n; ++i) {
            double value = a[i][j];
            for (size_t k = 0; k < j; ++k)
                value -= a[i][k] * a[j][k];
            a[i][j] = value / a[j][j];
        }
    }
    for (size_t i = 0; i < n; ++i) { // forward: L·y = b
        for (size_t k = 0; k < i; ++k)
            b[i] -= a[i][k] * b[k];
        b[i] /= a[i][i];
    }
    for (size_t i = n; i-- > 0;) { // backward: Lᵀ·x = y
        for (size_t k = i + 1; k < n; ++k)
            b[i] -= a[k][i] * b[k];
        b[i] /= a[i][i];
    }
    return b;
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace

void LogisticRegression::fit(const std::vector<std::vector<double>> &rows, const std::vector<int> &labels,
                             double lambda)
{
    const size_t n = rows.size();
    const size_t dims = rows.empty() ? 0 : rows[0].size();
    std::vector<double> mean(dims, 0.0);
    std::vector<double> scale(dims, 1.0);
    for (size_t j = 1; j < dims; ++j) {
        double sum = 0;
        double squares = 0;
        for (const auto &row : rows) {
            sum += row[j];
            squares += row[j] * row[j];
        }
        mean[j] = sum / double(n);
        const double variance = squares / double(n) - mean[j] * mean[j];
        scale[j] = variance > 1e-12 ? std::sqrt(variance) : 1.0;
    }
    auto standardised = [&](const std::vector<double> &row) {
        std::vector<double> z(dims);
        z[0] = 1.0;
        for (size_t j = 1; j < dims; ++j)
            z[j] = (row[j] - mean[j]) / scale[j];
        return z;
    };
    std::vector<std::vector<double>> z;
    z.reserve(n);
    for (const auto &row : rows)
        z.push_back(standardised(row));

    std::vector<double> beta(dims, 0.0);
    for (int iteration = 0; iteration < 50; ++iteration) {
        std::vector<std::vector<double>> hessian(dims, std::vector<double>(dims, 0.0));
        std::vector<double> gradient(dims, 0.0);
        for (size_t i = 0; i < n; ++i) {
            double linear = 0;
            for (size_t j = 0; j < dims; ++j)
                linear += beta[j] * z[i][j];
            const double p = sigmoid(linear);
            const double w = std::max(p * (1 - p), 1e-9);
            for (size_t j = 0; j < dims; ++j) {
                gradient[j] += (double(labels[i]) - p) * z[i][j];
                for (size_t k = 0; k <= j; ++k)
                    hessian[j][k] += w * z[i][j] * z[i][k];
            }
        }
        for (size_t j = 1; j < dims; ++j) { // the bias is not penalised
            gradient[j] -= lambda * beta[j];
            hessian[j][j] += lambda;
        }
        for (size_t j = 0; j < dims; ++j)
            for (size_t k = j + 1; k < dims; ++k)
                hessian[j][k] = hessian[k][j];
        const std::vector<double> step = solve(hessian, gradient);
        double change = 0;
        for (size_t j = 0; j < dims; ++j) {
            beta[j] += step[j];
            change = std::max(change, std::abs(step[j]));
        }
        if (change < 1e-8)
            break;
    }

    m_weights.assign(dims, 0.0);
    m_weights[0] = beta[0];
    for (size_t j = 1; j < dims; ++j) {
        m_weights[j] = beta[j] / scale[j];
        m_weights[0] -= beta[j] * mean[j] / scale[j];
    }
}

double LogisticRegression::probability(const std::vector<double> &row) const
{
    double linear = 0;
    for (size_t j = 0; j < m_weights.size(); ++j)
        linear += m_weights[j] * row[j];
    return sigmoid(linear);
}
