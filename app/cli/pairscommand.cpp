#include "pairscommand.h"

#include "exitcode.h"
#include "subcommandparser.h"

#include "similarity/binarymetrics.h"
#include "similarity/pairscorer.h"
#include "similarity/sentencepairreader.h"
#include "text/documentanalyzer.h"

#include <QCommandLineParser>

namespace parallax {

namespace {

// Fixed four decimals, locale-independent (QString::number uses the C locale).
QString fourDecimals(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

PairsCommand::PairsCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int PairsCommand::run(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("pairs"), SettingsOptions::Scope::Matching, m_out, m_err);
    ComparisonOptions options;
    if (const std::optional<int> exitCode = command.parse(arguments, options))
        return *exitCode;
    const QCommandLineParser &parser = command.parser();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return command.usageError(tr("no input file"));
    if (files.size() > 1)
        return command.usageError(tr("one input file expected, got %1").arg(files.size()));

    const Result<std::vector<SentencePair>> pairs = SentencePairReader::readFile(files.first());
    if (!pairs) {
        m_err << QStringLiteral("parallax: %1: %2\n").arg(pairs.error().path, pairs.error().message);
        m_err.flush();
        return toInt(ExitCode::InputFailed);
    }

    const QString language = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    DocumentAnalyzer analyzer(language);
    const PairScorer scorer(options.sharedThreshold, options.paraphraseThreshold);
    BinaryMetrics metrics;
    for (const SentencePair &pair : pairs.value()) {
        const Sentence first {TextSpan {0, pair.text1.size()}, analyzer.tokenize(pair.text1, language)};
        const Sentence second {TextSpan {0, pair.text2.size()}, analyzer.tokenize(pair.text2, language)};
        const PairJudgement judgement = scorer.judge({&first, &pair.text1}, {&second, &pair.text2});
        m_out << pair.id1 << '\t' << pair.id2 << '\t' << relationName(judgement.relation) << '\t'
              << fourDecimals(judgement.score) << '\n';
        if (pair.label >= 0)
            metrics.add(judgement.relation != Relation::Unrelated, pair.label == 1);
    }
    if (metrics.count() > 0) {
        m_out << QStringLiteral("accuracy=%1 precision=%2 recall=%3 f1=%4\n")
                     .arg(fourDecimals(metrics.accuracy()), fourDecimals(metrics.precision()),
                          fourDecimals(metrics.recall()), fourDecimals(metrics.f1()));
    }
    m_out.flush();
    return toInt(ExitCode::Success);
}

} // namespace parallax
