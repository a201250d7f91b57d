#include "comparisonjob.h"

#include "candidateindex.h"
#include "comparisonassembler.h"
#include "joinedprofiles.h"
#include "judgementcache.h"
#include "loading/articleloader.h"
#include "sentencematcher.h"
#include "sentenceweights.h"
#include "similarity/pairscorer.h"
#include "similarity/sentenceprofile.h"
#include "stemweights.h"
#include "text/documentanalyzer.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <memory>
#include <numeric>
#include <optional>
#include <utility>

namespace parallax {

namespace {

std::vector<int> indices(size_t count)
{
    std::vector<int> result(count);
    std::iota(result.begin(), result.end(), 0);
    return result;
}

// Monotonic progress over the whole job, shared by the workers of each stage.
class Progress
{
public:
    explicit Progress(QPromise<Comparison> &promise)
        : m_promise(promise)
    { }

    // A new stage of `units` steps; the range grows to cover it.
    void beginStage(int units, QString label)
    {
        m_label = std::move(label);
        m_stageStart = m_done.load();
        m_stageUnits = units;
        m_promise.setProgressRange(0, m_stageStart + units + m_reserve);
        m_promise.setProgressValueAndText(m_stageStart, m_label.arg(0).arg(units));
    }

    void reserve(int units) { m_reserve = units; }

    void step()
    {
        const int done = ++m_done;
        m_promise.setProgressValueAndText(done, m_label.arg(done - m_stageStart).arg(m_stageUnits));
    }

private:
    QPromise<Comparison> &m_promise;
    std::atomic<int> m_done {0};
    int m_stageStart = 0;
    int m_stageUnits = 0;
    int m_reserve = 0;
    QString m_label;
};

} // namespace

ComparisonJob::ComparisonJob(ComparisonInput input, ComparisonOptions options)
    : m_input(std::move(input))
    , m_options(std::move(options))
{ }

void ComparisonJob::operator()(QPromise<Comparison> &promise) const
{
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    Progress progress(promise);
    const auto canceled = [&] { return promise.isCanceled(); };

    // Loading: results placed by index, so the order is the input's.
    const ArticleLoader loader(LoadOptions {m_options.maxFileBytes});
    std::vector<std::optional<Result<Article>>> loaded(size_t(m_input.paths.size()));
    const int inputCount = int(m_input.paths.size() + qsizetype(m_input.articles.size()));
    progress.reserve(inputCount);
    progress.beginStage(int(m_input.paths.size()), QCoreApplication::translate("parallax", "Loading %1/%2"));
    QtConcurrent::blockingMap(&pool, indices(loaded.size()), [&](int &i) {
        if (canceled())
            return;
        loaded[size_t(i)] = loader.loadFile(m_input.paths[i]);
        progress.step();
    });
    if (canceled())
        return;

    Comparison comparison;
    comparison.options = m_options;
    std::vector<Article> articles;
    for (size_t i = 0; i < loaded.size(); ++i) {
        if (loaded[i]->ok()) {
            articles.push_back(std::move(*loaded[i]).value());
        } else {
            // The path as the caller gave it, whatever the loader made of it.
            comparison.errors.push_back({m_input.paths[qsizetype(i)], loaded[i]->error().message});
        }
    }
    loaded.clear();
    articles.insert(articles.end(), m_input.articles.begin(), m_input.articles.end());

    // Analysis: one analyzer per worker (analyzers are not thread-safe), each
    // taking every n-th document.
    const int workers = std::max(1, std::min(pool.maxThreadCount(), int(articles.size())));
    const int documentCount = int(articles.size());
    const int pairCount = documentCount * (documentCount - 1) / 2;
    progress.reserve(pairCount);
    progress.beginStage(documentCount, QCoreApplication::translate("parallax", "Analysing %1/%2"));
    comparison.documents.resize(articles.size());
    QtConcurrent::blockingMap(&pool, indices(size_t(workers)), [&](int &worker) {
        DocumentAnalyzer analyzer(m_options.language);
        for (int d = worker; d < documentCount; d += workers) {
            if (canceled())
                return;
            comparison.documents[size_t(d)] = analyzer.analyze(std::move(articles[size_t(d)]));
            progress.step();
        }
    });
    if (canceled())
        return;

    // Matching, one document pair per unit of work.
    const PairScorer scorer(m_options.sharedThreshold, m_options.paraphraseThreshold);
    const SentenceMatcher matcher(scorer, m_options);
    // Per document, once: the index and the sentence profiles the scorer reads.
    std::vector<std::unique_ptr<CandidateIndex>> indexes(comparison.documents.size());
    std::vector<std::vector<SentenceProfile>> profiles(comparison.documents.size());
    QtConcurrent::blockingMap(&pool, indices(comparison.documents.size()), [&](int &d) {
        if (canceled())
            return;
        indexes[size_t(d)] = std::make_unique<CandidateIndex>(comparison.documents[size_t(d)]);
        profiles[size_t(d)] = matcher.profiles(comparison.documents[size_t(d)]);
    });
    if (canceled())
        return;
    std::vector<const CandidateIndex *> allIndexes;
    for (const auto &index : indexes)
        allIndexes.push_back(index.get());
    const StemWeights weights(allIndexes);
    std::vector<std::unique_ptr<const SentenceWeights>> sentenceWeights(comparison.documents.size());
    std::vector<std::unique_ptr<const JoinedProfiles>> joined(comparison.documents.size());
    std::vector<MatchDocument> prepared(comparison.documents.size());
    QtConcurrent::blockingMap(&pool, indices(comparison.documents.size()), [&](int &d) {
        sentenceWeights[size_t(d)] = std::make_unique<const SentenceWeights>(*indexes[size_t(d)], weights);
        joined[size_t(d)] = std::make_unique<const JoinedProfiles>(comparison.documents[size_t(d)], scorer);
        prepared[size_t(d)] = {d, indexes[size_t(d)].get(), &profiles[size_t(d)],
                               sentenceWeights[size_t(d)].get(), joined[size_t(d)].get()};
    });
    const CandidateTable candidates = matcher.candidateTable(prepared, &pool);
    if (canceled())
        return;
    // Worth it only when a sentence meets others in more than one document pair.
    const std::unique_ptr<const JudgementCache> cache
        = documentCount > 2 ? std::make_unique<const JudgementCache>(comparison.documents) : nullptr;
    std::vector<std::pair<int, int>> pairs;
    for (int a = 0; a < documentCount; ++a) {
        for (int b = a + 1; b < documentCount; ++b)
            pairs.emplace_back(a, b);
    }
    progress.reserve(1);
    progress.beginStage(pairCount, QCoreApplication::translate("parallax", "Matching %1/%2 pairs"));
    std::vector<std::vector<Link>> pairLinks(pairs.size());
    QtConcurrent::blockingMap(&pool, indices(pairs.size()), [&](int &i) {
        if (canceled())
            return;
        const auto [a, b] = pairs[size_t(i)];
        pairLinks[size_t(i)]
            = matcher.match(prepared[size_t(a)], prepared[size_t(b)], candidates, cache.get());
        progress.step();
    });
    if (canceled())
        return;

    progress.reserve(0);
    progress.beginStage(1, QCoreApplication::translate("parallax", "Clustering %1/%2"));
    std::vector<Link> links;
    for (std::vector<Link> &some : pairLinks)
        std::move(some.begin(), some.end(), std::back_inserter(links));
    pairLinks.clear();
    ComparisonAssembler::assemble(comparison, std::move(links));
    progress.step();
    promise.addResult(std::move(comparison));
}

Comparison ComparisonJob::run() const
{
    QPromise<Comparison> promise;
    QFuture<Comparison> future = promise.future();
    promise.start();
    (*this)(promise);
    promise.finish();
    // Nobody else holds this promise, so it was not canceled and holds a result.
    return future.resultCount() > 0 ? future.takeResult() : Comparison {};
}

} // namespace parallax
