// parallax_calibrate: fits the paraphrase model on msr_paraphrase_train.txt and
// writes app/core/similarity/paraphrasemodelweights.cpp. Run it through
// calibrate.sh. Features come from PairFeatures::compute on tokens from
// DocumentAnalyzer::tokenize, exactly as at run time. The test file, if
// given, is only scored and reported, never used for a choice.

#include "logisticregression.h"

#include "similarity/binarymetrics.h"
#include "similarity/pairfeatures.h"
#include "similarity/paraphrasemodel.h"
#include "similarity/sentencepairreader.h"
#include "similarity/synonymtable.h"
#include "text/documentanalyzer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace parallax;

namespace {

struct Dataset
{
    std::vector<std::vector<double>> rows; // PairFeatures::Vector, column 0 = bias
    std::vector<int> labels;
    std::vector<QString> descriptions; // "text1 | text2", for --dump
};

struct Figures
{
    double threshold = 0.5;
    BinaryMetrics metrics;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Sentence sentenceOf(DocumentAnalyzer &analyzer, const QString &text)
{
    Sentence sentence;
    sentence.span = TextSpan {0, text.size()};
    sentence.tokens = analyzer.tokenize(text, QStringLiteral("en"));
    return sentence;
}

Dataset load(const QString &path, const SynonymTable &synonyms)
{
    const auto pairs = SentencePairReader::readFile(path);
    if (!pairs.ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(pairs.error().path), qPrintable(pairs.error().message));
        std::exit(1);
    }
    DocumentAnalyzer analyzer(QStringLiteral("en"));
    Dataset data;
    for (const SentencePair &pair : pairs.value()) {
        if (pair.label < 0)
            continue;
        const Sentence a = sentenceOf(analyzer, pair.text1);
        const Sentence b = sentenceOf(analyzer, pair.text2);
        const PairFeatures::Vector f
            = PairFeatures::compute(SentenceView {&a, &pair.text1}, SentenceView {&b, &pair.text2}, synonyms);
        data.rows.emplace_back(f.begin(), f.end());
        data.labels.push_back(pair.label);
        data.descriptions.push_back(pair.text1 + u" | " + pair.text2);
    }
    return data;
}

// Keeps the bias and the features in `keep`, zeroing the others (so a
// dropped feature gets weight 0 and the vector layout stays PairFeatures').
Dataset masked(const Dataset &data, const std::vector<bool> &keep)
{
    Dataset result = data;
    for (auto &row : result.rows)
        for (size_t j = 1; j < row.size(); ++j)
            if (!keep[j])
                row[j] = 0;
    return result;
}

// The threshold maximising accuracy over the given probabilities (ties: the
// one closest to 0.5), with the resulting metrics.
Figures bestThreshold(const std::vector<double> &probabilities, const std::vector<int> &labels)
{
    Figures best;
    double bestAccuracy = -1;
    for (int step = 100; step <= 900; ++step) {
        const double threshold = step / 1000.0;
        BinaryMetrics metrics;
        for (size_t i = 0; i < labels.size(); ++i)
            metrics.add(probabilities[i] >= threshold, labels[i] == 1);
        const bool better = metrics.accuracy() > bestAccuracy + 1e-12
            || (std::abs(metrics.accuracy() - bestAccuracy) <= 1e-12
                && std::abs(threshold - 0.5) < std::abs(best.threshold - 0.5));
        if (better) {
            bestAccuracy = metrics.accuracy();
            best.threshold = threshold;
            best.metrics = metrics;
        }
    }
    return best;
}

// Out-of-fold probabilities of k-fold cross-validation; fold = index mod k
// (deterministic on every platform).
std::vector<double> crossValidate(const Dataset &data, double lambda, int folds)
{
    std::vector<double> probabilities(data.rows.size());
    for (int fold = 0; fold < folds; ++fold) {
        Dataset train;
        for (size_t i = 0; i < data.rows.size(); ++i) {
            if (int(i % size_t(folds)) != fold) {
                train.rows.push_back(data.rows[i]);
                train.labels.push_back(data.labels[i]);
            }
        }
        LogisticRegression model;
        model.fit(train.rows, train.labels, lambda);
        for (size_t i = size_t(fold); i < data.rows.size(); i += size_t(folds))
            probabilities[i] = model.probability(data.rows[i]);
    }
    return probabilities;
}

QString describe(const BinaryMetrics &m)
{
    return QStringLiteral("accuracy %1, precision %2, recall %3, F1 %4")
        .arg(m.accuracy(), 0, 'f', 4)
        .arg(m.precision(), 0, 'f', 4)
        .arg(m.recall(), 0, 'f', 4)
        .arg(m.f1(), 0, 'f', 4);
}

bool writeWeights(const QString &path, const std::vector<double> &weights, const QString &summary)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream s(&file);
    s << "// Generated by tests/tools/calibration/calibrate.sh from msr_paraphrase_train.txt; do not edit.\n"
      << "// The calibrated decision threshold is folded into the bias: probability >= 0.5 decides.\n";
    for (const QString &line : summary.split(u'\n', Qt::SkipEmptyParts))
        s << "// " << line << '\n';
    s << "\n#include \"paraphrasemodel.h\"\n\nnamespace parallax {\n\n"
      << "static_assert(PairFeatures::Count == " << PairFeatures::Count
      << ", \"features changed: run tests/tools/calibration/calibrate.sh\");\n\n"
      << "const PairFeatures::Vector paraphraseModelWeights = {\n";
    for (int j = 0; j < PairFeatures::Count; ++j)
        s << "    " << QString::number(weights[size_t(j)], 'g', 10) << ", // " << PairFeatures::name(j)
          << '\n';
    s << "};\n\n} // namespace parallax\n";
    s.flush();
    return file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Calibrates the paraphrase model on MSRP train data."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("train"), QStringLiteral("msr_paraphrase_train.txt"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Weights source file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption testOption(
        QStringLiteral("report-test"),
        QStringLiteral("Also report figures on this file (never used to choose)."), QStringLiteral("file"));
    const QCommandLineOption foldsOption(QStringLiteral("folds"), QStringLiteral("Cross-validation folds."),
                                         QStringLiteral("k"), QStringLiteral("10"));
    const QCommandLineOption dropOption(QStringLiteral("drop"),
                                        QStringLiteral("Comma-separated features to leave out."),
                                        QStringLiteral("names"));
    const QCommandLineOption dumpOption(
        QStringLiteral("dump"),
        QStringLiteral("Write out-of-fold probabilities and features of every train pair "
                       "(for error analysis; keep the file out of the repo)."),
        QStringLiteral("file"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        QStringLiteral("Greedy backward feature elimination by cross-validated accuracy."));
    parser.addOptions({outOption, testOption, foldsOption, dropOption, dumpOption, selectOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const SynonymTable synonyms = SynonymTable::builtin();
    out() << "synonym table: " << synonyms.entryCount() << " entries\n";
    const Dataset all = load(parser.positionalArguments().constFirst(), synonyms);
    out() << "train pairs: " << all.rows.size() << '\n';
    const int folds = std::max(2, parser.value(foldsOption).toInt());

    std::vector<bool> keep(PairFeatures::Count, true);
    for (const QString &name : parser.value(dropOption).split(u',', Qt::SkipEmptyParts))
        for (int j = 1; j < PairFeatures::Count; ++j)
            if (name.trimmed() == QLatin1StringView(PairFeatures::name(j)))
                keep[size_t(j)] = false;

    const std::vector<double> lambdas = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100};
    auto evaluate = [&](const std::vector<bool> &mask, double &bestLambda) {
        const Dataset data = masked(all, mask);
        Figures best;
        for (const double lambda : lambdas) {
            const Figures figures = bestThreshold(crossValidate(data, lambda, folds), data.labels);
            if (figures.metrics.accuracy() > best.metrics.accuracy()) {
                best = figures;
                bestLambda = lambda;
            }
        }
        return best;
    };

    double lambda = 1;
    Figures figures = evaluate(keep, lambda);
    if (parser.isSet(selectOption)) {
        for (bool improved = true; improved;) {
            improved = false;
            int bestDrop = -1;
            double bestLambda = lambda;
            Figures bestFigures = figures;
            for (int j = 1; j < PairFeatures::Count; ++j) {
                if (!keep[size_t(j)])
                    continue;
                std::vector<bool> trial = keep;
                trial[size_t(j)] = false;
                double trialLambda = 1;
                const Figures trialFigures = evaluate(trial, trialLambda);
                if (trialFigures.metrics.accuracy() >= bestFigures.metrics.accuracy()) {
                    bestFigures = trialFigures;
                    bestDrop = j;
                    bestLambda = trialLambda;
                }
            }
            if (bestDrop > 0) {
                keep[size_t(bestDrop)] = false;
                figures = bestFigures;
                lambda = bestLambda;
                improved = true;
                out() << "drop " << PairFeatures::name(bestDrop) << ": " << describe(figures.metrics) << '\n';
                out().flush();
            }
        }
    }

    const Dataset data = masked(all, keep);
    if (parser.isSet(dumpOption)) {
        const std::vector<double> probabilities = crossValidate(data, lambda, folds);
        QFile file(parser.value(dumpOption));
        if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            QTextStream s(&file);
            for (size_t i = 0; i < data.rows.size(); ++i) {
                s << data.labels[i] << '\t' << QString::number(probabilities[i], 'f', 3);
                for (size_t j = 1; j < data.rows[i].size(); ++j)
                    s << '\t' << PairFeatures::name(int(j)) << '='
                      << QString::number(data.rows[i][j], 'g', 3);
                s << '\t' << data.descriptions[i] << '\n';
            }
        }
    }
    LogisticRegression model;
    model.fit(data.rows, data.labels, lambda);
    std::vector<double> weights = model.weights();
    weights[0] -= std::log(figures.threshold / (1 - figures.threshold)); // threshold → 0.5

    QString summary = QStringLiteral("%1-fold cross-validated on the train file (%2 pairs):\n  %3\n")
                          .arg(folds)
                          .arg(data.rows.size())
                          .arg(describe(figures.metrics));
    summary += QStringLiteral("L2 lambda %1 (standardised features), decision threshold %2\n")
                   .arg(lambda)
                   .arg(figures.threshold);
    out() << summary;

    BinaryMetrics trainFit;
    const ParaphraseModel fitted([&] {
        PairFeatures::Vector v {};
        std::copy(weights.begin(), weights.end(), v.begin());
        return v;
    }());
    for (size_t i = 0; i < data.rows.size(); ++i) {
        PairFeatures::Vector v {};
        std::copy(data.rows[i].begin(), data.rows[i].end(), v.begin());
        trainFit.add(fitted.probability(v) >= 0.5, data.labels[i] == 1);
    }
    out() << "fit on the whole train file: " << describe(trainFit) << '\n';
    for (int j = 0; j < PairFeatures::Count; ++j)
        out() << "  " << PairFeatures::name(j) << " = " << weights[size_t(j)] << '\n';

    if (parser.isSet(testOption)) {
        const Dataset test = load(parser.value(testOption), synonyms);
        BinaryMetrics metrics;
        for (size_t i = 0; i < test.rows.size(); ++i) {
            PairFeatures::Vector v {};
            std::copy(test.rows[i].begin(), test.rows[i].end(), v.begin());
            metrics.add(fitted.probability(v) >= 0.5, test.labels[i] == 1);
        }
        out() << "test (report only): " << describe(metrics) << '\n';
    }
    if (parser.isSet(outOption)) {
        if (!writeWeights(parser.value(outOption), weights, summary)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(outOption)));
            return 1;
        }
        out() << "wrote " << parser.value(outOption) << '\n';
    }
    return 0;
}
