#pragma once

#include "model/article.h"
#include "model/comparison.h"
#include "model/comparisonoptions.h"
#include "model/error.h"

#include <QPromise>
#include <QStringList>

#include <vector>

namespace parallax {

// Input of a comparison: files to load and/or articles already loaded (pasted
// text, articles the UI keeps). Copied into the job, so the job owns its input.
struct ComparisonInput
{
    QStringList paths; // loaded first, in this order
    std::vector<Article> articles; // then these, in this order
};

// Runs a whole comparison: load, analyse, match, cluster, summarise. A const
// function object over copied input, so it is safe off the UI thread; reports
// progress through the promise and stops early when the promise is canceled.
// Files that fail to load become Comparison::errors; the rest are compared.
class ComparisonJob
{
public:
    ComparisonJob(ComparisonInput input, ComparisonOptions options);

    void operator()(QPromise<Comparison> &promise) const;

    // Convenience for callers that need no progress: runs to completion on the
    // calling thread (using the thread pool inside).
    Comparison run() const;

private:
    ComparisonInput m_input;
    ComparisonOptions m_options;
};

} // namespace parallax
