// Micro-benchmarks of the engine stages on generated input (Google Benchmark).
// Not a test: run build/tests/bench/parallax_engine_bench; CTest only runs it
// once with a tiny minimum time as a smoke check.
#include "matching/candidateindex.h"
#include "matching/candidatetable.h"
#include "matching/comparisonjob.h"
#include "matching/sentenceweights.h"
#include "matching/stemweights.h"
#include "matching/worddiff.h"
#include "similarity/pairscorer.h"
#include "similarity/sentenceprofile.h"
#include "text/documentanalyzer.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/stopwordlist.h"

#include <QFile>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <vector>

using namespace parallax;

namespace {

// benchmark 1.7's DoNotOptimize hands clang the whole object with an "r,m"
// asm constraint; for objects larger than a register clang's choice of "r"
// corrupts memory (AddressSanitizer caught it in the clang build). The
// address fits a register with every compiler.
template<class T> void keep(const T &value)
{
    benchmark::DoNotOptimize(&value);
    benchmark::ClobberMemory();
}

// Deterministic news-like text: sentences drawn from a small vocabulary, so
// documents share words and sentences as rewrites of one story do.
class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_state(seed)
    { }

    QString sentence()
    {
        static const QStringList words
            = QStringLiteral("the president said on Monday that talks with Russia would resume in Sochi "
                             "after officials met ministers and discussed gas prices sanctions security "
                             "Putin Erdogan Assad agreed not to expand the 2018 conflict zone while "
                             "reporters waited outside for 150 minutes")
                  .split(u' ');
        const int length = 8 + int(next() % 16);
        QString result;
        for (int i = 0; i < length; ++i) {
            QString word = words[int(next() % quint32(words.size()))];
            if (i == 0)
                word[0] = word[0].toUpper();
            result += (i ? QStringLiteral(" ") : QString()) + word;
        }
        return result + QStringLiteral(".");
    }

    Article article(int sentences)
    {
        Article article;
        article.path = QStringLiteral("generated.txt");
        article.language = QStringLiteral("en");
        for (int i = 0; i < sentences; ++i)
            article.text += sentence() + (i % 3 == 2 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        return article;
    }

private:
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    quint32 m_state;
};

AnalyzedDocument analyzed(quint32 seed, int sentences)
{
    TextGenerator generator(seed);
    DocumentAnalyzer analyzer(QStringLiteral("en"));
    return analyzer.analyze(generator.article(sentences));
}

void segmentation(benchmark::State &state)
{
    const QString text = TextGenerator(1).article(int(state.range(0))).text;
    Segmenter segmenter(QStringLiteral("en"), StopWordList());
    std::vector<TextSpan> sentences;
    std::vector<Segmenter::Word> words;
    for (auto _ : state) {
        segmenter.sentences(text, {0, int(text.size())}, sentences);
        for (const TextSpan &span : sentences)
            segmenter.words(text, span, words);
        keep(words.data());
    }
    state.SetBytesProcessed(state.iterations() * text.size() * 2);
}
BENCHMARK(segmentation)->Arg(30)->Arg(1000);

void normalization(benchmark::State &state)
{
    const QStringList words = TextGenerator(2).sentence().split(u' ');
    Normalizer normalizer(QStringLiteral("en"));
    for (auto _ : state) {
        for (const QString &word : words)
            keep(normalizer.stem(Normalizer::fold(word)));
    }
    state.SetItemsProcessed(state.iterations() * words.size());
}
BENCHMARK(normalization);

void analysis(benchmark::State &state)
{
    const Article article = TextGenerator(3).article(int(state.range(0)));
    DocumentAnalyzer analyzer(QStringLiteral("en"));
    for (auto _ : state)
        keep(analyzer.analyze(article));
}
BENCHMARK(analysis)->Arg(30)->Arg(1000);

void candidateGeneration(benchmark::State &state)
{
    const AnalyzedDocument a = analyzed(4, int(state.range(0)));
    const AnalyzedDocument b = analyzed(5, int(state.range(0)));
    const CandidateIndex indexA(a);
    const CandidateIndex indexB(b);
    const StemWeights stems({&indexA, &indexB});
    const SentenceWeights weightsA(indexA, stems);
    const SentenceWeights weightsB(indexB, stems);
    const std::vector<MatchDocument> documents {{0, &indexA, nullptr, &weightsA},
                                                {1, &indexB, nullptr, &weightsB}};
    for (auto _ : state)
        keep(CandidateTable(documents, CandidateLimits {}));
    // Every sentence of both documents is looked up in the other.
    state.SetItemsProcessed(state.iterations() * qint64(a.sentences.size() + b.sentences.size()));
}
// The table is built on the global thread pool: wall time, not the calling thread's CPU.
BENCHMARK(candidateGeneration)->Arg(30)->Arg(3000)->UseRealTime();

void scoring(benchmark::State &state)
{
    const AnalyzedDocument a = analyzed(6, 50);
    const AnalyzedDocument b = analyzed(7, 50);
    const PairScorer scorer(0.8, 0.5);
    std::vector<SentenceProfile> profilesA;
    std::vector<SentenceProfile> profilesB;
    for (const Sentence &sentence : a.sentences)
        profilesA.push_back(scorer.profile({&sentence, &a.article.text}));
    for (const Sentence &sentence : b.sentences)
        profilesB.push_back(scorer.profile({&sentence, &b.article.text}));
    for (auto _ : state) {
        for (size_t i = 0; i < profilesA.size() && i < profilesB.size(); ++i)
            keep(scorer.judge(profilesA[i], profilesB[i]));
    }
    state.SetItemsProcessed(state.iterations() * qint64(std::min(profilesA.size(), profilesB.size())));
}
BENCHMARK(scoring);

// Profiles of the sentences of the English text samples shipped with the
// program (resources/samples): real news vocabulary. The generated text
// above draws on a few dozen words, which makes sorted merges of its
// character n-grams unusually predictable for the branch predictor.
std::vector<SentenceProfile> sampleProfiles(const PairScorer &scorer,
                                            std::vector<AnalyzedDocument> &documents)
{
    DocumentAnalyzer analyzer(QStringLiteral("en"));
    for (const char *name : {"northwire.txt", "kesterton-courier.txt"}) {
        QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Article article;
        article.path = file.fileName();
        article.language = QStringLiteral("en");
        article.text = QString::fromUtf8(file.readAll());
        documents.push_back(analyzer.analyze(article));
    }
    std::vector<SentenceProfile> profiles;
    for (const AnalyzedDocument &document : documents) {
        for (const Sentence &sentence : document.sentences)
            profiles.push_back(scorer.profile({&sentence, &document.article.text}));
    }
    return profiles;
}

// Every pair of sample sentences, related or not.
void scoringSamples(benchmark::State &state)
{
    const PairScorer scorer(0.8, 0.5);
    std::vector<AnalyzedDocument> documents;
    const std::vector<SentenceProfile> profiles = sampleProfiles(scorer, documents);
    if (profiles.empty()) {
        state.SkipWithError("resources/samples not found");
        return;
    }
    for (auto _ : state) {
        for (const SentenceProfile &a : profiles) {
            for (const SentenceProfile &b : profiles)
                keep(scorer.judge(a, b));
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(profiles.size() * profiles.size()));
}
BENCHMARK(scoringSamples);

void profiling(benchmark::State &state)
{
    const AnalyzedDocument a = analyzed(8, 50);
    const PairScorer scorer(0.8, 0.5);
    for (auto _ : state) {
        for (const Sentence &sentence : a.sentences)
            keep(scorer.profile({&sentence, &a.article.text}));
    }
    state.SetItemsProcessed(state.iterations() * qint64(a.sentences.size()));
}
BENCHMARK(profiling);

void wordDiff(benchmark::State &state)
{
    const AnalyzedDocument a = analyzed(9, 50);
    const AnalyzedDocument b = analyzed(10, 50);
    for (auto _ : state) {
        for (size_t i = 0; i < a.sentences.size() && i < b.sentences.size(); ++i)
            keep(WordDiff::diff(a.sentences[i], b.sentences[i]));
    }
    state.SetItemsProcessed(state.iterations() * qint64(std::min(a.sentences.size(), b.sentences.size())));
}
BENCHMARK(wordDiff);

// The whole job on N generated articles of 30 sentences (no files: articles in memory).
void comparison(benchmark::State &state)
{
    ComparisonInput input;
    for (int i = 0; i < state.range(0); ++i)
        input.articles.push_back(TextGenerator(quint32(100 + i % 7)).article(30));
    ComparisonOptions options;
    options.language = QStringLiteral("en");
    const ComparisonJob job(input, options);
    for (auto _ : state)
        keep(job.run());
}
BENCHMARK(comparison)->Arg(5)->Arg(20)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
