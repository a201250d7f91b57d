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

// What matching reads besides the documents: per document its candidate
// index, sentence profiles, stem weights and joined-neighbour profiles, then
// the candidate table of all documents and the judgement cache.
struct MatchingInput
{
    std::vector<std::unique_ptr<CandidateIndex>> indexes;
    std::vector<std::vector<SentenceProfile>> profiles;
    std::unique_ptr<const StemWeights> weights;
    std::vector<std::unique_ptr<const SentenceWeights>> sentenceWeights;
    std::vector<std::unique_ptr<const JoinedProfiles>> joined;
    std::vector<MatchDocument> prepared; // points into the members above
    std::unique_ptr<const CandidateTable> candidates;
    std::unique_ptr<const JudgementCache> cache;

    // Null when canceled meanwhile.
    template<typename Canceled>
    static std::shared_ptr<const MatchingInput>
    prepare(const std::vector<AnalyzedDocument> &documents, const PairScorer &scorer,
            const SentenceMatcher &matcher, QThreadPool &pool, const Canceled &canceled)
    {
        auto input = std::make_shared<MatchingInput>();
        input->indexes.resize(documents.size());
        input->profiles.resize(documents.size());
        QtConcurrent::blockingMap(&pool, indices(documents.size()), [&](int &d) {
            if (canceled())
                return;
            input->indexes[size_t(d)] = std::make_unique<CandidateIndex>(documents[size_t(d)]);
            input->profiles[size_t(d)] = matcher.profiles(documents[size_t(d)]);
        });
        if (canceled())
            return nullptr;
        std::vector<const CandidateIndex *> allIndexes;
        for (const auto &index : input->indexes)
            allIndexes.push_back(index.get());
        input->weights = std::make_unique<const StemWeights>(allIndexes);
        input->sentenceWeights.resize(documents.size());
        input->joined.resize(documents.size());
        input->prepared.resize(documents.size());
        QtConcurrent::blockingMap(&pool, indices(documents.size()), [&](int &d) {
            const size_t i = size_t(d);
            input->sentenceWeights[i]
                = std::make_unique<const SentenceWeights>(*input->indexes[i], *input->weights);
            input->joined[i] = std::make_unique<const JoinedProfiles>(documents[i], scorer);
            input->prepared[i] = {d, input->indexes[i].get(), &input->profiles[i],
                                  input->sentenceWeights[i].get(), input->joined[i].get()};
        });
        input->candidates
            = std::make_unique<const CandidateTable>(matcher.candidateTable(input->prepared, &pool));
        if (canceled())
            return nullptr;
        // Worth it only when a sentence meets others in more than one document pair.
        if (documents.size() > 2)
            input->cache = std::make_unique<const JudgementCache>(documents);
        return input;
    }
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
    const PairScorer scorer(m_options.sharedThreshold, m_options.paraphraseThreshold,
                            SentenceMatcher::probabilityFloor(m_options));
    const SentenceMatcher matcher(scorer, m_options);
    std::shared_ptr<const MatchingInput> input
        = MatchingInput::prepare(comparison.documents, scorer, matcher, pool, canceled);
    if (!input)
        return;
    const std::vector<MatchDocument> &prepared = input->prepared;
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
            = matcher.match(prepared[size_t(a)], prepared[size_t(b)], *input->candidates, input->cache.get());
        progress.step();
    });
    if (canceled())
        return;

    progress.reserve(0);
    progress.beginStage(1, QCoreApplication::translate("parallax", "Clustering %1/%2"));
    // Freeing what matching read takes tens of milliseconds for hundreds of
    // articles: on a pool thread, alongside assembling (the pool is waited
    // for before this function returns).
    pool.start([done = std::move(input)]() mutable { done.reset(); });
    size_t linkCount = 0;
    for (const std::vector<Link> &some : pairLinks)
        linkCount += some.size();
    std::vector<Link> links;
    links.reserve(linkCount);
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
